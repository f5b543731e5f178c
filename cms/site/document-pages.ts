/**
 * PD2, PD4, MC2: the routes of a published-documents section (policies at /policies, user guides at
 * /guides): the list (in force first, then superseded), the current version at /<section>/<key>, and a
 * given version at /<section>/<key>/<n>. Anything not published, withdrawn or of another kind is 404.
 */
import { html } from './html';
import { localPath, pick, type Lang, type Text } from './i18n';
import { notFoundPage } from './errors';
import type { NavKey } from './layout';
import type { SiteRequest, SiteResponse, SiteRoute } from './router';
import {
  entriesOfKind,
  findEntry,
  loadPublishedEntries,
  loadVersion,
  type PolicyEntry,
  type SiteKind,
} from './policy-catalogue';
import { SECTION, documentPath, titleOf, versionBody, versionDescription } from './policy-view';
import { arabicDigits } from './format';

export type SectionTexts = {
  title: Text;
  description: Text;
  intro: Text;
  none: Text;
  superseded: Text;
  supersededBy: Text;
};

const VERSION = { ar: 'الإصدار', en: 'Version' } satisfies Text;

const card = (lang: Lang, entry: PolicyEntry, texts: SectionTexts) =>
  html`<li class="card">
    <a href="${localPath(lang, documentPath(entry.current))}">${titleOf(lang, entry.current)}</a>
    <span class="muted">
      · ${pick(lang, VERSION)}
      ${lang === 'ar' ? arabicDigits(entry.current.versionNumber) : entry.current.versionNumber}</span
    >
    ${
      entry.supersededBy
        ? html`<p class="muted">
            ${pick(lang, texts.supersededBy)}
            <a href="${localPath(lang, documentPath(entry.supersededBy))}">${titleOf(lang, entry.supersededBy)}</a>
          </p>`
        : ''
    }
  </li>`;

const listPage = async (req: SiteRequest, kind: SiteKind, nav: NavKey, texts: SectionTexts): Promise<SiteResponse> => {
  const { lang } = req;
  const entries = entriesOfKind(await loadPublishedEntries(req.strapi), kind);
  const inForce = entries.filter((e) => !e.supersededBy);
  const superseded = entries.filter((e) => e.supersededBy);
  return {
    kind: 'page',
    cache: 'public',
    nav,
    title: pick(lang, texts.title),
    description: pick(lang, texts.description),
    body: html`<h1>${pick(lang, texts.title)}</h1>
      <p>${pick(lang, texts.intro)}</p>
      ${
        inForce.length
          ? html`<ul class="cards">
              ${inForce.map((e) => card(lang, e, texts))}
            </ul>`
          : html`<p class="muted">${pick(lang, texts.none)}</p>`
      }
      ${
        superseded.length
          ? html`<h2>${pick(lang, texts.superseded)}</h2>
              <ul class="cards">
                ${superseded.map((e) => card(lang, e, texts))}
              </ul>`
          : ''
      }`,
  };
};

/** `/<section>/<key>` (no version: the current one) or `/<section>/<key>/<n>`. */
const documentPage = async (req: SiteRequest, kind: SiteKind, nav: NavKey): Promise<SiteResponse> => {
  const { lang, params } = req;
  const entry = findEntry(await loadPublishedEntries(req.strapi), kind, params.key);
  if (!entry) return notFoundPage(lang);
  let meta = entry.current;
  if (params.version !== undefined) {
    const wanted = /^[1-9]\d{0,8}$/.test(params.version) ? Number(params.version) : NaN;
    const found = entry.versions.find((v) => v.versionNumber === wanted);
    if (!found) return notFoundPage(lang);
    meta = found;
  }
  const version = await loadVersion(req.strapi, meta.id);
  if (!version) return notFoundPage(lang);
  return {
    kind: 'page',
    cache: 'public',
    nav,
    title: titleOf(lang, version),
    description: versionDescription(lang, entry, version),
    body: versionBody(lang, entry, version),
  };
};

export const documentRoutes = (kind: SiteKind, nav: NavKey, texts: SectionTexts): SiteRoute[] => {
  const base = SECTION[kind];
  return [
    { method: 'GET', pattern: base, handle: (req) => listPage(req, kind, nav, texts) },
    { method: 'GET', pattern: `${base}/:key`, handle: (req) => documentPage(req, kind, nav) },
    { method: 'GET', pattern: `${base}/:key/:version`, handle: (req) => documentPage(req, kind, nav) },
  ];
};
