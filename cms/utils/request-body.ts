import type { Context } from 'koa';

/** The parsed body Strapi's body middleware left on the request (JSON or the fields of a form). */
export const bodyOf = (ctx: Context): unknown => (ctx.request as { body?: unknown }).body;
