/**
 * YSR-E1: registering for a service online at /services/:key/register — a plain HTML form handled by
 * cms/services/public-registration.ts, the service behind `POST /api/wasl/public/requests`, with the same
 * per-IP limit. Only published, non-confidential services (any other key is the site's 404). The result
 * (this applicant's alone: private, noindex) gives the reference, what is still missing — the conditions
 * their answers do not meet and the documents to bring — and what happens next (the response time).
 */
import { GENDERS, REFERRAL_SOURCES, SOCIAL_STATUSES } from '../../domain/eligibility';
import type { RegistrationResult } from '../../services/public-registration';
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
  type FieldMessages,
  type FormValues,
} from '../forms';
import { dualDate } from './complaint-texts';
import { NATIONALITIES, REFERRAL_LABELS, SOCIAL_STATUS_LABELS, T } from './registration-texts';

type Service = { key: string; nameAr: string; nameEn: string | null };

const TEXT_FIELDS = [
  'nationalId',
  'fullNameAr',
  'nationality',
  'gender',
  'socialStatus',
  'birthDate',
  'phone',
  'email',
  'city',
  'referralSource',
] as const;

const labels = (lang: Lang): Record<string, string> => ({
  ...Object.fromEntries(TEXT_FIELDS.map((name) => [name, pick(lang, T[name])])),
  legalResidency: pick(lang, T.legalResidency),
  consent: pick(lang, T.consent),
});

const personFields = (lang: Lang, v: FormValues, e: FieldMessages | null) => {
  const L = labels(lang);
  const opt = (text: string) => `${text} (${pick(lang, T.optional)})`;
  return html`${inputField(lang, { name: 'nationalId', label: L.nationalId, required: true, hint: pick(lang, T.nationalIdHint), inputmode: 'numeric', dir: 'ltr', autocomplete: 'off', maxlength: 10 }, v, e)}
  ${inputField(lang, { name: 'fullNameAr', label: L.fullNameAr, required: true, autocomplete: 'name', maxlength: 160 }, v, e)}
  ${selectField(lang, { name: 'nationality', label: L.nationality, required: true, options: NATIONALITIES.map((n) => ({ value: n.code, label: pick(lang, n.label) })) }, { nationality: 'SA', ...v }, e)}
  ${radioGroup(
    {
      name: 'legalResidency',
      label: L.legalResidency,
      required: true,
      options: [
        { value: 'yes', label: pick(lang, T.yes) },
        { value: 'no', label: pick(lang, T.no) },
      ],
    },
    { legalResidency: 'yes', ...v },
    e,
  )}
  ${radioGroup({ name: 'gender', label: L.gender, required: true, options: GENDERS.map((g) => ({ value: g, label: pick(lang, T[g]) })) }, v, e)}
  ${selectField(lang, { name: 'socialStatus', label: L.socialStatus, required: true, empty: pick(lang, T.choose), options: SOCIAL_STATUSES.map((s) => ({ value: s, label: pick(lang, SOCIAL_STATUS_LABELS[s]) })) }, v, e)}
  ${inputField(lang, { name: 'birthDate', label: opt(L.birthDate), type: 'date', autocomplete: 'bday', dir: 'ltr' }, v, e)}`;
};

const contactFields = (lang: Lang, v: FormValues, e: FieldMessages | null) => {
  const L = labels(lang);
  const opt = (text: string) => `${text} (${pick(lang, T.optional)})`;
  return html`${inputField(lang, { name: 'phone', label: L.phone, required: true, type: 'tel', inputmode: 'tel', autocomplete: 'tel', dir: 'ltr', hint: pick(lang, T.phoneHint) }, v, e)}
  ${inputField(lang, { name: 'email', label: opt(L.email), type: 'email', autocomplete: 'email', dir: 'ltr' }, v, e)}
  ${inputField(lang, { name: 'city', label: opt(L.city), autocomplete: 'address-level2', maxlength: 80 }, v, e)}
  ${selectField(lang, { name: 'referralSource', label: opt(L.referralSource), hint: pick(lang, T.referralHint), empty: '—', options: REFERRAL_SOURCES.map((s) => ({ value: s, label: pick(lang, REFERRAL_LABELS[s]) })) }, v, e)}
  ${checkboxField({ name: 'consent', label: L.consent }, v, e)}`;
};

