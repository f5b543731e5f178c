/**
 * PD5, MC11: the home page: who the association is (name, ministry registration number, city, contacts,
 * social accounts) and the ways in: services, the complaint form, tracking, policies.
 */
import { html } from '../html';
import { localPath, pick, type Text } from '../i18n';
import type { SiteRoute } from '../router';

const T = {
  title: { ar: 'الصفحة الرئيسية', en: 'Home' },
  description: {
    ar: 'خدمات الجمعية وسياساتها المعتمدة، وتقديم الشكاوى والاستفسارات ومتابعتها.',
    en: "The association's services and approved policies; file and track a complaint or inquiry.",
  },
  welcome: { ar: 'مرحبًا بكم في مركز خدمة المستفيدين', en: 'Welcome to the beneficiary service centre' },
  services: { ar: 'الخدمات وشروطها والتسجيل فيها', en: 'Services, their conditions and registration' },
  complaint: { ar: 'تقديم شكوى أو استفسار أو اقتراح', en: 'File a complaint, inquiry or suggestion' },
  track: { ar: 'متابعة شكوى أو طلب', en: 'Track a complaint or request' },
  policies: { ar: 'السياسات المعتمدة من مجلس الإدارة', en: 'Board-approved policies' },
} satisfies Record<string, Text>;

const routes: SiteRoute[] = [
  {
    method: 'GET',
    pattern: '/',
    handle: async ({ lang, identity }) => ({
      kind: 'page',
      cache: 'public',
      nav: 'home',
      title: pick(lang, T.title),
      description: pick(lang, T.description),
      body: html`<h1>${identity.name(lang)}</h1>
        <p>${pick(lang, T.welcome)}</p>
        <ul class="cards">
          <li class="card"><a href="${localPath(lang, '/services')}">${pick(lang, T.services)}</a></li>
          <li class="card"><a href="${localPath(lang, '/complaints/new')}">${pick(lang, T.complaint)}</a></li>
          <li class="card"><a href="${localPath(lang, '/track')}">${pick(lang, T.track)}</a></li>
          <li class="card"><a href="${localPath(lang, '/policies')}">${pick(lang, T.policies)}</a></li>
        </ul>`,
    }),
  },
];

export default routes;
