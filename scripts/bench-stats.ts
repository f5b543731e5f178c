/**
 * `npm run bench:stats` (PostgreSQL only: DATABASE_URL names the server, the bench creates and drops its
 * own database there): the dashboard's statistics endpoints over a large association's two years.
 *
 * Boots Strapi once on a throw-away database (it creates the schema and loads the demo, whose manager
 * signs in), writes 1,000,000 service requests, 300,000 complaints, 2,000,000 visits and 200,000 survey
 * responses by set-based SQL (scripts/lib/stats-seed.ts, a progress bar on stderr), then measures every
 * dashboard endpoint with a 90-day and a 1-year range: p50/p95 at 1 and at 10 concurrent requests, next
 * to the bare SQL over the raw rows that answers the same figures (GROUP BY on the raw tables), timed the
 * same way in the same run, and prints the table with the ratio and whether the endpoint's headline
 * figure agrees with the SQL's. The goal is every endpoint's p95 ≤ 150 ms on a 2-core machine; the
 * figures are printed whatever they are.
 *
 * The statistics keep daily roll-ups, marked dirty by database triggers (cms/services/stats-rollup.ts):
 * by default the load goes through those triggers and the first read folds the marks (timed apart);
 * `--backfill` loads with the statistics triggers disabled, then runs their backfill, `npm run
 * stats:rebuild` (timed, its Strapi load included).
 *
 * `--small`: ten times fewer rows (a quick smoke run). BENCH_RUNS: requests per measurement (default 50);
 * BENCH_SECONDS: no new request starts after this long in one measurement (default 30; the table says
 * how many ran when fewer did).
 */
import { execFileSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { Client, Pool, type PoolClient } from 'pg';
import { bootBenchServer, type BenchServer } from './lib/bench-server';
import { runConcurrent, type TaskRun } from './lib/load';
import { ROOT } from './lib/setup';
import { FULL_SIZES, seedStatsRows, type SeedReport, type SeedSizes } from './lib/stats-seed';
import { computeDueAt } from '../cms/domain/sla-calendar';
import { addDays } from '../cms/services/stats-rollup';
import { riyadhToday } from '../cms/validation/stats-query';

const SMALL = process.argv.includes('--small');
const BACKFILL = process.argv.includes('--backfill');
const RUNS = Number(process.env.BENCH_RUNS ?? 50);
const BUDGET_MS = Number(process.env.BENCH_SECONDS ?? 30) * 1000;
const CONCURRENCY = [1, 10] as const;
const GOAL_MS = 150;
const WARM_UP = 3;

const sizes: SeedSizes = SMALL
  ? {
      requests: FULL_SIZES.requests / 10,
      complaints: FULL_SIZES.complaints / 10,
      visits: FULL_SIZES.visits / 10,
      surveyResponses: FULL_SIZES.surveyResponses / 10,
    }
  : FULL_SIZES;

type Range = { label: string; from: string; to: string; bucket: 'day' | 'week' | 'month' };

/** An instant as the tables store it (timestamp without time zone, UTC). */
const stored = (at: Date) => at.toISOString().replace('T', ' ').replace('Z', '');

/**
 * The SQL's named parameters: :from and :to the first and last day (Riyadh, inclusive), :now, :today
 * (Riyadh), :soon three working days from now (instants as stored: UTC, no zone).
 */
type SqlParams = { from: string; to: string; now: string; today: string; soon: string };

/** The Riyadh calendar day of a stored instant (timestamp without time zone, in UTC). */
const localDay = (column: string) => `(${column} + interval '3 hours')::date`;
/** Stored instants whose Riyadh day is within [:from, :to]. */
const inDays = (column: string) =>
  `${column} >= :from::date - interval '3 hours' AND ${column} < :to::date + interval '21 hours'`;
/** A day's bucket key: itself, its week's Sunday, or its month's first day. */
const bucketOf = (day: string, bucket: Range['bucket']) =>
  bucket === 'day'
    ? day
    : bucket === 'week'
      ? `(${day} - extract(dow from ${day})::int)`
      : `date_trunc('month', ${day})::date`;

const OPEN_REQUEST = `('received', 'incomplete', 'complete', 'in_research', 'in_committee')`;
const OPEN_ESCALATED = `status NOT IN ('resolved', 'closed') AND escalation_level > 0`;

/**
 * One dashboard endpoint: its path and query, and the bare SQL over the raw rows that answers the same
 * figures (all of them, run one after the other on one connection, as one task), with the headline
 * figure read from both sides.
 */
type Endpoint = {
  name: string;
  url: (r: Range) => string;
  sql: (r: Range) => string[];
  /** The headline figure from the SQL's first statement's rows, and from the endpoint's JSON. */
  figure?: { name: string; sql: (rows: Record<string, unknown>[]) => number; api: (body: unknown) => number };
  /** Measured once, not per range (it takes none). */
  once?: boolean;
};

const query = (r: Range) => `from=${r.from}&to=${r.to}&bucket=${r.bucket}`;
const field = (body: unknown, key: string) => Number((body as Record<string, unknown>)[key]);
/** The grand total of a GROUPING SETS result: the row of `()`, where GROUPING(…) has every bit set (the highest). */
const totalRow = (rows: Record<string, unknown>[], key: string) => {
  const top = Math.max(...rows.map((row) => Number(row.g)));
  return Number(rows.find((row) => Number(row.g) === top)?.[key] ?? 0);
};

const endpoints: Endpoint[] = [
  // What any signed-in GET costs (token, session, permissions, request log) before a statistic is counted.
  { name: 'baseline /users/me', url: () => '/api/users/me', sql: () => [], once: true },
  {
    name: 'visitors',
    url: (r) => `/api/wasl/stats/visitors?${query(r)}`,
    sql: (r) => [
      `SELECT GROUPING(${bucketOf('v.visit_date', r.bucket)}, v.purpose, l.branch_id) AS g,
              ${bucketOf('v.visit_date', r.bucket)} AS bucket, v.purpose, l.branch_id, sum(v.count) AS count
       FROM wasl_visits v JOIN wasl_visits_branch_lnk l ON l.visit_id = v.id
       WHERE v.visit_date BETWEEN :from::date AND :to::date
       GROUP BY GROUPING SETS ((${bucketOf('v.visit_date', r.bucket)}), (v.purpose), (l.branch_id), ())`,
      `SELECT b.id, b.name_ar, sum(v.count) FILTER (WHERE v.visit_date = :today::date) AS today,
              round(coalesce(sum(v.count) FILTER (WHERE v.visit_date < :today::date), 0) / 90.0, 1) AS average90
       FROM wasl_branches b
       LEFT JOIN wasl_visits_branch_lnk l ON l.branch_id = b.id
       LEFT JOIN wasl_visits v ON v.id = l.visit_id AND v.visit_date BETWEEN :today::date - 90 AND :today::date
       GROUP BY b.id, b.name_ar`,
    ],
    figure: { name: 'total', sql: (rows) => totalRow(rows, 'count'), api: (body) => field(body, 'total') },
  },
  {
    name: 'complaints',
    url: (r) => `/api/wasl/stats/complaints?${query(r)}`,
    sql: (r) => [
      `SELECT GROUPING(kind, status, channel, category, ${bucketOf(localDay('received_at'), r.bucket)}) AS g,
              kind, status, channel, category, ${bucketOf(localDay('received_at'), r.bucket)} AS bucket, count(*) AS count
       FROM wasl_complaints WHERE ${inDays('received_at')}
       GROUP BY GROUPING SETS ((kind), (status), (channel), (category), (${bucketOf(localDay('received_at'), r.bucket)}), ())`,
    ],
    figure: { name: 'total', sql: (rows) => totalRow(rows, 'count'), api: (body) => field(body, 'total') },
  },
  {
    name: 'requests-sla',
    url: (r) => `/api/wasl/stats/requests-sla?${query(r)}`,
    sql: (r) => [
      `SELECT GROUPING(l.service_id, ${bucketOf(localDay('r.decided_at'), r.bucket)}) AS g,
              l.service_id, ${bucketOf(localDay('r.decided_at'), r.bucket)} AS bucket,
              count(*) FILTER (WHERE r.sla_met) AS on_time, count(*) FILTER (WHERE NOT r.sla_met) AS late
       FROM wasl_service_requests r JOIN wasl_service_requests_service_lnk l ON l.service_request_id = r.id
       WHERE ${inDays('r.decided_at')}
       GROUP BY GROUPING SETS ((l.service_id), (${bucketOf(localDay('r.decided_at'), r.bucket)}), ())`,
      `SELECT GROUPING(l.service_id) AS g, l.service_id, count(*) AS open,
              count(*) FILTER (WHERE r.due_at < :now::timestamp) AS overdue,
              count(*) FILTER (WHERE r.due_at >= :now::timestamp AND r.due_at <= :soon::timestamp) AS due_soon
       FROM wasl_service_requests r JOIN wasl_service_requests_service_lnk l ON l.service_request_id = r.id
       WHERE r.status IN ${OPEN_REQUEST} AND ${inDays('r.received_at')}
       GROUP BY GROUPING SETS ((l.service_id), ())`,
    ],
    figure: {
      name: 'onTime',
      sql: (rows) => totalRow(rows, 'on_time'),
      api: (body) => Number((body as { totals: { onTime: number } }).totals.onTime),
    },
  },
  {
    name: 'satisfaction',
    url: (r) => `/api/wasl/stats/satisfaction?${query(r)}`,
    sql: (r) => [
      `SELECT GROUPING(${bucketOf(localDay('s.submitted_at'), r.bucket)}, sl.service_id, bl.branch_id) AS g,
              ${bucketOf(localDay('s.submitted_at'), r.bucket)} AS bucket, sl.service_id, bl.branch_id,
              count(*) AS responses, round(avg(s.score), 2) AS average_score,
              round(100.0 * count(*) FILTER (WHERE s.score >= 4) / count(*), 1) AS csat
       FROM wasl_survey_responses s
       LEFT JOIN wasl_survey_responses_request_lnk rl ON rl.survey_response_id = s.id
       LEFT JOIN wasl_service_requests_service_lnk sl ON sl.service_request_id = rl.service_request_id
       LEFT JOIN wasl_service_requests_branch_lnk bl ON bl.service_request_id = rl.service_request_id
       WHERE ${inDays('s.submitted_at')}
       GROUP BY GROUPING SETS ((${bucketOf(localDay('s.submitted_at'), r.bucket)}), (sl.service_id), (bl.branch_id), ())`,
      // The response rate's terms: the one-time links sent in the range, and how many were answered.
      `SELECT count(*) AS sent, count(used_at) AS answered FROM wasl_survey_invitations WHERE ${inDays('sent_at')}`,
    ],
    figure: { name: 'responses', sql: (rows) => totalRow(rows, 'responses'), api: (body) => field(body, 'responses') },
  },
  {
    name: 'escalations',
    url: (r) => `/api/wasl/stats/escalations?${query(r)}`,
    sql: () => [
      `SELECT GROUPING(escalation_level) AS g, escalation_level, count(*) AS count
       FROM wasl_complaints WHERE ${OPEN_ESCALATED} GROUP BY GROUPING SETS ((escalation_level), ())`,
      `SELECT id, document_id, tracking_number, category, escalation_level, escalated_at, due_at
       FROM wasl_complaints WHERE ${OPEN_ESCALATED} ORDER BY escalated_at ASC, id ASC LIMIT 10`,
    ],
    figure: { name: 'open', sql: (rows) => totalRow(rows, 'count'), api: (body) => field(body, 'open') },
  },
  {
    // MC3's existing summary (cms/services/complaint-stats.ts): its range is [from, to) in instants.
    name: 'complaint-stats',
    url: (r) =>
      `/api/wasl/complaint-stats?from=${encodeURIComponent(`${r.from}T00:00:00+03:00`)}&to=${encodeURIComponent(
        `${addDays(r.to, 1)}T00:00:00+03:00`,
      )}`,
    sql: () => [
      `SELECT GROUPING(kind, channel, category, status) AS g, kind, channel, category, status, count(*) AS count
       FROM wasl_complaints WHERE ${inDays('received_at')}
       GROUP BY GROUPING SETS ((kind), (channel), (category), (status), ())`,
      `SELECT a.kind, count(*) AS count FROM wasl_complaint_actions a
       JOIN wasl_complaint_actions_complaint_lnk l ON l.complaint_action_id = a.id
       JOIN wasl_complaints c ON c.id = l.complaint_id
       WHERE ${inDays('c.received_at')} GROUP BY a.kind`,
      `SELECT count(*) AS n, avg(extract(epoch from resolved_at - received_at) / 3600.0) AS average,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch from resolved_at - received_at) / 3600.0) AS median
       FROM wasl_complaints WHERE ${inDays('received_at')} AND resolved_at IS NOT NULL`,
    ],
    figure: { name: 'total', sql: (rows) => totalRow(rows, 'count'), api: (body) => field(body, 'total') },
  },
];

/** A statement with named parameters as PostgreSQL takes it: $1, $2 … for the names it uses, in order. */
const bind = (statement: string, params: SqlParams): [string, string[]] => {
  const names: (keyof SqlParams)[] = [];
  const text = statement.replace(/(?<!:):(from|to|now|today|soon)\b/g, (_, name: keyof SqlParams) => {
    if (!names.includes(name)) names.push(name);
    return `$${names.indexOf(name) + 1}`;
  });
  return [text, names.map((name) => params[name])];
};

const runSql = async (client: PoolClient | Client, statements: string[], params: SqlParams) => {
  let first: Record<string, unknown>[] = [];
  for (const [i, statement] of statements.entries()) {
    const result = await client.query(...bind(statement, params));
    if (i === 0) first = result.rows as Record<string, unknown>[];
  }
  return first;
};

const signIn = async (baseUrl: string, password: string): Promise<string> => {
  const res = await fetch(`${baseUrl}/api/auth/local`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ identifier: 'manager', password }),
  });
  if (!res.ok) throw new Error(`the manager could not sign in: ${res.status}`);
  return ((await res.json()) as { jwt: string }).jwt;
};

