/**
 * PD4, MC11: the association's public website at `/` (Arabic) and `/en/` (English), server-rendered by
 * Strapi from published content only. Paths the site has no route for go on to the console, the API,
 * the admin panel and `strapi::public` (uploads, favicon) untouched.
 */
import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { errorPage, errorStatus } from '../site/errors';
import { loadIdentity } from '../site/identity';
import { localPath, splitLang } from '../site/i18n';
import { renderPage } from '../site/layout';
import { matchRoute, type CachePolicy, type SiteResponse } from '../site/router';
import { SITE_ROUTES } from '../site/pages';

// A CDN may keep a public page a minute (and serve it a minute longer while it refetches): a published
// or withdrawn policy shows within a minute, as the issue asks.
const CACHE: Readonly<Record<CachePolicy, string>> = {
  public: 'public, max-age=60, s-maxage=60, stale-while-revalidate=60',
  private: 'private, no-store',
};

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: Context, next: Next) => {
    const method = ctx.method === 'HEAD' ? 'GET' : ctx.method;
    const { lang, path } = splitLang(ctx.path);
    const match = matchRoute(SITE_ROUTES, method, path);
    if (!match) return next();
    // P1: the request log names the route's pattern, as for the API: a survey link's token is in its path.
    (ctx as { _matchedRoute?: string })._matchedRoute = localPath(lang, match.route.pattern);
    const identity = await loadIdentity(strapi);
    let response: SiteResponse;
    try {
      response = await match.route.handle({ strapi, ctx, lang, path, params: match.params, identity });
    } catch (error) {
      if (errorStatus(error) >= 500) throw error;
      response = errorPage(lang, error as never);
    }
    ctx.set('Vary', 'Accept-Encoding');
    if (response.kind === 'redirect') {
      ctx.status = response.status ?? 303;
      ctx.set('Cache-Control', CACHE.private);
      return ctx.redirect(response.location);
    }
    ctx.set('Cache-Control', CACHE[response.cache]);
    if (response.kind === 'document') {
      ctx.type = response.type;
      ctx.body = response.body;
      return;
    }
    ctx.status = response.status ?? 200;
    ctx.type = 'text/html; charset=utf-8';
    ctx.body = renderPage({ ...response, lang, path, identity });
  };
