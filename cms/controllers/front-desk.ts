import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { actorOf } from '../utils/actor';
import { bodyOf } from '../utils/request-body';
import { waslError } from '../utils/errors';
import { deskTodayQuery, deskUndoBody, deskVisitBody, parseDailyQuery } from '../validation/desk-body';
import { parseWith } from '../validation/zod-errors';
import { getService } from '../utils/services';

/** MC1: the front desk's one-tap visitor log, today's counters and the daily totals per branch and day. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const desk = () => getService(strapi, 'front-desk');
  return {
    async record(ctx: Context) {
      const actor = actorOf(ctx);
      const parsed = parseWith(deskVisitBody, bodyOf(ctx));
      if (!parsed.ok) throw waslError('VALIDATION_FAILED', parsed.errors);
      ctx.status = 201;
      ctx.body = await desk().record(parsed.value, actor);
    },
    async undo(ctx: Context) {
      const actor = actorOf(ctx);
      const parsed = parseWith(deskUndoBody, bodyOf(ctx));
      if (!parsed.ok) throw waslError('VALIDATION_FAILED', parsed.errors);
      ctx.body = await desk().undo(parsed.value, actor);
    },
    async today(ctx: Context) {
      actorOf(ctx);
      const parsed = parseWith(deskTodayQuery, { ...ctx.query });
      if (!parsed.ok) throw waslError('VALIDATION_FAILED', parsed.errors);
      ctx.body = await desk().today(parsed.value.branch);
    },
    async daily(ctx: Context) {
      actorOf(ctx);
      const parsed = parseDailyQuery({ ...ctx.query });
      if (!parsed.ok) throw waslError('VALIDATION_FAILED', parsed.errors);
      ctx.body = await desk().daily(parsed.value);
    },
  };
};
