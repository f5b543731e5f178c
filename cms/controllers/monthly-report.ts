import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { z } from 'zod';
import { riyadhDateKey } from '../domain/hijri';
import { parseMonth } from '../domain/monthly-report';
import { actorOf } from '../utils/actor';
import { workflowNow } from '../utils/clock';
import { waslError } from '../utils/errors';
import { getService } from '../utils/services';
import { parseWith } from '../validation/zod-errors';

const querySchema = z.strictObject({
  month: z.string(),
  format: z.enum(['pdf', 'csv']).default('pdf'),
  branch: z.coerce.number().int().positive().optional(),
});

/**
 * MC4: GET /api/wasl/reports/monthly?month=YYYY-MM&format=pdf|csv[&branch=id] — the monthly report on demand,
 * for the manager and the association admin (cms/constants/access.ts). An audited read: the report names
 * contact officers (S6). A download, never a page: attachment disposition, nosniff, no cache.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async monthly(ctx: Context) {
    const actor = actorOf(ctx);
    const parsed = parseWith(querySchema, { ...ctx.query });
    if (!parsed.ok) throw waslError('VALIDATION_FAILED', parsed.errors);
    const { month, format, branch } = parsed.value;
    const range = parseMonth(month);
    if (!range) throw waslError('VALIDATION_FAILED', [{ field: 'month', code: 'REPORT_MONTH_INVALID' }]);
    if (month > riyadhDateKey(workflowNow()).slice(0, 7))
      throw waslError('VALIDATION_FAILED', [{ field: 'month', code: 'REPORT_MONTH_FUTURE' }]);
    if (branch && !(await strapi.db.query('plugin::wasl.branch').findOne({ where: { id: branch }, select: ['id'] })))
      throw waslError('VALIDATION_FAILED', [{ field: 'branch', code: 'FIELD_INVALID_TYPE' }]);
    const report = await getService(strapi, 'monthly-report').build(month, branch);
    if (format === 'pdf' && !report.pdf) throw waslError('REPORT_PDF_UNAVAILABLE');
    await getService(strapi, 'audit').record({
      actor,
      action: 'read_sensitive',
      resource: 'monthly-reports',
      recordId: month,
      summary: { format, branch: branch ?? null },
    });
    const name = `monthly-report-${month}${branch ? `-branch-${branch}` : ''}.${format}`;
    ctx.attachment(name);
    ctx.set('X-Content-Type-Options', 'nosniff');
    ctx.set('Cache-Control', 'private, no-store');
    ctx.set('Access-Control-Expose-Headers', 'Content-Disposition');
    if (format === 'pdf') {
      ctx.type = 'application/pdf';
      ctx.body = report.pdf;
    } else {
      ctx.type = 'text/csv; charset=utf-8';
      ctx.body = report.csv;
    }
  },
});
