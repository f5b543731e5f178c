/**
 * ALL-SAT, S1, YSR-E1: the questionnaire behind a post-service link (/survey/:token, the link the
 * invitation mail carries): GET shows it (publicView), POST answers it once (answer). A used, expired or
 * unknown link gets a clear page with the service's own message. The token is in the URL by design, so
 * the page sends `Referrer-Policy: no-referrer` and is private and noindex.
 */
import type { SurveyQuestion } from '../../domain/survey-answers';
import { limitPublic } from '../../utils/public-limit';
import { getService } from '../../utils/services';
import { errorStatus } from '../errors';
import { html } from '../html';
import { bilingual, localPath, pick, type Lang, type Text } from '../i18n';
import type { SitePage, SiteRequest, SiteRoute } from '../router';
import {
  errorSummary,
  fieldMessagesOf,
  formValuesOf,
  radioGroup,
  textareaField,
  type FieldMessages,
  type FormValues,
} from '../forms';

const T = {
  title: { ar: 'استبيان رضا المستفيدين', en: 'Beneficiary satisfaction survey' },
  intro: {
    ar: 'رأيك يساعدنا على تحسين خدماتنا. لا تُطلب منك أي بيانات شخصية، ويُقبل رد واحد لكل رابط.',
    en: 'Your opinion helps us improve our services. No personal data is asked for, and each link takes one answer.',
  },
  service: { ar: 'الخدمة', en: 'Service' },
  comment: { ar: 'ملاحظات أخرى', en: 'Other remarks' },
  optional: { ar: 'اختياري', en: 'Optional' },
  submit: { ar: 'إرسال الإجابات', en: 'Send the answers' },
  thanks: { ar: 'شكرًا لك', en: 'Thank you' },
  thanksText: { ar: 'وصلتنا إجاباتك، شكرًا لوقتك.', en: 'We have your answers; thank you for your time.' },
  closed: { ar: 'رابط الاستبيان', en: 'Survey link' },
  home: { ar: 'العودة إلى الصفحة الرئيسية', en: 'Back to the home page' },
} satisfies Record<string, Text>;

const LIKERT: Text[] = [
  { ar: '١ — غير راضٍ إطلاقًا', en: '1 — Not at all satisfied' },
  { ar: '٢ — غير راضٍ', en: '2 — Dissatisfied' },
  { ar: '٣ — محايد', en: '3 — Neutral' },
  { ar: '٤ — راضٍ', en: '4 — Satisfied' },
  { ar: '٥ — راضٍ جدًا', en: '5 — Very satisfied' },
];

type PublicView = {
  titleAr: string;
  titleEn: string | null;
  serviceNameAr: string | null;
  serviceNameEn: string | null;
  questions: SurveyQuestion[];
};

// Not `answers.<key>`: the body parser's qs reads dots and brackets as nesting.
const fieldName = (q: SurveyQuestion) => `q-${q.key}`;
const formFieldOf = (path: string) => path.replace(/^answers\./, 'q-');

const questionField = (lang: Lang, q: SurveyQuestion, values: FormValues, errors: FieldMessages | null) => {
  const label = `${bilingual(lang, q.labelAr, q.labelEn)}${q.required ? '' : ` (${pick(lang, T.optional)})`}`;
  if (q.kind === 'text')
    return textareaField(lang, { name: fieldName(q), label, required: q.required, maxlength: 2000 }, values, errors);
  const options =
    q.kind === 'likert'
      ? LIKERT.map((text, i) => ({ value: String(i + 1), label: pick(lang, text) }))
      : (q.options ?? []).map((o) => ({ value: o.key, label: bilingual(lang, o.labelAr, o.labelEn) }));
  return radioGroup({ name: fieldName(q), label, required: q.required, options }, values, errors);
};

const page = (lang: Lang, title: string, body: SitePage['body'], status = 200): SitePage => ({
  kind: 'page',
  status,
  cache: 'private',
  noindex: true,
  title,
  description: pick(lang, T.intro),
  body,
});