type Row = {
  endpoint: string;
  once: boolean;
  range: Range;
  api: TaskRun[];
  sql: TaskRun[];
  status: number;
  figure: string;
};

const measureEndpoint = async (
  server: BenchServer,
  pool: Pool,
  endpoint: Endpoint,
  range: Range,
  params: SqlParams,
): Promise<Row> => {
  const token = await signIn(server.baseUrl, server.demoPassword);
  const url = `${server.baseUrl}${endpoint.url(range)}`;
  const get = async (): Promise<void> => {
    const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`${res.status}`);
  };
  const first = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  const body: unknown = first.ok ? await first.json() : await first.text();
  const statements = endpoint.sql(range);
  let figure = first.ok ? '' : `HTTP ${first.status}`;
  if (endpoint.figure && statements.length) {
    const client = await pool.connect();
    const sqlFigure = endpoint.figure.sql(await runSql(client, statements, params).finally(() => client.release()));
    const apiFigure = first.ok ? endpoint.figure.api(body) : NaN;
    figure = first.ok
      ? `${endpoint.figure.name} ${apiFigure} ${apiFigure === sqlFigure ? '=' : '≠'} SQL ${sqlFigure}`
      : `${figure}; SQL ${endpoint.figure.name} ${sqlFigure}`;
  }
  const sqlTask = async () => {
    const connection = await pool.connect();
    try {
      await runSql(connection, statements, params);
    } finally {
      connection.release();
    }
  };
  const none = (c: number): TaskRun => ({ runs: 0, concurrency: c, failures: 0, p50: NaN, p95: NaN });
  for (let i = 0; i < WARM_UP; i += 1) {
    if (first.ok) await get();
    if (statements.length) await sqlTask();
  }
  const api: TaskRun[] = [];
  const sql: TaskRun[] = [];
  for (const c of CONCURRENCY) {
    // Nothing to time on an endpoint that is not there (404) or refuses: its row says so.
    api.push(first.ok ? await runConcurrent(RUNS, c, get, BUDGET_MS) : none(c));
    sql.push(statements.length ? await runConcurrent(RUNS, c, sqlTask, BUDGET_MS) : none(c));
  }
  process.stderr.write(`measured ${endpoint.name} ${range.label}\n`);
  return { endpoint: endpoint.name, once: Boolean(endpoint.once), range, api, sql, status: first.status, figure };
};

