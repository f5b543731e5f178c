/**
 * PD5, I1: how to reach the association (its phone, e-mail, website, social accounts and offices) and
 * the contact officer who answers inquiries for each area of work and beneficiary category. An officer
 * is shown by name, area and category only (cms/site/catalogue.ts says why); inquiries reach them
 * through the inquiry form, which routes by topic and keeps a tracking number.
 */
import { loadBranches, loadContactOfficers, type PublicBranch, type PublicContactOfficer } from '../catalogue';
import { html } from '../html';
import { identityFacts } from '../identity-facts';
import { bilingual, localPath, pick, type Lang, type Text } from '../i18n';
import type { SiteRoute } from '../router';

const T = {
  title: { ar: 'تواصل معنا', en: 'Contact us' },
  description: {
    ar: 'عناوين التواصل مع الجمعية وفروعها، وضباط الاتصال لكل مجال عمل وفئة من المستفيدين.',
    en: 'How to reach the association and its branches, and the contact officer for each area and beneficiary group.',
  },
  association: { ar: 'الجمعية', en: 'The association' },
  phone: { ar: 'الهاتف', en: 'Phone' },
  city: { ar: 'المدينة', en: 'City' },
  branches: { ar: 'الفروع والمكاتب', en: 'Branches and offices' },
  branch: { ar: 'الفرع', en: 'Office' },
  officers: { ar: 'ضباط الاتصال', en: 'Contact officers' },
  officersIntro: {
    ar: 'لكل مجال عمل وفئة من المستفيدين ضابط اتصال يجيب عن الاستفسارات. أرسل استفسارك عبر نموذج الاستفسار وسيصل إلى ضابط الاتصال المختص، مع رقم لمتابعته.',
    en: 'Each area of work and beneficiary group has a contact officer who answers inquiries. Send your inquiry through the inquiry form: it reaches the officer in charge, with a number to track it.',
  },
  area: { ar: 'مجال العمل', en: 'Area of work' },
  category: { ar: 'فئة المستفيدين', en: 'Beneficiary group' },
  topic: { ar: 'موضوع الاستفسار', en: 'Inquiry topic' },
  officer: { ar: 'ضابط الاتصال', en: 'Contact officer' },
  ask: { ar: 'أرسل استفسارًا', en: 'Send an inquiry' },
  noOfficers: { ar: 'لم يُكلَّف ضباط اتصال بعد.', en: 'No contact officer has been assigned yet.' },
} satisfies Record<string, Text>;

const CATEGORIES: Readonly<Record<string, Text>> = {
  family: { ar: 'الأسرة', en: 'Families' },
  woman: { ar: 'المرأة', en: 'Women' },
  child: { ar: 'الطفل', en: 'Children' },
  youth: { ar: 'الشباب', en: 'Youth' },
  elderly: { ar: 'كبار السن', en: 'Elderly people' },
  person_with_disability: { ar: 'ذوو الإعاقة', en: 'People with disabilities' },
  low_income: { ar: 'محدودو الدخل', en: 'Low-income households' },
  other: { ar: 'أخرى', en: 'Other' },
};

const branchTable = (lang: Lang, branches: readonly PublicBranch[]) =>
  branches.length
    ? html`<h2>${pick(lang, T.branches)}</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">${pick(lang, T.branch)}</th>
              <th scope="col">${pick(lang, T.city)}</th>
              <th scope="col">${pick(lang, T.phone)}</th>
            </tr>
          </thead>
          <tbody>
            ${branches.map(
              (b) =>
                html`<tr>
                  <td>${bilingual(lang, b.nameAr, b.nameEn)}</td>
                  <td>${b.city ?? ''}</td>
                  <td>${b.phone ? html`<a href="tel:${b.phone}" dir="ltr">${b.phone}</a>` : ''}</td>
                </tr>`,
            )}
          </tbody>
        </table>`
    : '';

const officerTable = (lang: Lang, officers: readonly PublicContactOfficer[]) =>
  officers.length
    ? html`<table data-testid="contact-officers">
        <thead>
          <tr>
            <th scope="col">${pick(lang, T.area)}</th>
            <th scope="col">${pick(lang, T.category)}</th>
            <th scope="col">${pick(lang, T.topic)}</th>
            <th scope="col">${pick(lang, T.officer)}</th>
          </tr>
        </thead>
        <tbody>
          ${officers.map(
            (o) =>
              html`<tr>
                <td>${lang === 'ar' ? o.areaAr : html`<span lang="ar">${o.areaAr}</span>`}</td>
                <td>
                  ${o.beneficiaryCategory && CATEGORIES[o.beneficiaryCategory] ? pick(lang, CATEGORIES[o.beneficiaryCategory]) : ''}
                </td>
                <td>${o.topic ? bilingual(lang, o.topic.nameAr, o.topic.nameEn) : ''}</td>
                <td>${bilingual(lang, o.officerNameAr, o.officerNameEn)}</td>
              </tr>`,
          )}
        </tbody>
      </table>`
    : html`<p class="muted">${pick(lang, T.noOfficers)}</p>`;

const routes: SiteRoute[] = [
  {
    method: 'GET',
    pattern: '/contact',
    handle: async ({ strapi, lang, identity }) => {
      const [branches, officers] = await Promise.all([loadBranches(strapi), loadContactOfficers(strapi)]);
      return {
        kind: 'page',
        cache: 'public',
        nav: 'contact',
        title: pick(lang, T.title),
        description: pick(lang, T.description),
        body: html`<h1>${pick(lang, T.title)}</h1>
          <h2>${identity.name(lang)}</h2>
          ${identityFacts(lang, identity)} ${branchTable(lang, branches)}
          <h2>${pick(lang, T.officers)}</h2>
          <p>${pick(lang, T.officersIntro)}</p>
          ${officerTable(lang, officers)}
          <p><a class="button" href="${localPath(lang, '/complaints/new')}">${pick(lang, T.ask)}</a></p>`,
      };
    },
  },
];

export default routes;
