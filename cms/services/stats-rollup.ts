/**
 * MC1, MC3, MC4, S1, S5, ESR-H7: the daily roll-ups the statistics answer from (cms/services/stats.ts).
 *
 * Rows reach the source tables by many paths (the records adapter, the workflow services, the demo seed,
 * raw SQL in the bench), and their branch, service and survey live in Strapi's link tables (`…_lnk`),
 * so application hooks would miss rows. Database triggers, created at every start on both dialects (as
 * cms/services/audit-append-only.ts does for the audit log), record the Riyadh day each write touches in
 * `wasl_stats_dirty` in the writer's own transaction. Before answering, `fold()` takes the marks (one
 * DELETE … RETURNING, so only marks it saw), recomputes those days' roll-up rows from the raw rows and
 * commits both together, under an advisory lock on PostgreSQL so two instances never race. A mark whose
 * writer has not committed yet stays for the next fold. `rebuild()` recomputes everything (backfill).
 *
 * Tables, not Strapi content types: they are no resource, no route and no permission may reach them.
 * Every day is a `YYYY-MM-DD` text in Asia/Riyadh (UTC+3, no DST). Datetimes are stored by Strapi as
 * epoch milliseconds on SQLite (raw SQL may write ISO text: both are read) and as UTC `timestamp(6)` on
 * PostgreSQL; `date` columns as `YYYY-MM-DD` text on SQLite and `date` on PostgreSQL.
 */
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

export type Fact = 'complaints' | 'requests' | 'visits' | 'surveys';
export const FACTS: readonly Fact[] = ['complaints', 'requests', 'visits', 'surveys'];

export const DIRTY = 'wasl_stats_dirty';
const META = 'wasl_stats_meta';
export const ROLLUP: Record<Fact, string> = {
  complaints: 'wasl_stats_complaints_daily',
  requests: 'wasl_stats_requests_daily',
  visits: 'wasl_stats_visits_daily',
  surveys: 'wasl_stats_surveys_daily',
};
/** Bumped whenever a roll-up's definition changes: the next start rebuilds every roll-up. */
const ROLLUP_VERSION = '1';
// pg_advisory_xact_lock keys: the fold/rebuild, and the DDL at start (several instances may start at once).
const FOLD_LOCK = 0x57535446;
const DDL_LOCK = 0x57535444;
const RIYADH_OFFSET_MS = 3 * 3_600_000;
const DAY_MS = 86_400_000;

type Dialect = 'postgres' | 'sqlite';

/** The Riyadh day of a datetime column, as `YYYY-MM-DD`. */
const dayOfInstant = (dialect: Dialect, col: string): string =>
  dialect === 'postgres'
    ? `to_char(${col} + interval '3 hours', 'YYYY-MM-DD')`
    : `(case when typeof(${col}) in ('integer', 'real') then date(${col} / 1000.0, 'unixepoch', '+3 hours') when ${col} is null then null else date(${col}, '+3 hours') end)`;

/** A `date` column (a calendar day already) as `YYYY-MM-DD`. */
const dayOfDate = (dialect: Dialect, col: string): string =>
  dialect === 'postgres'
    ? `to_char(${col}, 'YYYY-MM-DD')`
    : `(case when typeof(${col}) in ('integer', 'real') then date(${col} / 1000.0, 'unixepoch') when ${col} is null then null else date(${col}) end)`;

export const addDays = (day: string, n: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);

/** The UTC instant at which a Riyadh day starts. */
export const riyadhDayStart = (day: string): Date => new Date(Date.parse(`${day}T00:00:00Z`) - RIYADH_OFFSET_MS);

/**
 * Rows of a datetime column whose Riyadh day is in [d1, d2], index-friendly on both dialects. On SQLite an
 * integer never equals text, so the millisecond range only matches integers and the text range only text;
 * the day expression then makes the text side exact whatever its format.
 */
