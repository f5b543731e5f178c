/**
 * MC11, YSR-E1..E5, H2, H7: the service catalogue: each published, non-confidential service with its
 * description, its conditions in plain words (describeEligibility: the same rules the server evaluates),
 * the documents to bring, the response time, and the way to register (/services/<key>/register).
 */
import { describeEligibility } from '../../domain/eligibility';
import { loadPublicServices, type PublicService } from '../catalogue';
import { notFoundPage } from '../errors';
import { durationText } from '../format';
import { html, type Html } from '../html';
import { bilingual, localPath, pick, type Lang, type Text } from '../i18n';
import type { SiteRoute } from '../router';

const T = {
  title: { ar: 'خدمات الجمعية', en: 'Services' },
  description: {
    ar: 'خدمات الجمعية وشروط الاستفادة منها والمستندات المطلوبة ومدة الرد والتسجيل فيها.',
    en: "The association's services: who may apply, the documents to bring, the response time, and registration.",
  },
  intro: {
    ar: 'اختر الخدمة لمعرفة شروطها والمستندات المطلوبة، ثم سجّل فيها عبر الموقع.',
    en: 'Choose a service to see its conditions and the documents to bring, then register online.',
  },
  none: { ar: 'لا توجد خدمات منشورة حاليًا.', en: 'No service is published at the moment.' },
  conditions: { ar: 'شروط الاستفادة', en: 'Who may apply' },
  noConditions: { ar: 'لا شروط خاصة لهذه الخدمة.', en: 'This service has no special conditions.' },
  documents: { ar: 'المستندات المطلوبة', en: 'Documents to bring' },
  noDocuments: { ar: 'لا مستندات مطلوبة.', en: 'No documents are required.' },
  response: { ar: 'مدة الرد على الطلب', en: 'Response time' },
  responseNote: {
    ar: 'تُحسب من تاريخ اكتمال الطلب، ويُبلَّغ مقدّم الطلب بالقبول أو الرفض عبر وسيلة التواصل المتفق عليها.',
    en: 'Counted from the day the request is complete; the applicant is told of the decision through the agreed channel.',
  },
  register: { ar: 'التسجيل في الخدمة', en: 'Register for this service' },
  details: { ar: 'الشروط والتسجيل', en: 'Conditions and registration' },
  all: { ar: 'جميع الخدمات', en: 'All services' },
} satisfies Record<string, Text>;

const nameOf = (lang: Lang, s: PublicService) => bilingual(lang, s.nameAr, s.nameEn);
/** The description in the page's language; an English page without one shows the Arabic text, marked as Arabic. */
const descriptionOf = (lang: Lang, s: PublicService): Html | '' => {
  const text = lang === 'en' ? s.descriptionEn || s.descriptionAr : s.descriptionAr || s.descriptionEn;
  if (!text) return '';
  return lang === 'en' && !s.descriptionEn ? html`<p lang="ar" dir="rtl">${text}</p>` : html`<p>${text}</p>`;
};
const servicePath = (s: PublicService) => `/services/${encodeURIComponent(s.key)}`;

const listRoute: SiteRoute = {
  method: 'GET',
  pattern: '/services',
  handle: async ({ strapi, lang }) => {
    const services = await loadPublicServices(strapi);
    return {
      kind: 'page',
      cache: 'public',
      nav: 'services',
      title: pick(lang, T.title),
      description: pick(lang, T.description),
      body: html`<h1>${pick(lang, T.title)}</h1>
        <p>${pick(lang, T.intro)}</p>
        ${
          services.length
            ? html`<ul class="cards">
                ${services.map(
                  (s) =>
                    html`<li class="card">
                      <h2 class="card-title"><a href="${localPath(lang, servicePath(s))}">${nameOf(lang, s)}</a></h2>
                      ${descriptionOf(lang, s)}
                      <p class="muted">
                        ${pick(lang, T.response)}: ${durationText(s.response.days, s.response.unit, lang)}
                      </p>
                    </li>`,
                )}
              </ul>`
            : html`<p class="muted">${pick(lang, T.none)}</p>`
        }`,
    };
  },
};

const serviceBody = (lang: Lang, s: PublicService) => {
  const conditions = describeEligibility(s.eligibilityRules);
  return html`<h1>${nameOf(lang, s)}</h1>
    ${descriptionOf(lang, s)}
    <section aria-labelledby="conditions">
      <h2 id="conditions">${pick(lang, T.conditions)}</h2>
      ${
        conditions.length
          ? html`<ul data-testid="eligibility">
              ${conditions.map((c) => html`<li>${pick(lang, c)}</li>`)}
            </ul>`
          : html`<p>${pick(lang, T.noConditions)}</p>`
      }
    </section>
    <section aria-labelledby="documents">
      <h2 id="documents">${pick(lang, T.documents)}</h2>
      ${
        s.requiredDocuments.length
          ? html`<ul data-testid="documents">
              ${s.requiredDocuments.map((d) => html`<li>${bilingual(lang, d.labelAr, d.labelEn)}</li>`)}
            </ul>`
          : html`<p>${pick(lang, T.noDocuments)}</p>`
      }
    </section>
    <section aria-labelledby="response">
      <h2 id="response">${pick(lang, T.response)}</h2>
      <p><strong>${durationText(s.response.days, s.response.unit, lang)}</strong></p>
      <p class="muted">${pick(lang, T.responseNote)}</p>
    </section>
    <p><a class="button" href="${localPath(lang, `${servicePath(s)}/register`)}">${pick(lang, T.register)}</a></p>
    <p><a href="${localPath(lang, '/services')}">${pick(lang, T.all)}</a></p>`;
};

const serviceRoute: SiteRoute = {
  method: 'GET',
  pattern: '/services/:key',
  handle: async ({ strapi, lang, params }) => {
    const [service] = await loadPublicServices(strapi, params.key);
    if (!service) return notFoundPage(lang);
    // The meta description is in the page's language: a missing English description is not replaced by Arabic.
    const description = lang === 'en' ? service.descriptionEn : service.descriptionAr;
    return {
      kind: 'page',
      cache: 'public',
      nav: 'services',
      title: nameOf(lang, service),
      description: description || `${nameOf(lang, service)} — ${pick(lang, T.details)}`,
      body: serviceBody(lang, service),
    };
  },
};

export default [listRoute, serviceRoute];
