import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { idempotencyKeyOf, publicBodyOf, publicFilesOf, removeTemporaryUploads } from '../validation/public-request';
import { limitPublic } from '../utils/public-limit';
import { getService } from '../utils/services';

/** The public website's complaint endpoints (no sign-in; limited per IP). The rules live in services. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async submit(ctx: Context) {
    try {
      limitPublic(strapi, ctx, 'intake');
      const key = idempotencyKeyOf(ctx);
      const body = publicBodyOf(ctx);
      const answer = await getService(strapi, 'public-complaints').submit(body, () => publicFilesOf(ctx), key);
      ctx.status = answer.created ? 201 : 200;
      ctx.body = answer.view;
    } finally {
      await removeTemporaryUploads(ctx);
    }
  },

  async track(ctx: Context) {
    limitPublic(strapi, ctx, 'track');
    ctx.body = await getService(strapi, 'complaint-tracking').track(String(ctx.params.trackingNumber ?? ''), {
      token: ctx.get('X-Tracking-Token') || null,
      phoneLast4: ctx.get('X-Phone-Last4') || null,
    });
  },
});
