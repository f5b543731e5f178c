import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { actorOf } from '../utils/actor';
import { bodyOf } from '../utils/request-body';
import { getService } from '../utils/services';

/** MC4: GET /surveys/:id/results; S1: POST /surveys/:id/campaigns { period, branch? }. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async results(ctx: Context) {
    actorOf(ctx);
    ctx.body = await getService(strapi, 'surveys').results(String(ctx.params.id), { ...ctx.query });
  },
  async campaign(ctx: Context) {
    const actor = actorOf(ctx);
    ctx.body = await getService(strapi, 'surveys').sendCampaign(actor, String(ctx.params.id), bodyOf(ctx));
  },
});