export const instantInDays = (dialect: Dialect, col: string, d1: string, d2: string): [string, unknown[]] => {
  const lo = riyadhDayStart(d1);
  const hi = riyadhDayStart(addDays(d2, 1));
  if (dialect === 'postgres') return [`(${col} >= ? and ${col} < ?)`, [lo.toISOString(), hi.toISOString()]];
  return [
    `(((${col} >= ? and ${col} < ?) or (${col} >= ? and ${col} < ?)) and ${dayOfInstant(dialect, col)} between ? and ?)`,
    [lo.getTime(), hi.getTime(), addDays(d1, -1), addDays(d2, 2), d1, d2],
  ];
};

const dateInDays = (dialect: Dialect, col: string, d1: string, d2: string): [string, unknown[]] => {
  if (dialect === 'postgres') return [`(${col} >= ?::date and ${col} <= ?::date)`, [d1, d2]];
  return [
    `(((${col} >= ? and ${col} < ?) or (${col} >= ? and ${col} < ?)) and ${dayOfDate(dialect, col)} between ? and ?)`,
    [Date.parse(`${d1}T00:00:00Z`), Date.parse(`${addDays(d2, 1)}T00:00:00Z`), d1, addDays(d2, 1), d1, d2],
  ];
};

/** Each roll-up's recount from the raw rows for the days [d1, d2]: INSERT … SELECT … GROUP BY. */
const recountSql = (dialect: Dialect, fact: Fact, d1: string, d2: string): [string, unknown[]] => {
  switch (fact) {
    case 'complaints': {
      const [where, bindings] = instantInDays(dialect, 'c.received_at', d1, d2);
      return [
        `insert into ${ROLLUP.complaints} (day, branch_id, kind, channel, category, status, n)
         select ${dayOfInstant(dialect, 'c.received_at')}, l.branch_id, c.kind, c.channel, c.category, c.status, count(*)
         from wasl_complaints c left join wasl_complaints_branch_lnk l on l.complaint_id = c.id
         where ${where} group by 1, 2, 3, 4, 5, 6`,
        bindings,
      ];
    }
    case 'requests': {
      const [where, bindings] = instantInDays(dialect, 'r.decided_at', d1, d2);
      return [
        `insert into ${ROLLUP.requests} (day, service_id, branch_id, on_time, late)
         select ${dayOfInstant(dialect, 'r.decided_at')}, sl.service_id, bl.branch_id,
                sum(case when r.sla_met then 1 else 0 end), sum(case when r.sla_met then 0 else 1 end)
         from wasl_service_requests r
         left join wasl_service_requests_service_lnk sl on sl.service_request_id = r.id
         left join wasl_service_requests_branch_lnk bl on bl.service_request_id = r.id
         where ${where} and r.sla_met is not null group by 1, 2, 3`,
        bindings,
      ];
    }
    case 'visits': {
      const [where, bindings] = dateInDays(dialect, 'v.visit_date', d1, d2);
      return [
        `insert into ${ROLLUP.visits} (day, branch_id, purpose, n)
         select ${dayOfDate(dialect, 'v.visit_date')}, l.branch_id, v.purpose, coalesce(sum(v.count), 0)
         from wasl_visits v left join wasl_visits_branch_lnk l on l.visit_id = v.id
         where ${where} group by 1, 2, 3`,
        bindings,
      ];
    }
    case 'surveys': {
      const [where, bindings] = instantInDays(dialect, 'r.submitted_at', d1, d2);
      // The service is the request's (a post-service survey answered for a request), else the survey's own.
      return [
        `insert into ${ROLLUP.surveys} (day, survey_id, service_id, branch_id, score, n)
         select ${dayOfInstant(dialect, 'r.submitted_at')}, sl.survey_id, coalesce(rqs.service_id, ss.service_id),
                rqb.branch_id, r.score, count(*)
         from wasl_survey_responses r
         left join wasl_survey_responses_survey_lnk sl on sl.survey_response_id = r.id
         left join wasl_surveys_service_lnk ss on ss.survey_id = sl.survey_id
         left join wasl_survey_responses_request_lnk rl on rl.survey_response_id = r.id
         left join wasl_service_requests_service_lnk rqs on rqs.service_request_id = rl.service_request_id
         left join wasl_service_requests_branch_lnk rqb on rqb.service_request_id = rl.service_request_id
         where ${where} group by 1, 2, 3, 4, 5`,
        bindings,
      ];
    }
  }
};

