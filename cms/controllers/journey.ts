import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { actorOf } from '../utils/actor';
import { waslError } from '../utils/errors';
import { parseTransitionBody, parseVoteBody } from '../validation/journey-body';
import { bodyOf } from '../utils/request-body';
import { getService } from '../utils/services';

/** Workflow actions on a service request (named routes, not overloaded updates). */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async explain(ctx: Context) {
    ctx.body = await getService(strapi, 'request-journey').explain(ctx.params.id, actorOf(ctx));
  },

  async transition(ctx: Context) {
    const actor = actorOf(ctx);
    const parsed = parseTransitionBody(bodyOf(ctx));
    if (!parsed.ok) throw waslError('VALIDATION_FAILED', parsed.errors);
    ctx.body = await getService(strapi, 'request-journey').transition(ctx.params.id, parsed.value, actor);
  },

  async vote(ctx: Context) {
    const actor = actorOf(ctx);
    const parsed = parseVoteBody(bodyOf(ctx));
    if (!parsed.ok) throw waslError('VALIDATION_FAILED', parsed.errors);
    ctx.status = 201;
    ctx.body = await getService(strapi, 'committee').vote(ctx.params.id, parsed.value, actor);
  },
});
