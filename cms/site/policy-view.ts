/**
 * PD1, PD2, PD4, MC2: one published version of a policy or user guide as a page: its text (rendered by
 * renderRichText), the board approval (meeting, session, Hijri and Gregorian date, chair, signatories),
 * a notice when it is superseded, and its version history.
 */
import { renderRichText } from '../domain/rich-text';
import { html, raw, type Html } from './html';
import { bilingual, localPath, pick, type Lang, type Text } from './i18n';
import { arabicDigits, gregorianDayText, hijriDayText, instantDayText, type DateText } from './format';
import type { PolicyEntry, SiteKind, VersionMeta, VersionRow } from './policy-catalogue';

const T = {
  version: { ar: 'الإصدار', en: 'Version' },
  published: { ar: 'تاريخ النشر', en: 'Published' },
  inForce: { ar: 'النافذ', en: 'in force' },
  arabicOnly: { ar: '', en: 'This text is published in Arabic only.' },
  approval: { ar: 'اعتماد مجلس الإدارة', en: 'Board approval' },
  meeting: { ar: 'رقم اجتماع مجلس الإدارة', en: 'Board meeting no.' },
  session: { ar: 'الدورة', en: 'Session' },
  hijri: { ar: 'التاريخ الهجري', en: 'Hijri date' },
  gregorian: { ar: 'التاريخ الميلادي', en: 'Gregorian date' },
  chair: { ar: 'رئيس مجلس الإدارة', en: 'Chair of the board' },
  signatures: { ar: 'توقيعات أعضاء مجلس الإدارة', en: 'Signatures of the board members' },
  number: { ar: 'م', en: 'No.' },
  name: { ar: 'الاسم', en: 'Name' },
  title: { ar: 'المنصب', en: 'Position' },
  history: { ar: 'سجل الإصدارات', en: 'Version history' },
} satisfies Record<string, Text>;

// «هذه السياسة ملغاة ومستبدلة بـ …»: the noun's gender changes the Arabic sentence.
const SUPERSEDED: Readonly<Record<SiteKind, { document: Text; version: Text }>> = {
  policy: {
    document: { ar: 'هذه السياسة ملغاة ومستبدلة بـ', en: 'This policy is cancelled and superseded by' },
    version: { ar: 'هذا الإصدار من السياسة ملغى ومستبدل بـ', en: 'This version of the policy is superseded by' },
  },
  user_guide: {
    document: { ar: 'هذا الدليل ملغى ومستبدل بـ', en: 'This guide is cancelled and superseded by' },
    version: { ar: 'هذا الإصدار من الدليل ملغى ومستبدل بـ', en: 'This version of the guide is superseded by' },
  },
};

export const SECTION: Readonly<Record<SiteKind, string>> = { policy: '/policies', user_guide: '/guides' };

export const titleOf = (lang: Lang, v: Pick<VersionMeta, 'titleAr' | 'titleEn'>): string =>
  bilingual(lang, v.titleAr, v.titleEn);

export const documentPath = (v: Pick<VersionMeta, 'kind' | 'policyKey'>): string =>
  `${SECTION[v.kind]}/${encodeURIComponent(v.policyKey)}`;

export const versionPath = (v: VersionMeta): string => `${documentPath(v)}/${v.versionNumber}`;

const versionLabel = (lang: Lang, n: number): string =>
  `${pick(lang, T.version)} ${lang === 'ar' ? arabicDigits(n) : n}`;

/** Text stored in Arabic only (names, a session) marked as Arabic on the English page, for screen readers. */
const arabic = (lang: Lang, value: string): Html =>
  lang === 'ar' ? html`${value}` : html`<span lang="ar">${value}</span>`;

const notices = (lang: Lang, entry: PolicyEntry, shown: VersionMeta): Html => {
  const words = SUPERSEDED[entry.kind];
  const older =
    shown.versionNumber !== entry.current.versionNumber
      ? html`<p class="notice" role="note">
          ${pick(lang, words.version)}
          <a href="${localPath(lang, documentPath(entry.current))}"
            >${versionLabel(lang, entry.current.versionNumber)} (${pick(lang, T.inForce)})</a
          >
        </p>`
      : '';
  const by = entry.supersededBy;
  const replaced = by
    ? html`<p class="notice" role="note">
        ${pick(lang, words.document)} <a href="${localPath(lang, documentPath(by))}">${titleOf(lang, by)}</a>
      </p>`
    : '';
  return html`${older}${replaced}`;
};

