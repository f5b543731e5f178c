/**
 * PD5: the association's identity as a list of facts (ministry registration number, city, website, phone,
 * e-mail, social accounts), shared by the home and contact pages; a fact the profile lacks is left out
 * rather than shown empty. Addresses and handles read left to right inside the Arabic text.
 */
import { html, type Html } from './html';
import { pick, type Lang, type Text } from './i18n';
import type { SiteIdentity } from './identity';

const T = {
  registration: { ar: 'رقم التسجيل لدى وزارة الموارد البشرية والتنمية الاجتماعية', en: 'Ministry registration no.' },
  city: { ar: 'المدينة', en: 'City' },
  website: { ar: 'الموقع الإلكتروني', en: 'Website' },
  phone: { ar: 'الهاتف', en: 'Phone' },
  email: { ar: 'البريد الإلكتروني', en: 'E-mail' },
  social: { ar: 'حسابات التواصل الاجتماعي', en: 'Social accounts' },
} satisfies Record<string, Text>;

const ltr = (href: string, text: string): Html => html`<a href="${href}" dir="ltr" class="nowrap">${text}</a>`;

/** The social accounts as links («x: @handle · instagram: @handle»); null when there are none. */
export const socialLinks = (id: SiteIdentity): Html | null =>
  id.socialAccounts.length
    ? html`${id.socialAccounts.map((a, i) => html`${i ? ' · ' : ''}${ltr(a.url, `${a.network}: ${a.handle}`)}`)}`
    : null;

export const identityFacts = (lang: Lang, id: SiteIdentity): Html => {
  const fact = (label: Text, value: Html | string | null) =>
    value
      ? html`<dt>${pick(lang, label)}</dt>
          <dd>${value}</dd>`
      : '';
  return html`<dl class="facts" data-testid="identity">
    ${fact(T.registration, id.registrationNumber && html`<span dir="ltr">${id.registrationNumber}</span>`)}
    ${fact(T.city, [id.city, id.region].filter(Boolean).join('، ') || null)}
    ${fact(T.website, id.website && ltr(id.website, id.website))}
    ${fact(T.phone, id.phone && ltr(`tel:${id.phone}`, id.phone))}
    ${fact(T.email, id.email && ltr(`mailto:${id.email}`, id.email))} ${fact(T.social, socialLinks(id))}
  </dl>`;
};
