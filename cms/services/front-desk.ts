/**
 * MC1: the visitor log as the front desk keeps it — one tap per walk-in (a visit row of one visitor,
 * today, at the officer's branch, through the generic adapter so it is validated, written in a
 * transaction and audited), an undo of the officer's own last tap, today's counters per purpose, and
 * the daily totals per branch and day for a date range (from the visits' daily roll-up, with a totals row).
 */
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { riyadhDateKey } from '../domain/hijri';
import { waslError } from '../utils/errors';
import { getService } from '../utils/services';
import { ROLLUP, rollups } from './stats-rollup';
import type { StaffActor } from './records';

type Count = { key: string; count: number };
export type DailyRow = { visitDate: string; branchId: string; branchName: string; total: number; byPurpose: Count[] };

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = (): Knex => strapi.db.connection;
  const branchIdOf = async (documentId: string): Promise<number> => {
    const branch = (await strapi.db
      .query('plugin::wasl.branch')
      .findOne({ select: ['id'], where: { documentId } })) as { id: number } | null;
    if (!branch) throw waslError('VALIDATION_FAILED', [{ field: 'branch', code: 'FIELD_INVALID_REFERENCE' }]);
    return branch.id;
  };
  const visits = () =>
    knex()('wasl_visits as v')
      .join('wasl_visits_branch_lnk as l', 'l.visit_id', 'v.id')
      .join('wasl_branches as b', 'b.id', 'l.branch_id');

  return {
    /** One walk-in, now: a visit row of count 1 dated today (Riyadh). */
    record(body: { branch: string; purpose: string; outcome?: string }, actor: StaffActor) {
      return getService(strapi, 'records').create(
        'visits',
        { ...body, visitDate: riyadhDateKey(new Date()), count: 1, channel: 'walk_in' },
        actor,
      );
    },

    /** Takes back one visitor of the officer's own last entry today at the branch (for that purpose). */
    async undo(body: { branch: string; purpose?: string }, actor: StaffActor) {
      const branchId = await branchIdOf(body.branch);
      return strapi.db.transaction(async ({ trx }) => {
        const last = (await trx('wasl_visits as v')
          .join('wasl_visits_branch_lnk as l', 'l.visit_id', 'v.id')
          .join('wasl_visits_recorded_by_lnk as r', 'r.visit_id', 'v.id')
          .where('l.branch_id', branchId)
          .andWhere('r.user_id', actor.id)
          .andWhere('v.visit_date', riyadhDateKey(new Date()))
          .modify((q: Knex.QueryBuilder) => (body.purpose ? q.andWhere('v.purpose', body.purpose) : q))
          .orderBy('v.id', 'desc')
          .first('v.id', 'v.document_id', 'v.count', 'v.purpose')) as
          { id: number; document_id: string; count: number; purpose: string } | undefined;
        if (!last) throw waslError('VISIT_NOTHING_TO_UNDO', [{ field: 'branch', code: 'VISIT_NOTHING_TO_UNDO' }]);
        const remaining = Number(last.count) - 1;
        if (remaining > 0)
          await strapi.db.query('plugin::wasl.visit').update({ where: { id: last.id }, data: { count: remaining } });
        else await strapi.db.query('plugin::wasl.visit').delete({ where: { id: last.id } });
        await getService(strapi, 'audit').record({
          actor,
          action: remaining > 0 ? 'update' : 'delete',
          resource: 'visits',
          recordId: last.document_id,
          summary: { undo: true, fields: ['count'], remaining },
        });
        return { id: last.document_id, purpose: last.purpose, remaining };
      });
    },

    /** Today's visitors at one branch, per purpose (the counters on the front-desk screen). */
    async today(branch: string) {
      const branchId = await branchIdOf(branch);
      const date = riyadhDateKey(new Date());
      const rows = (await visits()
        .where('l.branch_id', branchId)
        .andWhere('v.visit_date', date)
        .select('v.purpose as key')
        .sum({ count: 'v.count' })
        .groupBy('v.purpose')
        .orderBy('v.purpose')) as { key: string; count: string | number }[];
      const byPurpose = rows.map((r) => ({ key: r.key, count: Number(r.count) }));
      return { date, branch, total: byPurpose.reduce((sum, r) => sum + r.count, 0), byPurpose };
    },

    /**
     * Visitors per branch and day between two Riyadh days (inclusive), with the totals row: read from the
     * visits' daily roll-up (day × branch × purpose, cms/services/stats-rollup.ts), folded first, not by
     * summing the raw visit rows of the range.
     */
    async daily(q: { from: string; to: string; branch?: string }) {
      const branchId = q.branch ? await branchIdOf(q.branch) : undefined;
      await rollups(strapi).fold();
      const rows = (await knex()(`${ROLLUP.visits} as v`)
        .join('wasl_branches as b', 'b.id', 'v.branch_id')
        .whereBetween('v.day', [q.from, q.to])
        .modify((b) => (branchId ? b.andWhere('v.branch_id', branchId) : b))
        .select('v.day as day', 'b.document_id as branch_id', 'b.name_ar as branch_name', 'v.purpose as purpose')
        .sum({ count: 'v.n' })
        .groupBy('v.day', 'b.document_id', 'b.name_ar', 'v.purpose')
        .havingRaw('sum(v.n) > 0')
        .orderByRaw('v.day desc, b.name_ar, v.purpose')) as {
        day: string;
        branch_id: string;
        branch_name: string;
        purpose: string;
        count: string | number;
      }[];
      const days = new Map<string, DailyRow>();
      const totals = new Map<string, number>();
      for (const r of rows) {
        const key = `${r.day}|${r.branch_id}`;
        const row = days.get(key) ?? {
          visitDate: r.day,
          branchId: r.branch_id,
          branchName: r.branch_name,
          total: 0,
          byPurpose: [],
        };
        const count = Number(r.count);
        row.total += count;
        row.byPurpose.push({ key: r.purpose, count });
        days.set(key, row);
        totals.set(r.purpose, (totals.get(r.purpose) ?? 0) + count);
      }
      const byPurpose = [...totals].map(([key, count]) => ({ key, count })).sort((a, b) => a.key.localeCompare(b.key));
      return {
        from: q.from,
        to: q.to,
        rows: [...days.values()],
        totals: { total: byPurpose.reduce((sum, r) => sum + r.count, 0), byPurpose },
      };
    },
  };
};
