/**
 * The public site's route table (PD4, MC11): each page module lists its routes; one pattern serves both
 * languages (`/policies/:key` and `/en/policies/:key`). A handler returns a page (framed by layout.ts), a
 * redirect, or a non-HTML document (sitemap.xml); the middleware sets the type and the cache policy.
 */
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type { Html } from './html';
import type { Lang } from './i18n';
import type { NavKey } from './layout';
import type { SiteIdentity } from './identity';

export type SiteRequest = {
  strapi: Core.Strapi;
  ctx: Context;
  lang: Lang;
  /** The path without its language prefix. */
  path: string;
  params: Record<string, string>;
  identity: SiteIdentity;
};

/**
 * `public`: the same for every visitor, cached by browsers and CDNs for a minute (a published policy shows
 * within a minute of publishing). `private`: one visitor's answer (a tracking result, a form's outcome).
 */
export type CachePolicy = 'public' | 'private';

export type SitePage = {
  kind: 'page';
  status?: number;
  cache: CachePolicy;
  title: string;
  description: string;
  nav?: NavKey;
  noindex?: boolean;
  body: Html;
};
export type SiteRedirect = { kind: 'redirect'; location: string; status?: 302 | 303 };
export type SiteDocument = { kind: 'document'; type: string; body: string; cache: CachePolicy };
export type SiteResponse = SitePage | SiteRedirect | SiteDocument;

export type SiteRoute = {
  method: 'GET' | 'POST';
  /** Segments, `:name` for a parameter: `/policies/:key/:version`. */
  pattern: string;
  handle: (req: SiteRequest) => Promise<SiteResponse>;
};

const segments = (path: string): string[] => path.split('/').filter(Boolean);

/** The route a method and language-free path match, with its decoded parameters; null when none does. */
export const matchRoute = (
  routes: readonly SiteRoute[],
  method: string,
  path: string,
): { route: SiteRoute; params: Record<string, string> } | null => {
  const parts = segments(path);
  for (const route of routes) {
    if (route.method !== method) continue;
    const pattern = segments(route.pattern);
    if (pattern.length !== parts.length) continue;
    const params: Record<string, string> = {};
    const matches = pattern.every((p, i) => {
      if (!p.startsWith(':')) return p === parts[i];
      try {
        params[p.slice(1)] = decodeURIComponent(parts[i]);
        return true;
      } catch {
        return false;
      }
    });
    if (matches) return { route, params };
  }
  return null;
};
