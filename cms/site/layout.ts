/**
 * Every public page's frame (PD4, PD5, MC11): `lang`/`dir`, title, meta description, a skip link, the
 * association's name and navigation, the language switch to the same page, the content, and a footer with
 * the association's identity. The style sheet is inline (a few KB): content paints with the first response
 * and no second request blocks it. No script: forms post as plain HTML.
 */
import { html, raw, type Html } from './html';
import { dir, localPath, pick, type Lang, type Text } from './i18n';
import type { SiteIdentity } from './identity';
import { SITE_CSS } from './style';

export type NavKey = 'home' | 'policies' | 'services' | 'complaint' | 'track' | 'guides' | 'contact' | 'channels';

const NAV: ReadonlyArray<{ key: NavKey; path: string; label: Text }> = [
  { key: 'home', path: '/', label: { ar: 'الرئيسية', en: 'Home' } },
  { key: 'services', path: '/services', label: { ar: 'الخدمات', en: 'Services' } },
  { key: 'complaint', path: '/complaints/new', label: { ar: 'شكوى أو استفسار', en: 'Complaint or inquiry' } },
  { key: 'track', path: '/track', label: { ar: 'متابعة طلب', en: 'Track' } },
  { key: 'policies', path: '/policies', label: { ar: 'السياسات', en: 'Policies' } },
  { key: 'guides', path: '/guides', label: { ar: 'أدلة المستفيدين', en: 'User guides' } },
  { key: 'channels', path: '/channels', label: { ar: 'قنوات التواصل', en: 'Channels' } },
  { key: 'contact', path: '/contact', label: { ar: 'تواصل معنا', en: 'Contact us' } },
];

const T = {
  skip: { ar: 'انتقل إلى المحتوى', en: 'Skip to content' },
  menu: { ar: 'القائمة الرئيسية', en: 'Main menu' },
  switchTo: { ar: 'English', en: 'العربية' },
  registration: { ar: 'رقم التسجيل لدى وزارة الموارد البشرية والتنمية الاجتماعية', en: 'Ministry registration no.' },
  staff: { ar: 'دخول الموظفين', en: 'Staff sign-in' },
} satisfies Record<string, Text>;

export type PageFrame = {
  lang: Lang;
  /** The page's path without the language prefix (`/policies/x`), for the switch and the canonical link. */
  path: string;
  title: string;
  description: string;
  identity: SiteIdentity;
  nav?: NavKey;
  body: Html;
  /** `noindex` for pages that show one person's answer (tracking, a survey link). */
  noindex?: boolean;
};

const header = (f: PageFrame) => {
  const other: Lang = f.lang === 'ar' ? 'en' : 'ar';
  return html`<header class="site-header">
    <a class="skip" href="#main">${pick(f.lang, T.skip)}</a>
    <div class="bar">
      <a class="brand" href="${localPath(f.lang, '/')}">${f.identity.name(f.lang)}</a>
      <a class="lang" href="${localPath(other, f.path)}" lang="${other}" hreflang="${other}"
        >${pick(f.lang, T.switchTo)}</a
      >
    </div>
    <nav aria-label="${pick(f.lang, T.menu)}">
      <ul>
        ${NAV.map(
          (item) =>
            html`<li>
              <a href="${localPath(f.lang, item.path)}" ${item.key === f.nav ? raw(' aria-current="page"') : ''}
                >${pick(f.lang, item.label)}</a
              >
            </li>`,
        )}
      </ul>
    </nav>
  </header>`;
};

const footer = (f: PageFrame) => {
  const id = f.identity;
  return html`<footer class="site-footer">
    <p><strong>${id.name(f.lang)}</strong>${id.city ? html` · ${id.city}` : ''}</p>
    ${id.registrationNumber ? html`<p>${pick(f.lang, T.registration)}: <span dir="ltr">${id.registrationNumber}</span></p>` : ''}
    <p>
      ${id.phone ? html`<a href="tel:${id.phone}" dir="ltr">${id.phone}</a>` : ''}${id.phone && id.email ? ' · ' : ''}${id.email ? html`<a href="mailto:${id.email}" dir="ltr">${id.email}</a>` : ''}
    </p>
    <p><a href="/console/">${pick(f.lang, T.staff)}</a></p>
  </footer>`;
};

export const renderPage = (f: PageFrame): string =>
  `<!doctype html>\n${html`<html lang="${f.lang}" dir="${dir(f.lang)}">
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>${f.title} — ${f.identity.name(f.lang)}</title>
      <meta name="description" content="${f.description}" />
      ${f.noindex ? raw('<meta name="robots" content="noindex">') : ''}
      <link rel="alternate" hreflang="ar" href="${localPath('ar', f.path)}" />
      <link rel="alternate" hreflang="en" href="${localPath('en', f.path)}" />
      <link rel="icon" href="/favicon.ico" />
      <style>
        ${raw(SITE_CSS)}
      </style>
    </head>
    <body>
      ${header(f)}
      <main id="main" tabindex="-1">${f.body}</main>
      ${footer(f)}
    </body>
  </html>`}`;
