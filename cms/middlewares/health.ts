import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';

/**
 * GET /_health answers 200 with the database reachable, 503 otherwise, so a load balancer can
 * take an instance out of rotation (DESIGN.md "Beyond one machine"). Strapi's own route answers 204.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: Context, next: Next) => {
    if (ctx.path !== '/_health' || !['GET', 'HEAD'].includes(ctx.method)) return next();
    try {
      await strapi.db.connection.raw('select 1');
      ctx.status = 200;
      ctx.body = { status: 'ok', database: strapi.db.dialect.client };
    } catch {
      ctx.status = 503;
      ctx.body = { status: 'unavailable' };
    }
  };
