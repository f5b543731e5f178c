/**
 * CM1: following a complaint at /track with its number and a second factor — the verification code of
 * the acknowledgement or the phone's last four digits — posted, never in a URL. The right pair shows the
 * status, the dates in both calendars and the public replies (cms/services/complaint-tracking.ts); a
 * wrong factor gives exactly the page an unknown number gives (404), so the page reveals no number.
 */
import { describeError } from '../../constants/errors';
import { limitPublic } from '../../utils/public-limit';
import { getService } from '../../utils/services';
import { errorStatus } from '../errors';
import { html } from '../html';
import { localPath, pick, type Lang, type Text } from '../i18n';
import type { SitePage, SiteRequest, SiteRoute } from '../router';
import { errorSummary, formValuesOf, inputField, type FieldMessages, type FormValues } from '../forms';
import { KIND_LABELS, STATUS_LABELS, T as C, dualDate } from './complaint-texts';

const T = {
  title: { ar: 'متابعة شكوى أو استفسار', en: 'Track a complaint or inquiry' },
  intro: {
    ar: 'اكتب رقم المتابعة، ثم رمز التحقق الذي وصلك أو آخر أربعة أرقام من الجوال الذي سجلته.',
    en: 'Enter the tracking number, then the verification code you received or the last four digits of the mobile number you gave.',
  },
  number: { ar: 'رقم المتابعة', en: 'Tracking number' },
  numberHint: { ar: 'مثل CMP-1448-000123', en: 'Such as CMP-1448-000123' },
  token: { ar: 'رمز التحقق', en: 'Verification code' },
  last4: { ar: 'أو آخر أربعة أرقام من الجوال', en: 'Or the last four digits of the mobile number' },
  submit: { ar: 'عرض الحالة', en: 'Show the status' },
  status: { ar: 'الحالة', en: 'Status' },
  resolvedAt: { ar: 'تاريخ المعالجة', en: 'Resolved on' },
  closedAt: { ar: 'تاريخ الإغلاق', en: 'Closed on' },
  history: { ar: 'الردود', en: 'Replies' },
  noReplies: { ar: 'لا توجد ردود بعد.', en: 'No replies yet.' },
  again: { ar: 'متابعة رقم آخر', en: 'Track another number' },
} satisfies Record<string, Text>;

type Tracked = {
  trackingNumber: string;
  kind: string;
  status: string;
  receivedAt: string;
  dueAt: string | null;
  resolvedAt: string | null;
  closedAt: string | null;
  replies: { at: string; body: string }[];
};

const labels = (lang: Lang) => ({
  trackingNumber: pick(lang, T.number),
  trackingToken: pick(lang, T.token),
  phoneLast4: pick(lang, T.last4),
});

const formPage = (lang: Lang, values: FormValues, errors: FieldMessages | null, status = 200, notFound = false) => {
  const L = labels(lang);
  const missing = describeError('TRACKING_NOT_FOUND');
  return {
    kind: 'page',
    status,
    cache: 'private',
    noindex: true,
    nav: 'track',
    title: pick(lang, T.title),
    description: pick(lang, T.intro),
    body: html`<h1>${pick(lang, T.title)}</h1>
      ${errorSummary(lang, errors, L)}
      ${notFound ? html`<div class="error" id="error-summary" role="alert" tabindex="-1" autofocus><p>${missing[lang]}</p></div>` : ''}
      <p>${pick(lang, T.intro)}</p>
      <form method="post" action="${localPath(lang, '/track')}" novalidate>
        ${inputField(lang, { name: 'trackingNumber', label: L.trackingNumber, required: true, hint: pick(lang, T.numberHint), dir: 'ltr', autocomplete: 'off', maxlength: 30 }, values, errors)}
        ${inputField(lang, { name: 'trackingToken', label: L.trackingToken, dir: 'ltr', autocomplete: 'off', maxlength: 64 }, values, errors)}
        ${inputField(lang, { name: 'phoneLast4', label: L.phoneLast4, dir: 'ltr', inputmode: 'numeric', autocomplete: 'off', maxlength: 4 }, values, errors)}
        <button type="submit">${pick(lang, T.submit)}</button>
      </form>`,
  } satisfies SitePage;
};