const ms = (v: number) => (Number.isNaN(v) ? '—' : v.toFixed(1));
const ratio = (a: number, b: number) => (Number.isNaN(a) || Number.isNaN(b) || b <= 0 ? '—' : `${(a / b).toFixed(2)}x`);

const print = (seed: SeedReport, seedSeconds: number, rollUp: string, load: string, rows: Row[]) => {
  const header = [
    'endpoint'.padEnd(18),
    'range'.padEnd(26),
    'API c=1 p50/p95'.padStart(17),
    'API c=10 p50/p95'.padStart(18),
    'SQL c=1 p50/p95'.padStart(17),
    'SQL c=10 p50/p95'.padStart(18),
    'p95 API/SQL c=1'.padStart(16),
    'c=10'.padStart(8),
    `≤${GOAL_MS} ms`.padStart(8),
    '  figure',
  ].join(' ');
  const lines = rows.map((r) => {
    const [api1, api10] = r.api;
    const [sql1, sql10] = r.sql;
    const failures = [...r.api, ...r.sql].reduce((sum, run) => sum + run.failures, 0);
    const short = [...r.api.map((run) => ['API', run] as const), ...r.sql.map((run) => ['SQL', run] as const)]
      .filter(([, run]) => run.runs > 0 && run.runs < RUNS)
      .map(([side, run]) => `${side} c=${run.concurrency}: ${run.runs} runs`);
    const goal = Number.isNaN(api10.p95) ? '—' : Math.max(api1.p95, api10.p95) <= GOAL_MS ? 'yes' : 'NO';
    return [
      r.endpoint.padEnd(18),
      (r.once ? '(no range)' : `${r.range.label} ${r.range.from}…${r.range.to.slice(5)} ${r.range.bucket}`).padEnd(26),
      `${ms(api1.p50)}/${ms(api1.p95)}`.padStart(17),
      `${ms(api10.p50)}/${ms(api10.p95)}`.padStart(18),
      `${ms(sql1.p50)}/${ms(sql1.p95)}`.padStart(17),
      `${ms(sql10.p50)}/${ms(sql10.p95)}`.padStart(18),
      ratio(api1.p95, sql1.p95).padStart(16),
      ratio(api10.p95, sql10.p95).padStart(8),
      goal.padStart(8),
      `  ${r.figure}${failures ? `; ${failures} failed` : ''}${short.length ? `; ${short.join(', ')}` : ''}`,
    ].join(' ');
  });
  process.stdout.write(
    [
      '',
      `bench-stats on PostgreSQL${SMALL ? ' (--small)' : ''}: ${RUNS} requests per measurement (at most ${BUDGET_MS / 1000} s; after ${WARM_UP} warm-up), loopback, times in ms`,
      ...seed.map((s) =>
        s.rows
          ? `seeded ${s.table.padEnd(24)} ${s.rows.toLocaleString('en-US').padStart(10)} rows in ${s.seconds.toFixed(1)} s`
          : `${s.table.padEnd(31)} ${''.padStart(10)}      in ${s.seconds.toFixed(1)} s`,
      ),
      `seeding in all: ${seedSeconds.toFixed(1)} s; ${rollUp}`,
      load,
      '',
      header,
      ...lines,
      '',
    ].join('\n'),
  );
};