/**
 * What each trigger marks. `x` is the written row (NEW or OLD); `joins` lead from it to the rows whose
 * day changes; `watch` (source tables only) are the columns whose change moves a figure.
 */
type Mark = { table: string; fact: Fact; joins: string; day: (d: Dialect) => string; watch?: string[] };

const responsesOf = (on: string) =>
  `join wasl_survey_responses_request_lnk rl on rl.service_request_id = ${on} join wasl_survey_responses r on r.id = rl.survey_response_id`;

const MARKS: Mark[] = [
  {
    table: 'wasl_complaints',
    fact: 'complaints',
    joins: '',
    day: (d) => dayOfInstant(d, 'x.received_at'),
    watch: ['received_at', 'kind', 'channel', 'category', 'status'],
  },
  {
    table: 'wasl_complaints_branch_lnk',
    fact: 'complaints',
    joins: 'join wasl_complaints c on c.id = x.complaint_id',
    day: (d) => dayOfInstant(d, 'c.received_at'),
  },
  {
    table: 'wasl_service_requests',
    fact: 'requests',
    joins: '',
    day: (d) => dayOfInstant(d, 'x.decided_at'),
    watch: ['decided_at', 'sla_met'],
  },
  {
    table: 'wasl_service_requests_service_lnk',
    fact: 'requests',
    joins: 'join wasl_service_requests q on q.id = x.service_request_id',
    day: (d) => dayOfInstant(d, 'q.decided_at'),
  },
  {
    table: 'wasl_service_requests_branch_lnk',
    fact: 'requests',
    joins: 'join wasl_service_requests q on q.id = x.service_request_id',
    day: (d) => dayOfInstant(d, 'q.decided_at'),
  },
  {
    table: 'wasl_visits',
    fact: 'visits',
    joins: '',
    day: (d) => dayOfDate(d, 'x.visit_date'),
    watch: ['visit_date', 'purpose', 'count'],
  },
  {
    table: 'wasl_visits_branch_lnk',
    fact: 'visits',
    joins: 'join wasl_visits v on v.id = x.visit_id',
    day: (d) => dayOfDate(d, 'v.visit_date'),
  },
  {
    table: 'wasl_survey_responses',
    fact: 'surveys',
    joins: '',
    day: (d) => dayOfInstant(d, 'x.submitted_at'),
    watch: ['submitted_at', 'score'],
  },
  {
    table: 'wasl_survey_responses_survey_lnk',
    fact: 'surveys',
    joins: 'join wasl_survey_responses r on r.id = x.survey_response_id',
    day: (d) => dayOfInstant(d, 'r.submitted_at'),
  },
  {
    table: 'wasl_survey_responses_request_lnk',
    fact: 'surveys',
    joins: 'join wasl_survey_responses r on r.id = x.survey_response_id',
    day: (d) => dayOfInstant(d, 'r.submitted_at'),
  },
  {
    table: 'wasl_surveys_service_lnk',
    fact: 'surveys',
    joins:
      'join wasl_survey_responses_survey_lnk sl on sl.survey_id = x.survey_id join wasl_survey_responses r on r.id = sl.survey_response_id',
    day: (d) => dayOfInstant(d, 'r.submitted_at'),
  },
  // A request's service or branch is also its survey responses' service or branch.
  {
    table: 'wasl_service_requests_service_lnk',
    fact: 'surveys',
    joins: responsesOf('x.service_request_id'),
    day: (d) => dayOfInstant(d, 'r.submitted_at'),
  },
  {
    table: 'wasl_service_requests_branch_lnk',
    fact: 'surveys',
    joins: responsesOf('x.service_request_id'),
    day: (d) => dayOfInstant(d, 'r.submitted_at'),
  },
];

const TABLES = [...new Set(MARKS.map((m) => m.table))];
const triggerName = (table: string, op: string) => `wasl_stats_${table.replace(/^wasl_/, '')}_${op}`;

