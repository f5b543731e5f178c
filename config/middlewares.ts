import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { parseCorsOrigins, wantsHsts } from '../cms/utils/http-policy';

const config = ({ env }: Core.Config.Shared.ConfigParams) => {
  const origins = parseCorsOrigins(env('CORS_ORIGINS', ''));
  const hsts = wantsHsts(env('PUBLIC_URL', ''), env.bool('WASL_HSTS', false));
  return [
    'plugin::wasl.health',
    // P1: instead of strapi::logger, which logs query strings (national IDs, phones).
    'plugin::wasl.request-logger',
    'plugin::wasl.bilingual-errors',
    'strapi::errors',
    { name: 'strapi::security', config: { hsts: hsts ? { maxAge: 31_536_000, includeSubDomains: true } : false } },
    // P1: CORS only for the configured origins, credentials only with them (strapi::cors defaults to any origin).
    {
      name: 'strapi::cors',
      config: { origin: origins, credentials: (ctx: Context) => origins.includes(ctx.get('Origin')) },
    },
    // koa-compress: brotli (quality 4) or gzip for compressible types over 1 KB — the site's pages, the
    // console's JS and CSS, the admin panel, the API's JSON; images and PDFs are left as they are.
    'strapi::compression',
    // No strapi::poweredBy: the X-Powered-By header only tells an attacker what to look up.
    'strapi::query',
    'plugin::wasl.admin-registration',
    'plugin::wasl.public-intake-size',
    'plugin::wasl.body-errors',
    'strapi::body',
    'plugin::wasl.body-depth',
    'strapi::session',
    // The icon lives under public/: the repository's top level holds no app files (README "Layout").
    { name: 'strapi::favicon', config: { path: 'public/favicon.png' } },
    'plugin::wasl.site',
    'plugin::wasl.console',
    'strapi::public',
  ];
};

export default config;