const formPage = (
  lang: Lang,
  token: string,
  view: PublicView,
  values: FormValues,
  errors: FieldMessages | null,
  status = 200,
) => {
  const title = bilingual(lang, view.titleAr, view.titleEn) || pick(lang, T.title);
  const service = bilingual(lang, view.serviceNameAr, view.serviceNameEn);
  const labels = Object.fromEntries(view.questions.map((q) => [fieldName(q), bilingual(lang, q.labelAr, q.labelEn)]));
  return page(
    lang,
    title,
    html`<h1>${title}</h1>
      ${errorSummary(lang, errors, { ...labels, comment: pick(lang, T.comment) })}
      ${service ? html`<p><strong>${pick(lang, T.service)}:</strong> ${service}</p>` : ''}
      <p>${pick(lang, T.intro)}</p>
      <form method="post" action="${localPath(lang, `/survey/${encodeURIComponent(token)}`)}" novalidate>
        ${view.questions.map((q) => questionField(lang, q, values, errors))}
        ${textareaField(lang, { name: 'comment', label: `${pick(lang, T.comment)} (${pick(lang, T.optional)})`, maxlength: 2000 }, values, errors)}
        <button type="submit">${pick(lang, T.submit)}</button>
      </form>`,
    status,
  );
};

/** A link that cannot be used (answered, expired, unknown): the service's message, plainly. */
const linkPage = (lang: Lang, error: unknown): SitePage => {
  const e = error as { details?: { messageAr?: string; messageEn?: string } };
  const message = (lang === 'ar' ? e.details?.messageAr : e.details?.messageEn) ?? '';
  return page(
    lang,
    pick(lang, T.closed),
    html`<h1>${pick(lang, T.closed)}</h1>
      <p class="notice" data-testid="survey-refused">${message}</p>
      <p><a href="${localPath(lang, '/')}">${pick(lang, T.home)}</a></p>`,
    errorStatus(error),
  );
};

/** The form's values as the service reads them: Likert answers as numbers, blanks left out. */
const answerBody = (view: PublicView, values: FormValues) => {
  const answers: Record<string, string | number> = {};
  for (const q of view.questions) {
    const value = values[fieldName(q)];
    if (value === undefined || value === '') continue;
    answers[q.key] = q.kind === 'likert' && /^\d+$/.test(value) ? Number(value) : value;
  }
  return { answers, ...(values.comment?.trim() ? { comment: values.comment } : {}) };
};

const isLinkError = (error: unknown) => [404, 410].includes(errorStatus(error));

const handle = async (req: SiteRequest): Promise<SitePage> => {
  const { strapi, ctx, lang, params } = req;
  // The token is in this page's URL: no link out of it may carry it away in a Referer.
  ctx.set('Referrer-Policy', 'no-referrer');
  limitPublic(strapi, ctx, 'survey');
  const surveys = getService(strapi, 'surveys');
  let view: PublicView;
  try {
    view = (await surveys.publicView(params.token)) as PublicView;
  } catch (error) {
    if (isLinkError(error)) return linkPage(lang, error);
    throw error;
  }
  if (ctx.method !== 'POST') return formPage(lang, params.token, view, {}, null);
  const values = formValuesOf(ctx);
  try {
    await surveys.answer(params.token, answerBody(view, values));
  } catch (error) {
    if (isLinkError(error)) return linkPage(lang, error);
    const errors = fieldMessagesOf(lang, error, formFieldOf);
    if (!errors) throw error;
    return formPage(lang, params.token, view, values, errors, 400);
  }
  return page(
    lang,
    pick(lang, T.thanks),
    html`<h1>${pick(lang, T.thanks)}</h1>
      <p class="ok" role="status">${pick(lang, T.thanksText)}</p>
      <p><a href="${localPath(lang, '/')}">${pick(lang, T.home)}</a></p>`,
  );
};

const routes: SiteRoute[] = [
  { method: 'GET', pattern: '/survey/:token', handle },
  { method: 'POST', pattern: '/survey/:token', handle },
];

export default routes;
