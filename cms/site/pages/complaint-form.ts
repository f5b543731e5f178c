/**
 * CM1: the complaint, inquiry or suggestion form at /complaints/new, a plain HTML post (multipart, for
 * the attachments) handled by the same service as `POST /api/wasl/public/complaints`, with the same
 * per-IP limit, the hidden honeypot and an idempotency token in a hidden field (a double submit files
 * once and shows the same number). The result page is this visitor's alone: private, noindex.
 */
import crypto from 'crypto';
import type { Core } from '@strapi/strapi';
import { HONEYPOT_FIELD } from '../../validation/complaint-body';
import { publicFilesOf, removeTemporaryUploads } from '../../validation/public-request';
import type { IncomingFile } from '../../services/complaint-attachments';
import type { PublicComplaintView } from '../../services/public-complaints';
import { limitPublic } from '../../utils/public-limit';
import { getService } from '../../utils/services';
import { errorStatus } from '../errors';
import { html } from '../html';
import { bilingual, localPath, pick, type Lang } from '../i18n';
import type { SitePage, SiteRequest, SiteRoute } from '../router';
import {
  checkboxField,
  errorSummary,
  fieldMessagesOf,
  filled,
  formValuesOf,
  inputField,
  radioGroup,
  selectField,
  textareaField,
  type FieldMessages,
  type FormValues,
} from '../forms';
import { T, KIND_LABELS, dualDate } from './complaint-texts';

const TOKEN_FIELD = 'idempotencyToken';
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;
const FIELDS = [
  'kind',
  'category',
  'complainantName',
  'complainantPhone',
  'complainantEmail',
  'subject',
  'description',
  HONEYPOT_FIELD,
] as const;

const categoriesOf = async (strapi: Core.Strapi, lang: Lang) =>
  (
    (await strapi.db.query('plugin::wasl.complaint-category').findMany({
      where: { enabled: true },
      select: ['key', 'nameAr', 'nameEn'],
      orderBy: [{ sortOrder: 'asc' }, { key: 'asc' }],
    })) as { key: string; nameAr: string; nameEn: string | null }[]
  ).map((c) => ({ value: c.key, label: bilingual(lang, c.nameAr, c.nameEn) }));

const labels = (lang: Lang): Record<string, string> => ({
  kind: pick(lang, T.kind),
  category: pick(lang, T.category),
  complainantName: pick(lang, T.name),
  complainantPhone: pick(lang, T.phone),
  complainantEmail: pick(lang, T.email),
  subject: pick(lang, T.subject),
  description: pick(lang, T.description),
  attachments: pick(lang, T.attachments),
  anonymous: pick(lang, T.anonymous),
  body: pick(lang, T.form),
});

const contactFields = (lang: Lang, values: FormValues, errors: FieldMessages | null) => {
  const L = labels(lang);
  return html`<fieldset>
    <legend>${pick(lang, T.contact)}</legend>
    <p class="hint">${pick(lang, T.contactHint)}</p>
    ${inputField(lang, { name: 'complainantName', label: L.complainantName, autocomplete: 'name', maxlength: 160 }, values, errors)}
    ${inputField(lang, { name: 'complainantPhone', label: L.complainantPhone, type: 'tel', autocomplete: 'tel', inputmode: 'tel', dir: 'ltr', hint: pick(lang, T.phoneHint) }, values, errors)}
    ${inputField(lang, { name: 'complainantEmail', label: L.complainantEmail, type: 'email', autocomplete: 'email', dir: 'ltr' }, values, errors)}
    ${checkboxField({ name: 'anonymous', label: L.anonymous, hint: pick(lang, T.anonymousHint) }, values, errors)}
  </fieldset>`;
};

/** The files (re-chosen after an error: a browser never refills a file input) and the honeypot. */
const attachmentsAndHoneypot = (lang: Lang, errors: FieldMessages | null) => {
  const error = errors?.attachments;
  return html`<label for="f-attachments"
      >${pick(lang, T.attachments)}
      <span class="hint" id="f-attachments-hint">${pick(lang, T.attachmentsHint)}</span></label
    >${error ? html`<span class="field-error" id="f-attachments-error">${error}</span>` : ''}
    <input
      id="f-attachments"
      name="attachments"
      type="file"
      multiple
      accept="application/pdf,image/jpeg,image/png"
      aria-describedby="f-attachments-hint${error ? ' f-attachments-error' : ''}"
      ${error ? html`aria-invalid="true"` : ''}
    />
    <div class="hp">
      <label for="f-${HONEYPOT_FIELD}">${pick(lang, T.honeypot)}</label>
      <input id="f-${HONEYPOT_FIELD}" name="${HONEYPOT_FIELD}" type="text" tabindex="-1" autocomplete="off" value="" />
    </div>`;
};

