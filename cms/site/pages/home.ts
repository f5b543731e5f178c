/**
 * PD5, MC11, ALL-CH: the home page: who the association is (name, ministry registration number, city,
 * website, phone, e-mail, social accounts), the ways in (services, the complaint form, tracking, policies,
 * user guides) and the channels it has enabled, in brief. No image and no script: the whole page is one
 * response of a few KB.
 */
import { loadEnabledChannels } from '../catalogue';
import { html } from '../html';
import { identityFacts } from '../identity-facts';
import { bilingual, localPath, pick, type Text } from '../i18n';
import type { SiteRoute } from '../router';

const T = {
  title: { ar: 'الصفحة الرئيسية', en: 'Home' },
  description: {
    ar: 'خدمات الجمعية وسياساتها المعتمدة، وتقديم الشكاوى والاستفسارات ومتابعتها.',
    en: "The association's services and approved policies; file and track a complaint or inquiry.",
  },
  welcome: { ar: 'مرحبًا بكم في مركز خدمة المستفيدين', en: 'Welcome to the beneficiary service centre' },
  about: { ar: 'عن الجمعية', en: 'About the association' },
  waysIn: { ar: 'ماذا تريد أن تفعل؟', en: 'What would you like to do?' },
  services: { ar: 'الخدمات وشروطها والتسجيل فيها', en: 'Services, their conditions and registration' },
  complaint: { ar: 'تقديم شكوى أو استفسار أو اقتراح', en: 'File a complaint, inquiry or suggestion' },
  track: { ar: 'متابعة شكوى أو طلب', en: 'Track a complaint or request' },
  policies: { ar: 'السياسات المعتمدة من مجلس الإدارة', en: 'Board-approved policies' },
  guides: { ar: 'أدلة المستفيدين', en: 'User guides' },
  contact: { ar: 'ضباط الاتصال وعناوين الفروع', en: 'Contact officers and branch addresses' },
  channels: { ar: 'قنوات التواصل', en: 'Ways to reach us' },
  allChannels: { ar: 'طريقة الوصول إلى كل قناة', en: 'How to reach each channel' },
} satisfies Record<string, Text>;

const WAYS_IN: ReadonlyArray<{ path: string; label: Text }> = [
  { path: '/services', label: T.services },
  { path: '/complaints/new', label: T.complaint },
  { path: '/track', label: T.track },
  { path: '/policies', label: T.policies },
  { path: '/guides', label: T.guides },
  { path: '/contact', label: T.contact },
];

const routes: SiteRoute[] = [
  {
    method: 'GET',
    pattern: '/',
    handle: async ({ strapi, lang, identity }) => {
      const channels = await loadEnabledChannels(strapi);
      return {
        kind: 'page',
        cache: 'public',
        nav: 'home',
        title: pick(lang, T.title),
        description: pick(lang, T.description),
        body: html`<h1>${identity.name(lang)}</h1>
          <p>${pick(lang, T.welcome)}</p>
          <h2>${pick(lang, T.waysIn)}</h2>
          <ul class="cards">
            ${WAYS_IN.map(
              (w) => html`<li class="card"><a href="${localPath(lang, w.path)}">${pick(lang, w.label)}</a></li>`,
            )}
          </ul>
          <h2>${pick(lang, T.about)}</h2>
          ${identityFacts(lang, identity)}
          ${
            channels.length
              ? html`<h2>${pick(lang, T.channels)}</h2>
                  <p data-testid="channels">
                    ${channels.map((c, i) => html`${i ? ' · ' : ''}${bilingual(lang, c.nameAr, c.nameEn)}`)}
                  </p>
                  <p><a href="${localPath(lang, '/channels')}">${pick(lang, T.allChannels)}</a></p>`
              : ''
          }`,
      };
    },
  },
];

export default routes;