/**
 * The statistics answer from daily roll-ups (cms/services/stats-rollup.ts): the bulk load's statements
 * fired their statement triggers, which marked every day they touched in wasl_stats_dirty; the first read
 * folds those marks (recounts the marked days from the raw rows). That first read is timed here, apart
 * from the measurements, with how many marks it folded.
 */
const foldAfterLoad = async (server: BenchServer, db: Client, today: string): Promise<string> => {
  const marks = Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM wasl_stats_dirty')).rows[0].n);
  const token = await signIn(server.baseUrl, server.demoPassword);
  const started = performance.now();
  const res = await fetch(`${server.baseUrl}/api/wasl/stats/visitors?from=${today}&to=${today}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  await res.arrayBuffer();
  const seconds = (performance.now() - started) / 1000;
  const left = Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM wasl_stats_dirty')).rows[0].n);
  return `the first read after the load (HTTP ${res.status}) folded ${(marks - left).toLocaleString('en-US')} day marks in ${seconds.toFixed(1)} s`;
};

/** The statistics' own triggers (wasl_stats_…) on every table, switched off for a load or back on. */
const statsTriggers = async (db: Client, enabled: boolean) => {
  const triggers = await db.query<{ relname: string; tgname: string }>(
    `SELECT c.relname, t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
     WHERE NOT t.tgisinternal AND t.tgname LIKE 'wasl\\_stats\\_%'`,
  );
  for (const { relname, tgname } of triggers.rows)
    await db.query(`ALTER TABLE ${relname} ${enabled ? 'ENABLE' : 'DISABLE'} TRIGGER ${tgname}`);
  return triggers.rows.length;
};

/** `npm run stats:rebuild` (scripts/stats-rebuild.ts) on the bench's database, timed as a whole. */
const backfill = (server: BenchServer): string => {
  // The rebuild script writes a .env with fresh secrets when there is none (as npm start does); the bench
  // passes its server's environment instead and leaves no .env behind that was not there before.
  const envFile = path.join(ROOT, '.env');
  const hadEnv = fs.existsSync(envFile);
  const started = performance.now();
  const output = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/stats-rebuild.ts'], {
    cwd: ROOT,
    env: server.env,
    stdio: ['ignore', 'pipe', 'inherit'],
  }).toString();
  const seconds = (performance.now() - started) / 1000;
  if (!hadEnv) fs.rmSync(envFile, { force: true });
  const result = output.split('\n').find((line) => line.startsWith('statistics roll-ups rebuilt')) ?? output.trim();
  return `npm run stats:rebuild took ${seconds.toFixed(1)} s (compile and Strapi load included): ${result}`;
};

const main = async () => {
  if (!process.env.DATABASE_URL) {
    process.stderr.write(
      'bench:stats runs on PostgreSQL only: DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npm run bench:stats\n',
    );
    process.exit(2);
  }
  const server = await bootBenchServer('bench_stats');
  const db = new Client({ connectionString: server.db.database });
  await db.connect();
  const pool = new Pool({ connectionString: server.db.database, max: Math.max(...CONCURRENCY) });
  try {
    const now = new Date();
    const today = riyadhToday(now);
    const disabled = BACKFILL ? await statsTriggers(db, false) : 0;
    const started = Date.now();
    const seed = await seedStatsRows(db, sizes, now);
    const seedSeconds = (Date.now() - started) / 1000;
    if (BACKFILL) await statsTriggers(db, true);
    const rollUp = BACKFILL
      ? `loaded with ${disabled} statistics triggers disabled; ${backfill(server)}`
      : `loaded through the statistics triggers; ${await foldAfterLoad(server, db, today)}`;
    const ranges: Range[] = [
      { label: '90 days', from: addDays(today, -89), to: today, bucket: 'day' },
      { label: '1 year', from: addDays(today, -364), to: today, bucket: 'month' },
    ];
    const rows: Row[] = [];
    const loadBefore = os.loadavg();
    for (const endpoint of endpoints)
      for (const range of endpoint.once ? ranges.slice(0, 1) : ranges) {
        const measuredAt = new Date();
        const params: SqlParams = {
          from: range.from,
          to: range.to,
          now: stored(measuredAt),
          today: riyadhToday(measuredAt),
          soon: stored(computeDueAt(measuredAt, 3, 'working_days')),
        };
        rows.push(await measureEndpoint(server, pool, endpoint, range, params));
      }
    const loadAfter = os.loadavg();
    const load = `machine load average (1/5/15 min) before the measurements ${loadBefore.map((v) => v.toFixed(1)).join('/')}, after ${loadAfter.map((v) => v.toFixed(1)).join('/')} on ${os.cpus().length} cores`;
    print(seed, seedSeconds, rollUp, load, rows);
  } finally {
    await pool.end();
    await db.end();
    await server.stop();
  }
};

main().catch((error: unknown) => {
  process.stderr.write(`bench-stats failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