const formPage = async (req: SiteRequest, values: FormValues, errors: FieldMessages | null, status = 200) => {
  const { lang } = req;
  const L = labels(lang);
  // The same token comes back with a form sent back for correction: nothing was filed under it yet.
  const token = TOKEN_PATTERN.test(values[TOKEN_FIELD] ?? '')
    ? values[TOKEN_FIELD]
    : crypto.randomBytes(18).toString('base64url');
  const kinds = (['complaint', 'inquiry', 'suggestion'] as const).map((k) => ({
    value: k,
    label: pick(lang, KIND_LABELS[k]),
  }));
  const categories = await categoriesOf(req.strapi, lang);
  const page: SitePage = {
    kind: 'page',
    status,
    cache: 'private',
    nav: 'complaint',
    title: pick(lang, T.title),
    description: pick(lang, T.intro),
    body: html`<h1>${pick(lang, T.title)}</h1>
      ${errorSummary(lang, errors, L)}
      <p>${pick(lang, T.intro)}</p>
      <form method="post" action="${localPath(lang, '/complaints/new')}" enctype="multipart/form-data" novalidate>
        <input type="hidden" name="${TOKEN_FIELD}" value="${token}" />
        ${radioGroup({ name: 'kind', label: L.kind, required: true, options: kinds }, { kind: 'complaint', ...values }, errors)}
        ${selectField(lang, { name: 'category', label: L.category, options: categories, empty: pick(lang, T.chooseCategory) }, values, errors)}
        ${inputField(lang, { name: 'subject', label: L.subject, required: true, maxlength: 200 }, values, errors)}
        ${textareaField(lang, { name: 'description', label: L.description, required: true, hint: pick(lang, T.descriptionHint), maxlength: 5000 }, values, errors)}
        ${contactFields(lang, values, errors)} ${attachmentsAndHoneypot(lang, errors)}
        <button type="submit">${pick(lang, T.submit)}</button>
      </form>`,
  };
  return page;
};

const resultPage = (lang: Lang, r: PublicComplaintView): SitePage => ({
  kind: 'page',
  cache: 'private',
  noindex: true,
  nav: 'complaint',
  title: pick(lang, T.received),
  description: pick(lang, T.received),
  body: html`<h1>${pick(lang, T.received)}</h1>
    <div class="ok" role="status">
      <p>${pick(lang, T.receivedText)}</p>
    </div>
    <dl class="facts">
      <dt>${pick(lang, T.kind)}</dt>
      <dd>${pick(lang, KIND_LABELS[r.kind as keyof typeof KIND_LABELS] ?? KIND_LABELS.complaint)}</dd>
      <dt>${pick(lang, T.trackingNumber)}</dt>
      <dd><strong dir="ltr" data-testid="tracking-number">${r.trackingNumber}</strong></dd>
      <dt>${pick(lang, T.trackingToken)}</dt>
      <dd><strong dir="ltr" data-testid="tracking-token">${r.trackingToken}</strong></dd>
      <dt>${pick(lang, T.receivedAt)}</dt>
      <dd>${dualDate(lang, r.receivedAt)}</dd>
      ${
        r.dueAt
          ? html`<dt>${pick(lang, T.dueAt)}</dt>
              <dd>${dualDate(lang, r.dueAt)}</dd>`
          : ''
      }
    </dl>
    <div class="notice">
      <p>${pick(lang, T.keep)}</p>
    </div>
    <p><a href="${localPath(lang, '/track')}">${pick(lang, T.trackLink)}</a></p>`,
});

/** The form's body as the public schema reads it: empty fields left out, the anonymous box a boolean. */
const intakeBody = (values: FormValues) => ({
  ...filled(values, FIELDS),
  ...(values.anonymous === 'on' ? { anonymous: true } : {}),
});

/** A file input left empty still posts one part with no name and no bytes: it is not an attachment. */
const chosenFiles = (files: IncomingFile[]) => files.filter((f) => f.size > 0 || f.originalFilename);

const submit = async (req: SiteRequest): Promise<SitePage> => {
  const { strapi, ctx, lang } = req;
  const values = formValuesOf(ctx);
  limitPublic(strapi, ctx, 'intake');
  const token = values[TOKEN_FIELD];
  const key = token && TOKEN_PATTERN.test(token) ? `site:${token}` : null;
  try {
    const answer = await getService(strapi, 'public-complaints').submit(
      intakeBody(values),
      () => chosenFiles(publicFilesOf(ctx)),
      key,
    );
    return resultPage(lang, answer.view);
  } catch (error) {
    const errors = fieldMessagesOf(lang, error, (path) => (path.startsWith('attachments') ? 'attachments' : path));
    if (!errors) throw error;
    if (errors.attachments) errors.attachments = `${errors.attachments} ${pick(lang, T.chooseAgain)}`;
    return formPage(req, values, errors, errorStatus(error));
  }
};

const routes: SiteRoute[] = [
  { method: 'GET', pattern: '/complaints/new', handle: (req) => formPage(req, {}, null) },
  {
    method: 'POST',
    pattern: '/complaints/new',
    handle: async (req) => {
      try {
        return await submit(req);
      } finally {
        await removeTemporaryUploads(req.ctx);
      }
    },
  },
];

export default routes;
