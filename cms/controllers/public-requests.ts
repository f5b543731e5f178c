import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { bodyOf } from '../utils/request-body';
import { limitPublic } from '../utils/public-limit';
import { waslError } from '../utils/errors';
import { getService } from '../utils/services';

/** YSR-E1: online service registration for other clients than the website (no sign-in; limited per IP). */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async register(ctx: Context) {
    limitPublic(strapi, ctx, 'registration');
    if (!ctx.is('application/json')) throw waslError('UNSUPPORTED_MEDIA_TYPE');
    ctx.set('Cache-Control', 'private, no-store');
    ctx.status = 201;
    ctx.body = await getService(strapi, 'public-registration').register(bodyOf(ctx));
  },
});