const resultPage = (lang: Lang, r: Tracked): SitePage => ({
  kind: 'page',
  cache: 'private',
  noindex: true,
  nav: 'track',
  title: `${pick(lang, T.title)} ${r.trackingNumber}`,
  description: pick(lang, T.intro),
  body: html`<h1>${pick(lang, T.title)}: <span dir="ltr">${r.trackingNumber}</span></h1>
    <dl class="facts">
      <dt>${pick(lang, C.kind)}</dt>
      <dd>${pick(lang, KIND_LABELS[r.kind as keyof typeof KIND_LABELS] ?? KIND_LABELS.complaint)}</dd>
      <dt>${pick(lang, T.status)}</dt>
      <dd data-testid="tracked-status">${STATUS_LABELS[r.status] ? pick(lang, STATUS_LABELS[r.status]) : r.status}</dd>
      <dt>${pick(lang, C.receivedAt)}</dt>
      <dd>${dualDate(lang, r.receivedAt)}</dd>
      ${
        r.dueAt
          ? html`<dt>${pick(lang, C.dueAt)}</dt>
              <dd>${dualDate(lang, r.dueAt)}</dd>`
          : ''
      }
      ${
        r.resolvedAt
          ? html`<dt>${pick(lang, T.resolvedAt)}</dt>
              <dd>${dualDate(lang, r.resolvedAt)}</dd>`
          : ''
      }
      ${
        r.closedAt
          ? html`<dt>${pick(lang, T.closedAt)}</dt>
              <dd>${dualDate(lang, r.closedAt)}</dd>`
          : ''
      }
    </dl>
    <h2>${pick(lang, T.history)}</h2>
    ${
      r.replies.length
        ? html`<ol>
            ${r.replies.map(
              (reply) =>
                html`<li>
                  <p class="muted">${dualDate(lang, reply.at)}</p>
                  <p>${reply.body}</p>
                </li>`,
            )}
          </ol>`
        : html`<p>${pick(lang, T.noReplies)}</p>`
    }
    <p><a href="${localPath(lang, '/track')}">${pick(lang, T.again)}</a></p>`,
});

const requiredErrors = (lang: Lang, values: FormValues): FieldMessages | null => {
  const errors: FieldMessages = {};
  if (!values.trackingNumber?.trim()) errors.trackingNumber = describeError('FIELD_REQUIRED')[lang];
  if (!values.trackingToken?.trim() && !values.phoneLast4?.trim())
    errors.trackingToken = describeError('TRACKING_FACTOR_REQUIRED')[lang];
  return Object.keys(errors).length ? errors : null;
};

const track = async ({ strapi, ctx, lang }: SiteRequest): Promise<SitePage> => {
  limitPublic(strapi, ctx, 'track');
  const values = formValuesOf(ctx);
  const errors = requiredErrors(lang, values);
  if (errors) return formPage(lang, values, errors, 400);
  try {
    const tracked = (await getService(strapi, 'complaint-tracking').track(values.trackingNumber.trim(), {
      token: values.trackingToken?.trim() || null,
      phoneLast4: values.phoneLast4?.trim() || null,
    })) as Tracked;
    return resultPage(lang, tracked);
  } catch (error) {
    if (errorStatus(error) !== 404) throw error;
    // Nothing typed is put back: the page for a wrong factor is, byte for byte, the page for an unknown number.
    return formPage(lang, {}, null, 404, true);
  }
};

const routes: SiteRoute[] = [
  // The empty form is the same for everyone: a CDN may keep it.
  {
    method: 'GET',
    pattern: '/track',
    handle: async ({ lang }) => ({ ...formPage(lang, {}, null), cache: 'public', noindex: false }),
  },
  { method: 'POST', pattern: '/track', handle: track },
];

export default routes;
