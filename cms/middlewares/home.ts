/**
 * `/` answers the static page public/index.html instead of `strapi::public`'s redirect to the Strapi
 * admin panel (P1: the way in for staff is the console; the admin panel is for system administration
 * and is never advertised). The public website (issue 13) will take this route over.
 */
import path from 'path';
import type { Context, Next } from 'koa';
import send from 'koa-send';

// config runs from dist/config, so the app's public/ folder is three levels up from dist/cms/middlewares.
const PUBLIC_DIR = path.resolve(__dirname, '..', '..', '..', 'public');

export default () => async (ctx: Context, next: Next) => {
  if (ctx.path !== '/' || !['GET', 'HEAD'].includes(ctx.method)) return next();
  await send(ctx, 'index.html', { root: PUBLIC_DIR, setHeaders: (res) => res.setHeader('Cache-Control', 'no-cache') });
};
