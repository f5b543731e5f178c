import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { actorOf } from '../utils/actor';
import { waslError } from '../utils/errors';
import { parseStatsQuery } from '../validation/stats-query';
import { getService } from '../utils/services';

/**
 * GET /api/wasl/stats/… (issue 12): the figures of cms/services/stats.ts for management (the manager and
 * the association admin; the grants are cms/constants/access.ts STATS). The query is validated first.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const answer = (figure: 'visitors' | 'complaints' | 'requestsSla' | 'satisfaction' | 'escalations') =>
    async function (ctx: Context) {
      actorOf(ctx);
      const parsed = parseStatsQuery({ ...ctx.query });
      if (!parsed.ok) throw waslError('VALIDATION_FAILED', parsed.errors);
      ctx.body = await getService(strapi, 'stats')[figure](parsed.value);
    };
  return {
    visitors: answer('visitors'),
    complaints: answer('complaints'),
    requestsSla: answer('requestsSla'),
    satisfaction: answer('satisfaction'),
    escalations: answer('escalations'),
  };
};
