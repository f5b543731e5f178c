import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { actorOf } from '../utils/actor';
import { waslError } from '../utils/errors';
import { parseStatsQuery } from '../validation/stats-query';
import { getService } from '../utils/services';

/** MC7–MC9, S2: GET /api/wasl/stats/inspection-findings (README "Statistics"); manager and association admin. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async inspectionFindings(ctx: Context) {
    actorOf(ctx);
    const parsed = parseStatsQuery({ ...ctx.query });
    if (!parsed.ok) throw waslError('VALIDATION_FAILED', parsed.errors);
    ctx.body = await getService(strapi, 'inspection-stats').inspectionFindings(parsed.value);
  },
});
