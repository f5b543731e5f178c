import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { bodyOf } from '../utils/request-body';
import { getService } from '../utils/services';

/** S1, YSR-E1: read and answer a questionnaire through its one-time link (no sign-in; limited per IP). */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const limit = (ctx: Context) => {
    try {
      getService(strapi, 'rate-limit').hit('survey', ctx.request.ip);
    } catch (error) {
      ctx.set('Retry-After', String((error as { details?: { retryAfter?: number } }).details?.retryAfter ?? 60));
      throw error;
    }
  };
  return {
    async show(ctx: Context) {
      limit(ctx);
      ctx.set('Cache-Control', 'private, no-store');
      ctx.body = await getService(strapi, 'surveys').publicView(String(ctx.params.token ?? ''));
    },
    async answer(ctx: Context) {
      limit(ctx);
      ctx.set('Cache-Control', 'private, no-store');
      ctx.status = 201;
      ctx.body = await getService(strapi, 'surveys').answer(String(ctx.params.token ?? ''), bodyOf(ctx));
    },
  };
};