const dateFact = (label: string, text: DateText | null, iso: string | null) => {
  if (!text) return '';
  const digits = iso
    ? html`<time datetime="${iso}" dir="ltr">${text.digits}</time>`
    : html`<span dir="ltr">${text.digits}</span>`;
  return html`<dt>${label}</dt>
    <dd>
      ${digits}${text.mark ? ` ${text.mark}` : ''}${text.long ? html` <span class="muted">(${text.long})</span>` : ''}
    </dd>`;
};

/** PD1: the board approval as the decree states it; nothing for a guide, which needs none. */
const approval = (lang: Lang, v: VersionRow): Html | '' => {
  if (v.kind !== 'policy' || !v.boardMeetingNumber) return '';
  const fact = (label: Text, value: string | null) =>
    value
      ? html`<dt>${pick(lang, label)}</dt>
          <dd>${arabic(lang, value)}</dd>`
      : '';
  const hijriIso = v.approvalDate ?? null;
  return html`<section aria-labelledby="approval">
    <h2 id="approval">${pick(lang, T.approval)}</h2>
    <dl class="facts">
      ${fact(T.meeting, v.boardMeetingNumber)} ${fact(T.session, v.boardSession)}
      ${dateFact(pick(lang, T.hijri), hijriDayText(v.approvalDateHijri, lang), hijriIso)}
      ${dateFact(pick(lang, T.gregorian), gregorianDayText(v.approvalDate, lang), v.approvalDate)}
      ${fact(T.chair, v.chairName)}
    </dl>
    ${
      v.signatories.length
        ? html`<table>
            <caption>
              ${pick(lang, T.signatures)}
            </caption>
            <thead>
              <tr>
                <th scope="col">${pick(lang, T.number)}</th>
                <th scope="col">${pick(lang, T.name)}</th>
                <th scope="col">${pick(lang, T.title)}</th>
              </tr>
            </thead>
            <tbody>
              ${v.signatories.map(
                (s, i) =>
                  html`<tr>
                    <td>${lang === 'ar' ? arabicDigits(i + 1) : i + 1}</td>
                    <td>${arabic(lang, s.name)}</td>
                    <td>${s.title ? arabic(lang, s.title) : ''}</td>
                  </tr>`,
              )}
            </tbody>
          </table>`
        : ''
    }
  </section>`;
};

const history = (lang: Lang, entry: PolicyEntry, shown: VersionMeta): Html =>
  html`<section aria-labelledby="history">
    <h2 id="history">${pick(lang, T.history)}</h2>
    <ol class="versions">
      ${entry.versions.map(
        (v) =>
          html`<li>
            <a href="${localPath(lang, versionPath(v))}" ${v.id === shown.id ? raw('aria-current="page"') : ''}
              >${versionLabel(lang, v.versionNumber)}</a
            >
            — ${pick(lang, T.published)} ${instantDayText(v.versionPublishedAt, lang)}
            ${v.id === entry.current.id ? html`(${pick(lang, T.inForce)})` : ''}
          </li>`,
      )}
    </ol>
  </section>`;

/** The text in the page's language; an English page without an English text shows the Arabic one, marked. */
const bodyOf = (lang: Lang, v: VersionRow): Html => {
  if (lang === 'ar' || v.bodyEn)
    return html`<div class="prose">${raw(renderRichText(lang === 'ar' ? v.bodyAr : v.bodyEn))}</div>`;
  return html`<p class="muted">${pick(lang, T.arabicOnly)}</p>
    <div class="prose" lang="ar" dir="rtl">${raw(renderRichText(v.bodyAr))}</div>`;
};

/** The page body of one version of a document. */
export const versionBody = (lang: Lang, entry: PolicyEntry, v: VersionRow): Html =>
  html`<article>
    <h1>${titleOf(lang, v)}</h1>
    ${notices(lang, entry, v)}
    <dl class="facts">
      <dt>${pick(lang, T.version)}</dt>
      <dd>${lang === 'ar' ? arabicDigits(v.versionNumber) : v.versionNumber}</dd>
      <dt>${pick(lang, T.published)}</dt>
      <dd>
        <time datetime="${new Date(v.versionPublishedAt).toISOString()}"
          >${instantDayText(v.versionPublishedAt, lang)}</time
        >
      </dd>
    </dl>
    ${bodyOf(lang, v)} ${approval(lang, v)} ${history(lang, entry, v)}
  </article>`;

/** A short description for the meta tag: the title, the version, and the status. */
export const versionDescription = (lang: Lang, entry: PolicyEntry, v: VersionRow): string => {
  const superseded = entry.supersededBy || v.id !== entry.current.id;
  const status = superseded ? pick(lang, { ar: 'ملغى ومستبدل', en: 'superseded' }) : pick(lang, T.inForce);
  return `${titleOf(lang, v)} — ${versionLabel(lang, v.versionNumber)} (${status})`;
};