/** SQLite: row triggers; NEW/OLD replace the alias x, and a one-row FROM lets the joins start from it. */
const sqliteTriggers = (): string[] =>
  TABLES.flatMap((table) => {
    const marks = MARKS.filter((m) => m.table === table);
    const insertFor = (row: 'NEW' | 'OLD') =>
      marks
        .map((m) => {
          const day = m.day('sqlite').replace(/\bx\./g, `${row}.`);
          const joins = m.joins.replace(/\bx\./g, `${row}.`);
          return `insert into ${DIRTY} (fact, day) select '${m.fact}', d from (select ${day} as d from (select 1) one ${joins}) s where d is not null;`;
        })
        .join('\n');
    const watch = marks.find((m) => m.watch)?.watch;
    return [
      `drop trigger if exists ${triggerName(table, 'ins')}`,
      `create trigger ${triggerName(table, 'ins')} after insert on ${table} begin ${insertFor('NEW')} end`,
      `drop trigger if exists ${triggerName(table, 'del')}`,
      `create trigger ${triggerName(table, 'del')} after delete on ${table} begin ${insertFor('OLD')} end`,
      `drop trigger if exists ${triggerName(table, 'upd')}`,
      `create trigger ${triggerName(table, 'upd')} after update${watch ? ` of ${watch.join(', ')}` : ''} on ${table}
       begin ${insertFor('OLD')} ${insertFor('NEW')} end`,
    ];
  });

/**
 * PostgreSQL: statement triggers with transition tables, so a bulk INSERT of a million rows writes one
 * mark per distinct day, not per row. An UPDATE marks only rows whose watched columns changed.
 */
const postgresTriggers = (): string[] =>
  TABLES.flatMap((table) => {
    const marks = MARKS.filter((m) => m.table === table);
    const watch = marks.find((m) => m.watch)?.watch;
    const select = (rows: string, other: string | null) =>
      marks
        .map((m) => {
          const changed =
            other && watch
              ? `join ${other} y on y.id = x.id where (${watch.map((c) => `x.${c}`).join(', ')}) is distinct from (${watch.map((c) => `y.${c}`).join(', ')})`
              : '';
          return `select '${m.fact}'::varchar as fact, ${m.day('postgres')} as d from ${rows} x ${m.joins} ${changed}`;
        })
        .join(' union ');
    const insert = (body: string) =>
      `insert into ${DIRTY} (fact, day) select distinct fact, d from (${body}) s where d is not null;`;
    const fn = `wasl_stats_mark_${table.replace(/^wasl_/, '')}`;
    return [
      `create or replace function ${fn}() returns trigger language plpgsql as $$
       begin
         if tg_op = 'INSERT' then ${insert(select('new_rows', null))}
         elsif tg_op = 'DELETE' then ${insert(select('old_rows', null))}
         else ${insert(`${select('old_rows', 'new_rows')} union ${select('new_rows', 'old_rows')}`)}
         end if;
         return null;
       end $$`,
      `drop trigger if exists ${triggerName(table, 'ins')} on ${table}`,
      `create trigger ${triggerName(table, 'ins')} after insert on ${table} referencing new table as new_rows
         for each statement execute function ${fn}()`,
      `drop trigger if exists ${triggerName(table, 'del')} on ${table}`,
      `create trigger ${triggerName(table, 'del')} after delete on ${table} referencing old table as old_rows
         for each statement execute function ${fn}()`,
      `drop trigger if exists ${triggerName(table, 'upd')} on ${table}`,
      `create trigger ${triggerName(table, 'upd')} after update on ${table}
         referencing old table as old_rows new table as new_rows for each statement execute function ${fn}()`,
      // TRUNCATE has no rows to read: it marks everything for a rebuild at the next fold.
      `drop trigger if exists ${triggerName(table, 'trunc')} on ${table}`,
      `create trigger ${triggerName(table, 'trunc')} after truncate on ${table}
         for each statement execute function wasl_stats_mark_truncate()`,
    ];
  });

