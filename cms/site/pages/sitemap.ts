/**
 * PD4: `sitemap.xml` lists every published page in both languages (each with its twin as an alternate),
 * with the policies' and guides' lastmod from their versionPublishedAt; it is built from the same reads
 * as the pages, so a draft or a withdrawn version can never appear. `robots.txt` keeps crawlers out of
 * the console, the admin panel and the API and points them at the sitemap. Both on the public address
 * (PUBLIC_URL) and only at the root, not under /en/.
 */
import { publicBaseUrl } from '../../utils/public-url';
import { loadPublicServices } from '../catalogue';
import { notFoundPage } from '../errors';
import { escapeHtml } from '../html';
import { localPath } from '../i18n';
import { loadPublishedEntries } from '../policy-catalogue';
import { documentPath, versionPath } from '../policy-view';
import type { SiteRoute } from '../router';

type Entry = { path: string; lastmod?: string };

// The site's fixed pages; the complaint and tracking forms are pages of their own, registration per
// service is reached from its service page.
const FIXED: readonly string[] = [
  '/',
  '/services',
  '/policies',
  '/guides',
  '/contact',
  '/channels',
  '/complaints/new',
  '/track',
];

const day = (value: string): string => new Date(value).toISOString();

const urlXml = (base: string, entry: Entry, lang: 'ar' | 'en'): string => {
  const loc = (l: 'ar' | 'en') => escapeHtml(`${base}${localPath(l, entry.path)}`);
  return [
    '<url>',
    `<loc>${loc(lang)}</loc>`,
    entry.lastmod ? `<lastmod>${day(entry.lastmod)}</lastmod>` : '',
    `<xhtml:link rel="alternate" hreflang="ar" href="${loc('ar')}"/>`,
    `<xhtml:link rel="alternate" hreflang="en" href="${loc('en')}"/>`,
    '</url>',
  ].join('');
};

const sitemapRoute: SiteRoute = {
  method: 'GET',
  pattern: '/sitemap.xml',
  handle: async ({ strapi, lang }) => {
    if (lang !== 'ar') return notFoundPage(lang);
    const [documents, services] = await Promise.all([loadPublishedEntries(strapi), loadPublicServices(strapi)]);
    const entries: Entry[] = [
      ...FIXED.map((path) => ({ path })),
      ...services.map((s) => ({ path: `/services/${encodeURIComponent(s.key)}`, lastmod: s.updatedAt })),
      ...documents.flatMap((d) => [
        { path: documentPath(d.current), lastmod: d.current.versionPublishedAt },
        ...d.versions.map((v) => ({ path: versionPath(v), lastmod: v.versionPublishedAt })),
      ]),
    ];
    const base = publicBaseUrl(strapi);
    const body = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
      ...entries.flatMap((e) => [urlXml(base, e, 'ar'), urlXml(base, e, 'en')]),
      '</urlset>',
      '',
    ].join('\n');
    return { kind: 'document', type: 'application/xml; charset=utf-8', cache: 'public', body };
  },
};

const robotsRoute: SiteRoute = {
  method: 'GET',
  pattern: '/robots.txt',
  handle: async ({ strapi, lang }) => {
    if (lang !== 'ar') return notFoundPage(lang);
    const body = [
      'User-agent: *',
      'Disallow: /console',
      'Disallow: /admin',
      'Disallow: /api',
      `Sitemap: ${publicBaseUrl(strapi)}/sitemap.xml`,
      '',
    ].join('\n');
    return { kind: 'document', type: 'text/plain; charset=utf-8', cache: 'public', body };
  },
};

export default [sitemapRoute, robotsRoute];
