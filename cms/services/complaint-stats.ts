/**
 * MC3: statistics of the complaints, inquiries and suggestions received (by the centre and the
 * website) and the actions taken, for any date range, computed in SQL: counts GROUP BY kind, channel,
 * category and status, actions by kind, and the average and median time to resolve. The median is
 * percentile_cont on PostgreSQL; SQLite has no percentile function, so there it is the mean of the
 * middle one or two durations picked by ORDER BY … LIMIT/OFFSET (the portable median).
 */
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

export type StatsRange = { from: Date; to: Date };
type Count = { key: string; count: number };

const DIMENSIONS = ['kind', 'channel', 'category', 'status'] as const;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = (): Knex => strapi.db.connection;
  const isPostgres = () => strapi.db.dialect.client === 'postgres';

  /** Seconds since the epoch of a datetime column, whichever way the driver stored it. */
  const epoch = (column: string): string =>
    isPostgres()
      ? `extract(epoch from ${column})`
      : `(case when typeof(${column}) in ('integer', 'real') then ${column} / 1000.0 else (julianday(${column}) - 2440587.5) * 86400.0 end)`;

  const inRange = (q: Knex.QueryBuilder, range: StatsRange) =>
    q.where('received_at', '>=', range.from).andWhere('received_at', '<', range.to);

  const countBy = async (column: string, range: StatsRange): Promise<Count[]> => {
    const rows = (await inRange(knex()('wasl_complaints'), range)
      .select(`${column} as key`)
      .count({ count: '*' })
      .groupBy(column)
      .orderBy(column)) as { key: string; count: string | number }[];
    return rows.map((r) => ({ key: r.key, count: Number(r.count) }));
  };

  const actionsBy = async (range: StatsRange): Promise<Count[]> => {
    const rows = (await knex()('wasl_complaint_actions as a')
      .join('wasl_complaint_actions_complaint_lnk as l', 'l.complaint_action_id', 'a.id')
      .join('wasl_complaints as c', 'c.id', 'l.complaint_id')
      .where('c.received_at', '>=', range.from)
      .andWhere('c.received_at', '<', range.to)
      .select('a.kind as key')
      .count({ count: '*' })
      .groupBy('a.kind')
      .orderBy('a.kind')) as { key: string; count: string | number }[];
    return rows.map((r) => ({ key: r.key, count: Number(r.count) }));
  };

  const resolution = async (range: StatsRange) => {
    const hours = `(${epoch('resolved_at')} - ${epoch('received_at')}) / 3600.0`;
    const resolved = () => inRange(knex()('wasl_complaints'), range).whereNotNull('resolved_at');
    const [summary] = (await resolved().select(knex().raw(`count(*) as n, avg(${hours}) as average`))) as {
      n: string | number;
      average: string | number | null;
    }[];
    const n = Number(summary.n);
    let median: number | null = null;
    if (n > 0 && isPostgres()) {
      const [row] = (await resolved().select(
        knex().raw(`percentile_cont(0.5) within group (order by ${hours}) as median`),
      )) as { median: string | number }[];
      median = Number(row.median);
    } else if (n > 0) {
      const middle = (await resolved()
        .select(knex().raw(`${hours} as h`))
        .orderBy('h')
        .limit(2 - (n % 2))
        .offset(Math.floor((n - 1) / 2))) as { h: number }[];
      median = middle.reduce((sum, r) => sum + Number(r.h), 0) / middle.length;
    }
    const round = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);
    return {
      resolvedCount: n,
      averageHours: round(summary.average === null ? null : Number(summary.average)),
      medianHours: round(median),
    };
  };

  return {
    async summary(range: StatsRange) {
      const [byKind, byChannel, byCategory, byStatus] = await Promise.all(DIMENSIONS.map((d) => countBy(d, range)));
      return {
        from: range.from.toISOString(),
        to: range.to.toISOString(),
        total: byKind.reduce((sum, r) => sum + r.count, 0),
        byKind,
        byChannel,
        byCategory,
        byStatus,
        actionsByKind: await actionsBy(range),
        timeToResolve: await resolution(range),
      };
    },
  };
};
