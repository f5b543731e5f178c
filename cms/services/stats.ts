/**
 * The statistics API (issue 12): one method per figure, each answering exactly what its route returns
 * (the contract shared with the dashboard, the monthly report and the bench). Every figure is counted in
 * SQL in Asia/Riyadh (UTC+3, no DST), from the daily roll-ups of cms/services/stats-rollup.ts (folded
 * first, so a write is in the next answer) and bucketed by day, week (from Sunday) or month in SQL.
 *
 * Figures of "now" (open, due soon, overdue requests; open escalations) cannot be daily roll-ups: they are
 * index-backed queries on status and due_at / escalation_level.
 *
 * MC1 visitors, MC3 and S5 complaints, ESR-H7 request deadlines, S1 and MC4 satisfaction, MC10 escalations.
 * ALL-SAT: no figure is ever given per named staff member.
 */
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { computeDueAt } from '../domain/sla-calendar';
import { CLOCK_RUNNING } from '../domain/request-journey';
import { addDays, ROLLUP, instantInDays, rollups } from './stats-rollup';
import { riyadhToday, type StatsBucket, type StatsQuery } from '../validation/stats-query';
import { getService } from '../utils/services';

export type { StatsQuery } from '../validation/stats-query';

type Keyed = { key: string | null; count: number };
export type Sla = {
  onTime: number;
  late: number;
  open: number;
  dueSoon: number;
  overdue: number;
  compliance: number | null;
};

/** Awaiting a decision: received and not decided or withdrawn yet. */
const UNDECIDED = ['received', 'incomplete', 'complete', 'in_research', 'in_committee'];
/** ESR-H7: an open deadline this close (in working days) counts as due soon. */
const DUE_SOON_WORKING_DAYS = 3;
const ESCALATION_DONE = ['resolved', 'closed'];
const ESCALATION_ITEMS = 10;

const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));
const round = (v: number, digits: number): number => {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
};
const percent = (part: number, whole: number): number | null => (whole > 0 ? round((100 * part) / whole, 1) : null);

/** The key of the bucket a day falls in: the day, its week's Sunday, or its month's first day. */
export const bucketOf = (day: string, bucket: StatsBucket): string => {
  if (bucket === 'month') return `${day.slice(0, 7)}-01`;
  if (bucket === 'week') return addDays(day, -new Date(`${day}T00:00:00Z`).getUTCDay());
  return day;
};

