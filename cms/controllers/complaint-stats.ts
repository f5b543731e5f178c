import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { z } from 'zod';
import { actorOf } from '../utils/actor';
import { waslError } from '../utils/errors';
import { parseWith } from '../validation/zod-errors';
import { getService } from '../utils/services';

const DAY = 86_400_000;
const querySchema = z.strictObject({
  from: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  to: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
});

/** MC3: GET /api/wasl/complaint-stats?from=…&to=… (default: the last 30 days); manager and admin. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async summary(ctx: Context) {
    actorOf(ctx);
    const parsed = parseWith(querySchema, { ...ctx.query });
    if (!parsed.ok) throw waslError('VALIDATION_FAILED', parsed.errors);
    const to = parsed.value.to ? new Date(parsed.value.to) : new Date();
    const from = parsed.value.from ? new Date(parsed.value.from) : new Date(to.getTime() - 30 * DAY);
    if (!(from < to)) throw waslError('VALIDATION_FAILED', [{ field: 'from', code: 'STATS_RANGE_INVALID' }]);
    ctx.body = await getService(strapi, 'complaint-stats').summary({ from, to });
  },
});
