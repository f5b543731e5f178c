import path from 'path';
import fs from 'fs';
import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import send from 'koa-send';

const PREFIX = '/console';
// Built by Vite from admin/ (scripts/lib/setup.ts buildConsole); config runs from dist/config.
export const CONSOLE_DIR = path.resolve(__dirname, '..', '..', '..', 'public', 'console');

const isBuiltFile = (relative: string): boolean => {
  const normalised = path.normalize(relative);
  if (!relative || normalised.startsWith('..') || path.isAbsolute(normalised)) return false;
  return fs.statSync(path.join(CONSOLE_DIR, normalised), { throwIfNoEntry: false })?.isFile() ?? false;
};

/**
 * Serves the staff console at /console: built assets as files (hashed names, cached for a year), and
 * every other path under /console as index.html so react-admin's router can answer deep links.
 * /admin and /api never reach here.
 */
export default (_config: unknown, _ctx: { strapi: Core.Strapi }) => async (ctx: Context, next: Next) => {
  if (!['GET', 'HEAD'].includes(ctx.method)) return next();
  if (ctx.path !== PREFIX && !ctx.path.startsWith(`${PREFIX}/`)) return next();
  if (ctx.path === PREFIX) return ctx.redirect(`${PREFIX}/`);
  const relative = ctx.path.slice(PREFIX.length + 1);
  const isAsset = relative.startsWith('assets/');
  const file = isBuiltFile(relative) ? relative : null;
  if (!file && isAsset) return next();
  if (!fs.existsSync(path.join(CONSOLE_DIR, 'index.html'))) return next();
  await send(ctx, file ?? 'index.html', {
    root: CONSOLE_DIR,
    maxage: isAsset ? 31_536_000_000 : 0,
    immutable: isAsset,
    setHeaders: (res) => {
      if (!isAsset) res.setHeader('Cache-Control', 'no-cache');
    },
  });
};