/** Every bucket key of the range in order, so a series has no gaps (an empty bucket is 0). */
export const bucketsOf = (from: string, to: string, bucket: StatsBucket): string[] => {
  const keys: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) {
    const key = bucketOf(day, bucket);
    if (keys[keys.length - 1] !== key) keys.push(key);
  }
  return keys;
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = (): Knex => strapi.db.connection;
  const isPostgres = () => strapi.db.dialect.client === 'postgres';
  const roll = rollups(strapi);

  /** The SQL bucket of a roll-up's `day` column. */
  const bucketSql = (bucket: StatsBucket): string => {
    if (bucket === 'month') return `substr(day, 1, 7) || '-01'`;
    if (bucket === 'week')
      return isPostgres()
        ? `to_char(day::date - extract(dow from day::date)::int, 'YYYY-MM-DD')`
        : `date(day, '-' || strftime('%w', day) || ' days')`;
    return 'day';
  };

  /** A roll-up's rows of the range (and branch). */
  const scoped = (table: string, q: StatsQuery) => {
    const query = knex()(table).whereBetween('day', [q.from, q.to]);
    return q.branchId ? query.where('branch_id', q.branchId) : query;
  };

  const series = async <T extends Record<string, number>>(
    table: string,
    q: StatsQuery,
    sums: Record<keyof T, string>,
  ): Promise<({ bucket: string } & T)[]> => {
    const rows = (await scoped(table, q)
      .select(knex().raw(`${bucketSql(q.bucket)} as bucket`))
      .select(Object.entries(sums).map(([name, expr]) => knex().raw(`sum(${expr}) as ??`, [name])))
      .groupByRaw('1')) as ({ bucket: string } & Record<string, unknown>)[];
    const byBucket = new Map(rows.map((r) => [r.bucket, r]));
    return bucketsOf(q.from, q.to, q.bucket).map((bucket) => {
      const row = byBucket.get(bucket);
      const values = Object.fromEntries(Object.keys(sums).map((name) => [name, num(row?.[name])]));
      return { bucket, ...values } as { bucket: string } & T;
    });
  };

  const countBy = async (table: string, q: StatsQuery, column: string, measure = 'n'): Promise<Keyed[]> => {
    const rows = (await scoped(table, q)
      .select(`${column} as key`)
      .sum({ count: measure })
      .groupBy(column)
      .orderBy(column)) as { key: string | null; count: unknown }[];
    return rows.filter((r) => num(r.count) > 0).map((r) => ({ key: r.key, count: num(r.count) }));
  };

  const branches = async (q: StatsQuery) => {
    const query = knex()('wasl_branches').select('id', 'name_ar').orderBy('id');
    return (await (q.branchId ? query.where('id', q.branchId) : query)) as { id: number; name_ar: string }[];
  };

  const services = async () =>
    (await knex()('wasl_services').select('id', 'name_ar').orderBy('id')) as { id: number; name_ar: string }[];

  const sumByBranch = async (table: string, from: string, to: string, q: StatsQuery) => {
    const query = knex()(table).whereBetween('day', [from, to]).whereNotNull('branch_id');
    const rows = (await (q.branchId ? query.where('branch_id', q.branchId) : query)
      .select('branch_id')
      .sum({ n: 'n' })
      .groupBy('branch_id')) as { branch_id: number; n: unknown }[];
    return new Map(rows.map((r) => [Number(r.branch_id), num(r.n)]));
  };

  /** Rows of a table whose datetime column falls on a Riyadh day of the range. */
  const inDays = (query: Knex.QueryBuilder, column: string, q: StatsQuery) => {
    const [sql, bindings] = instantInDays(isPostgres() ? 'postgres' : 'sqlite', column, q.from, q.to);
    return query.whereRaw(sql, bindings as Knex.RawBinding[]);
  };

  /** Epoch milliseconds of a datetime column however it is stored (SQLite: integer or text). */
  const epochMs = (column: string): string =>
    isPostgres()
      ? `(extract(epoch from ${column}) * 1000)`
      : `(case when typeof(${column}) in ('integer', 'real') then ${column} else (julianday(${column}) - 2440587.5) * 86400000.0 end)`;

  /** Open, due-soon and overdue requests NOW among those received in the range, per service. */
  const openRequests = async (q: StatsQuery) => {
    const now = new Date();
    const calendar = await getService(strapi, 'calendar').load();
    const soon = computeDueAt(now, DUE_SOON_WORKING_DAYS, 'working_days', calendar);
    const running = CLOCK_RUNNING.map(() => '?').join(', ');
    let query = knex()('wasl_service_requests as r')
      .leftJoin('wasl_service_requests_service_lnk as sl', 'sl.service_request_id', 'r.id')
      .whereIn('r.status', UNDECIDED);
    query = inDays(query, 'r.received_at', q);
    if (q.branchId)
      query = query
        .join('wasl_service_requests_branch_lnk as bl', 'bl.service_request_id', 'r.id')
        .where('bl.branch_id', q.branchId);
    const due = epochMs('r.due_at');
    const rows = (await query
      .select('sl.service_id as service_id')
      .count({ open: '*' })
      .select(
        knex().raw(`sum(case when r.status in (${running}) and ${due} < ? then 1 else 0 end) as overdue`, [
          ...CLOCK_RUNNING,
          now.getTime(),
        ]),
        knex().raw(
          `sum(case when r.status in (${running}) and ${due} >= ? and ${due} <= ? then 1 else 0 end) as due_soon`,
          [...CLOCK_RUNNING, now.getTime(), soon.getTime()],
        ),
      )
      .groupBy('sl.service_id')) as { service_id: number | null; open: unknown; overdue: unknown; due_soon: unknown }[];
    return rows.map((r) => ({
      serviceId: r.service_id === null ? null : Number(r.service_id),
      open: num(r.open),
      overdue: num(r.overdue),
      dueSoon: num(r.due_soon),
    }));
  };

  const slaOf = (onTime: number, late: number, open: { open: number; dueSoon: number; overdue: number }): Sla => ({
    onTime,
    late,
    open: open.open,
    dueSoon: open.dueSoon,
    overdue: open.overdue,
    compliance: percent(onTime, onTime + late),
  });

  /**
   * The one-time survey links sent in the range and how many were answered (the response rate's terms, as the
   * survey results count it: interviews have no link, so they are not in the rate). Null with a branch filter:
   * a link belongs to a beneficiary, not to a branch.
   */
  const invitationsSent = async (q: StatsQuery): Promise<{ sent: number; answered: number } | null> => {
    if (q.branchId) return null;
    const [row] = (await inDays(knex()('wasl_survey_invitations'), 'sent_at', q).select(
      knex().raw('count(*) as n, count(used_at) as answered'),
    )) as { n: unknown; answered: unknown }[];
    return { sent: num(row?.n), answered: num(row?.answered) };
  };

  const satisfactionSums = {
    responses: 'n',
    scoreSum: 'coalesce(score, 0) * n',
    rated: 'case when score is null then 0 else n end',
    satisfied: 'case when score >= 4 then n else 0 end',
  };
  type SatSums = { responses: number; scoreSum: number; rated: number; satisfied: number };
  const satisfactionOf = (s: SatSums) => ({
    responses: s.responses,
    averageScore: s.rated > 0 ? round(s.scoreSum / s.rated, 2) : null,
    csat: percent(s.satisfied, s.responses),
  });
  const satisfactionBy = async (q: StatsQuery, column: string) => {
    const rows = (await scoped(ROLLUP.surveys, q)
      .whereNotNull(column)
      .select(`${column} as key`)
      .select(Object.entries(satisfactionSums).map(([name, expr]) => knex().raw(`sum(${expr}) as ??`, [name])))
      .groupBy(column)) as ({ key: number } & Record<keyof SatSums, unknown>)[];
    return new Map(
      rows.map((r) => [
        Number(r.key),
        satisfactionOf({
          responses: num(r.responses),
          scoreSum: num(r.scoreSum),
          rated: num(r.rated),
          satisfied: num(r.satisfied),
        }),
      ]),
    );
  };

  return {
    /** Creates the roll-up tables and triggers, and backfills when needed (bootstrap). */
    install: () => roll.install(),
    /** Recomputes every roll-up from the raw rows (`npm run stats:rebuild`). */
    rebuild: () => roll.rebuild(),
    /** Folds the days written since the last answer into the roll-ups. */
    fold: () => roll.fold(),

    /** MC1: visitors per bucket, purpose and branch (today and the 90-day daily mean). */
    async visitors(q: StatsQuery) {
      await roll.fold();
      const today = riyadhToday();
      const [points, byPurpose, list, inRange, todays, last90] = await Promise.all([
        series<{ count: number }>(ROLLUP.visits, q, { count: 'n' }),
        countBy(ROLLUP.visits, q, 'purpose'),
        branches(q),
        sumByBranch(ROLLUP.visits, q.from, q.to, q),
        sumByBranch(ROLLUP.visits, today, today, q),
        sumByBranch(ROLLUP.visits, addDays(today, -90), addDays(today, -1), q),
      ]);
      return {
        from: q.from,
        to: q.to,
        bucket: q.bucket,
        total: points.reduce((sum, p) => sum + p.count, 0),
        series: points,
        byPurpose,
        byBranch: list.map((b) => ({
          branchId: b.id,
          branchName: b.name_ar,
          count: inRange.get(b.id) ?? 0,
          today: todays.get(b.id) ?? 0,
          average90: round((last90.get(b.id) ?? 0) / 90, 1),
        })),
      };
    },

    /** MC3, S5: complaints, inquiries and suggestions received, by kind, status, channel and category. */
    async complaints(q: StatsQuery) {
      await roll.fold();
      const [points, byKind, byStatus, byChannel, byCategory] = await Promise.all([
        series<{ count: number }>(ROLLUP.complaints, q, { count: 'n' }),
        countBy(ROLLUP.complaints, q, 'kind'),
        countBy(ROLLUP.complaints, q, 'status'),
        countBy(ROLLUP.complaints, q, 'channel'),
        countBy(ROLLUP.complaints, q, 'category'),
      ]);
      return {
        from: q.from,
        to: q.to,
        bucket: q.bucket,
        total: points.reduce((sum, p) => sum + p.count, 0),
        byKind,
        byStatus,
        byChannel,
        byCategory,
        series: points,
      };
    },

    /** ESR-H7: requests decided on time or late, and those open now that are due soon or overdue. */
    async requestsSla(q: StatsQuery) {
      await roll.fold();
      const [points, decided, open, list] = await Promise.all([
        series<{ onTime: number; late: number }>(ROLLUP.requests, q, { onTime: 'on_time', late: 'late' }),
        scoped(ROLLUP.requests, q)
          .select('service_id')
          .sum({ on_time: 'on_time', late: 'late' })
          .groupBy('service_id') as Promise<{ service_id: number | null; on_time: unknown; late: unknown }[]>,
        openRequests(q),
        services(),
      ]);
      const none = { open: 0, dueSoon: 0, overdue: 0 };
      const total = (key: 'open' | 'dueSoon' | 'overdue') => open.reduce((sum, r) => sum + r[key], 0);
      const onTime = points.reduce((sum, p) => sum + p.onTime, 0);
      const late = points.reduce((sum, p) => sum + p.late, 0);
      return {
        from: q.from,
        to: q.to,
        bucket: q.bucket,
        totals: slaOf(onTime, late, { open: total('open'), dueSoon: total('dueSoon'), overdue: total('overdue') }),
        byService: list.map((s) => {
          const d = decided.find((r) => r.service_id !== null && Number(r.service_id) === s.id);
          return {
            serviceId: s.id,
            serviceName: s.name_ar,
            ...slaOf(num(d?.on_time), num(d?.late), open.find((r) => r.serviceId === s.id) ?? none),
          };
        }),
        series: points,
      };
    },

    /** S1, MC4: satisfaction survey responses, mean score, CSAT and response rate; never per staff member. */
    async satisfaction(q: StatsQuery) {
      await roll.fold();
      const [points, byServiceMap, byBranchMap, serviceList, branchList, invitations] = await Promise.all([
        series<SatSums>(ROLLUP.surveys, q, satisfactionSums),
        satisfactionBy(q, 'service_id'),
        satisfactionBy(q, 'branch_id'),
        services(),
        branches(q),
        invitationsSent(q),
      ]);
      const sum = (key: keyof SatSums) => points.reduce((s, p) => s + p[key], 0);
      const totals = satisfactionOf({
        responses: sum('responses'),
        scoreSum: sum('scoreSum'),
        rated: sum('rated'),
        satisfied: sum('satisfied'),
      });
      const empty = { responses: 0, averageScore: null, csat: null };
      return {
        from: q.from,
        to: q.to,
        bucket: q.bucket,
        ...totals,
        responseRate: invitations === null ? null : percent(invitations.answered, invitations.sent),
        series: points.map((p) => ({ bucket: p.bucket, ...satisfactionOf(p) })),
        byService: serviceList.map((s) => ({
          serviceId: s.id,
          serviceName: s.name_ar,
          ...(byServiceMap.get(s.id) ?? empty),
        })),
        byBranch: branchList.map((b) => ({
          branchId: b.id,
          branchName: b.name_ar,
          ...(byBranchMap.get(b.id) ?? empty),
        })),
      };
    },

    /** MC10, CM5: complaints escalated and not resolved or closed, NOW; the ten escalated longest ago. */
    async escalations(q: StatsQuery) {
      const base = () => {
        const query = knex()('wasl_complaints as c')
          .where('c.escalation_level', '>', 0)
          .whereNotIn('c.status', ESCALATION_DONE);
        return q.branchId
          ? query.join('wasl_complaints_branch_lnk as bl', 'bl.complaint_id', 'c.id').where('bl.branch_id', q.branchId)
          : query;
      };
      const [levels, items] = await Promise.all([
        base()
          .select('c.escalation_level as level')
          .count({ count: '*' })
          .groupBy('c.escalation_level')
          .orderBy('c.escalation_level') as unknown as Promise<{ level: unknown; count: unknown }[]>,
        base()
          .select(
            'c.id',
            'c.document_id',
            'c.tracking_number',
            'c.category',
            'c.escalation_level',
            'c.escalated_at',
            'c.due_at',
          )
          .orderByRaw(`case when c.escalated_at is null then 1 else 0 end`)
          .orderBy('c.escalated_at', 'asc')
          .orderBy('c.id', 'asc')
          .limit(ESCALATION_ITEMS) as Promise<Record<string, unknown>[]>,
      ]);
      const iso = (v: unknown): string | null =>
        v === null || v === undefined
          ? null
          : new Date(v instanceof Date || typeof v === 'number' ? v : String(v)).toISOString();
      const byLevel = levels.map((r) => ({ level: num(r.level), count: num(r.count) }));
      return {
        open: byLevel.reduce((sum, r) => sum + r.count, 0),
        byLevel,
        items: items.map((r) => ({
          id: Number(r.id),
          documentId: String(r.document_id),
          trackingNumber: String(r.tracking_number),
          category: (r.category as string | null) ?? null,
          escalationLevel: num(r.escalation_level),
          escalatedAt: iso(r.escalated_at),
          dueAt: iso(r.due_at),
        })),
      };
    },
  };
};
