import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { actorOf } from '../utils/actor';
import { waslError } from '../utils/errors';
import { parseEmptyBody, parseMinutesBody } from '../validation/journey-body';
import { bodyOf } from '../utils/request-body';
import { getService } from '../utils/services';

const minutes = (strapi: Core.Strapi) => getService(strapi, 'committee-minutes');

/** H6: a meeting's minutes, written and approved by its members (named routes, not record updates). */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async show(ctx: Context) {
    actorOf(ctx);
    ctx.body = await minutes(strapi).state(ctx.params.id);
  },

  async write(ctx: Context) {
    const parsed = parseMinutesBody(bodyOf(ctx));
    if (!parsed.ok) throw waslError('VALIDATION_FAILED', parsed.errors);
    ctx.body = await minutes(strapi).write(ctx.params.id, parsed.value.minutesAr, actorOf(ctx));
  },

  async approve(ctx: Context) {
    const parsed = parseEmptyBody(bodyOf(ctx));
    if (!parsed.ok) throw waslError('VALIDATION_FAILED', parsed.errors);
    ctx.body = await minutes(strapi).approve(ctx.params.id, actorOf(ctx));
  },
});