const formPage = (
  lang: Lang,
  service: Service,
  values: FormValues,
  errors: FieldMessages | null,
  status = 200,
): SitePage => {
  const name = bilingual(lang, service.nameAr, service.nameEn);
  const path = `/services/${encodeURIComponent(service.key)}`;
  return {
    kind: 'page',
    status,
    cache: status === 200 ? 'public' : 'private',
    noindex: status !== 200,
    nav: 'services',
    title: `${pick(lang, T.title)}: ${name}`,
    description: pick(lang, T.intro),
    body: html`<h1>${pick(lang, T.title)}: ${name}</h1>
      ${errorSummary(lang, errors, labels(lang))}
      <p>${pick(lang, T.intro)}</p>
      <p><a href="${localPath(lang, path)}">${pick(lang, T.aboutService)}</a></p>
      <form method="post" action="${localPath(lang, `${path}/register`)}" novalidate>
        ${personFields(lang, values, errors)} ${contactFields(lang, values, errors)}
        <button type="submit">${pick(lang, T.submit)}</button>
      </form>`,
  };
};

const fill = (template: string, n: number | string) => template.replace('{n}', String(n)).replace('{days}', String(n));

const resultPage = (lang: Lang, r: RegistrationResult): SitePage => {
  const days = fill(
    pick(lang, r.responseTime.unit === 'calendar_days' ? T.calendarDays : T.workingDays),
    r.responseTime.days,
  );
  const nothing = !r.unmet.length && !r.documents.length;
  return {
    kind: 'page',
    cache: 'private',
    noindex: true,
    nav: 'services',
    title: pick(lang, T.received),
    description: pick(lang, T.received),
    body: html`<h1>${pick(lang, T.received)}</h1>
      <dl class="facts">
        <dt>${pick(lang, T.reference)}</dt>
        <dd><strong dir="ltr" data-testid="request-reference">${r.trackingNumber}</strong></dd>
        <dt>${pick(lang, T.service)}</dt>
        <dd>${bilingual(lang, r.service.nameAr, r.service.nameEn)}</dd>
        <dt>${pick(lang, T.receivedAt)}</dt>
        <dd>${dualDate(lang, r.receivedAt)}</dd>
      </dl>
      <p class="notice">${pick(lang, T.keepReference)}</p>
      <h2>${pick(lang, T.missing)}</h2>
      ${nothing ? html`<p>${pick(lang, T.nothingMissing)}</p>` : ''}
      ${
        r.unmet.length
          ? html`<p>${pick(lang, T.conditions)}</p>
              <ul data-testid="unmet">
                ${r.unmet.map((u) => html`<li>${lang === 'ar' ? u.ar : u.en}</li>`)}
              </ul>`
          : ''
      }
      ${
        r.documents.length
          ? html`<p>${pick(lang, T.bring)}</p>
              <ul data-testid="documents">
                ${r.documents.map((d) => html`<li>${lang === 'ar' ? d.labelAr : d.labelEn}</li>`)}
              </ul>`
          : ''
      }
      <h2>${pick(lang, T.next)}</h2>
      <p>${fill(pick(lang, T.nextText), days)}</p>`,
  };
};

/** The form's fields as the service's body: empty ones left out, the yes/no and the box as booleans. */
const registrationBody = (key: string, values: FormValues) => ({
  ...filled(values, TEXT_FIELDS),
  service: key,
  ...(values.legalResidency === 'yes' || values.legalResidency === 'no'
    ? { legalResidency: values.legalResidency === 'yes' }
    : {}),
  consent: values.consent === 'on',
});

const register = async ({ strapi, ctx, lang, params }: SiteRequest): Promise<SitePage> => {
  const registration = getService(strapi, 'public-registration');
  const service = await registration.publicService(params.key);
  limitPublic(strapi, ctx, 'registration');
  const values = formValuesOf(ctx);
  try {
    return resultPage(lang, await registration.register(registrationBody(service.key, values)));
  } catch (error) {
    const errors = fieldMessagesOf(lang, error);
    if (!errors) throw error;
    return formPage(lang, service, values, errors, errorStatus(error));
  }
};

const routes: SiteRoute[] = [
  {
    method: 'GET',
    pattern: '/services/:key/register',
    handle: async ({ strapi, lang, params }) =>
      formPage(lang, await getService(strapi, 'public-registration').publicService(params.key), {}, null),
  },
  { method: 'POST', pattern: '/services/:key/register', handle: register },
];

export default routes;