/** The mark a TRUNCATE leaves: every roll-up is recomputed by the next fold. */
const TRUNCATED = 'all';
const POSTGRES_TRUNCATE_FUNCTION = `create or replace function wasl_stats_mark_truncate() returns trigger language plpgsql as $$
  begin insert into ${DIRTY} (fact, day) values ('${TRUNCATED}', 'truncated'); return null; end $$`;

const createTables = async (trx: Knex.Transaction): Promise<boolean> => {
  let created = false;
  const ensure = async (name: string, build: (t: Knex.CreateTableBuilder) => void) => {
    if (await trx.schema.hasTable(name)) return;
    await trx.schema.createTable(name, build);
    created = true;
  };
  await ensure(DIRTY, (t) => {
    t.increments('id');
    t.string('fact', 20).notNullable();
    t.string('day', 10).notNullable();
  });
  await ensure(META, (t) => {
    t.string('key', 40).primary();
    t.string('value', 200);
  });
  await ensure(ROLLUP.complaints, (t) => {
    t.string('day', 10).notNullable();
    t.integer('branch_id');
    t.string('kind', 255);
    t.string('channel', 255);
    t.string('category', 255);
    t.string('status', 255);
    t.integer('n').notNullable();
    t.index(['day'], `${ROLLUP.complaints}_day_idx`);
    t.index(['branch_id', 'day'], `${ROLLUP.complaints}_branch_day_idx`);
  });
  await ensure(ROLLUP.requests, (t) => {
    t.string('day', 10).notNullable();
    t.integer('service_id');
    t.integer('branch_id');
    t.integer('on_time').notNullable();
    t.integer('late').notNullable();
    t.index(['day'], `${ROLLUP.requests}_day_idx`);
    t.index(['branch_id', 'day'], `${ROLLUP.requests}_branch_day_idx`);
  });
  await ensure(ROLLUP.visits, (t) => {
    t.string('day', 10).notNullable();
    t.integer('branch_id');
    t.string('purpose', 255);
    t.bigInteger('n').notNullable();
    t.index(['day'], `${ROLLUP.visits}_day_idx`);
    t.index(['branch_id', 'day'], `${ROLLUP.visits}_branch_day_idx`);
  });
  await ensure(ROLLUP.surveys, (t) => {
    t.string('day', 10).notNullable();
    t.integer('survey_id');
    t.integer('service_id');
    t.integer('branch_id');
    t.decimal('score', 10, 2);
    t.integer('n').notNullable();
    t.index(['day'], `${ROLLUP.surveys}_day_idx`);
    t.index(['branch_id', 'day'], `${ROLLUP.surveys}_branch_day_idx`);
  });
  return created;
};

const rowsOf = <T>(result: unknown): T[] =>
  (Array.isArray(result) ? result : ((result as { rows?: T[] }).rows ?? [])) as T[];

/** Consecutive days as [first, last] ranges, so a fold issues one recount per run of days. */
export const dayRuns = (days: string[]): [string, string][] => {
  const sorted = [...new Set(days)].sort();
  const runs: [string, string][] = [];
  for (const day of sorted) {
    const last = runs[runs.length - 1];
    if (last && addDays(last[1], 1) === day) last[1] = day;
    else runs.push([day, day]);
  }
  return runs;
};

export const rollups = (strapi: Core.Strapi) => {
  const knex = (): Knex => strapi.db.connection;
  const dialect = (): Dialect => (strapi.db.dialect.client === 'postgres' ? 'postgres' : 'sqlite');

  const recount = async (trx: Knex.Transaction, fact: Fact, d1: string, d2: string) => {
    await trx(ROLLUP[fact]).whereBetween('day', [d1, d2]).del();
    const [sql, bindings] = recountSql(dialect(), fact, d1, d2);
    await trx.raw(sql, bindings as Knex.RawBinding[]);
  };

  /** The days any source row of a fact falls on, as [first, last] (for a full rebuild). */
  const spanOf = async (trx: Knex.Transaction, fact: Fact): Promise<[string, string] | null> => {
    const d = dialect();
    const expr = {
      complaints: ['wasl_complaints', dayOfInstant(d, 'received_at')],
      // Only what the roll-up counts, so a table of undecided requests does not look like a missing roll-up.
      requests: ['wasl_service_requests where sla_met is not null', dayOfInstant(d, 'decided_at')],
      visits: ['wasl_visits', dayOfDate(d, 'visit_date')],
      surveys: ['wasl_survey_responses', dayOfInstant(d, 'submitted_at')],
    }[fact];
    const [row] = rowsOf<{ lo: string | null; hi: string | null }>(
      await trx.raw(`select min(${expr[1]}) as lo, max(${expr[1]}) as hi from ${expr[0]}`),
    );
    return row?.lo && row.hi ? [row.lo, row.hi] : null;
  };

  const locked = async <T>(work: (trx: Knex.Transaction) => Promise<T>): Promise<T> =>
    knex().transaction(async (trx) => {
      if (dialect() === 'postgres') await trx.raw('select pg_advisory_xact_lock(?)', [FOLD_LOCK]);
      return work(trx);
    });

  const rebuildIn = async (trx: Knex.Transaction): Promise<Record<Fact, number>> => {
    const rows = {} as Record<Fact, number>;
    for (const fact of FACTS) {
      await trx(ROLLUP[fact]).del();
      const span = await spanOf(trx, fact);
      if (span) await recount(trx, fact, span[0], span[1]);
      const [count] = await trx(ROLLUP[fact]).count({ n: '*' });
      rows[fact] = Number(count.n);
    }
    await trx(META).where({ key: 'version' }).del();
    await trx(META).insert({ key: 'version', value: ROLLUP_VERSION });
    return rows;
  };

  /** Every roll-up recomputed from the raw rows (the backfill; `npm run stats:rebuild`). */
  const rebuild = async (): Promise<Record<Fact, number>> =>
    locked(async (trx) => {
      // Only the marks this transaction sees: a writer that commits later leaves its mark for the next fold.
      await trx.raw(`delete from ${DIRTY} where id in (select id from ${DIRTY})`);
      return rebuildIn(trx);
    });

  /** Folds the days marked since the last fold into the roll-ups; a no-op read when nothing is marked. */
  const fold = async (): Promise<number> => {
    const [pending] = await knex()(DIRTY).select('id').limit(1);
    if (!pending) return 0;
    return locked(async (trx) => {
      const marks = rowsOf<{ fact: Fact | typeof TRUNCATED; day: string }>(
        await trx.raw(`delete from ${DIRTY} returning fact, day`),
      );
      if (marks.some((m) => m.fact === TRUNCATED)) {
        await rebuildIn(trx);
        return marks.length;
      }
      for (const fact of FACTS) {
        const days = marks.filter((m) => m.fact === fact).map((m) => m.day);
        for (const [d1, d2] of dayRuns(days)) await recount(trx, fact, d1, d2);
      }
      return marks.length;
    });
  };

  /**
   * At every start: the tables (when missing), the triggers (recreated: a schema sync that rebuilds a
   * source table drops them), and a rebuild when a roll-up is new, of an older definition, or empty while
   * source rows exist.
   */
  const install = async (): Promise<{ rebuilt: boolean }> => {
    const needsRebuild = await knex().transaction(async (trx) => {
      if (dialect() === 'postgres') await trx.raw('select pg_advisory_xact_lock(?)', [DDL_LOCK]);
      const created = await createTables(trx);
      const ddl = dialect() === 'postgres' ? [POSTGRES_TRUNCATE_FUNCTION, ...postgresTriggers()] : sqliteTriggers();
      for (const sql of ddl) await trx.raw(sql);
      if (created) return true;
      const version = await trx(META).where({ key: 'version' }).first();
      if (version?.value !== ROLLUP_VERSION) return true;
      for (const fact of FACTS) {
        const [row] = await trx(ROLLUP[fact]).select('day').limit(1);
        if (!row && (await spanOf(trx, fact))) return true;
      }
      return false;
    });
    if (needsRebuild) await rebuild();
    return { rebuilt: needsRebuild };
  };

  return { install, fold, rebuild };
};
