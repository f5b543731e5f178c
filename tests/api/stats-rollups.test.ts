/**
 * The roll-ups the statistics answer from (cms/services/stats-rollup.ts) equal a recount of the raw rows of
 * the whole database, computed here in the test itself (rows read, Riyadh days and groups counted in
 * JavaScript, never by the code under test): after the writes of the demo and of every other test file, and
 * after a restart on emptied roll-up tables (the start's backfill) with writes still waiting to be folded.
 */
import type { ChildProcess } from 'child_process';
import path from 'path';
import { freePort, startStrapi, strapiSecrets, waitForHealth } from '../../scripts/lib/server-boot';
import { readTestServer, ROOT } from '../helpers/server-env';
import { closeDb, db } from '../helpers/db';
import { insertedId, newBranch, rawInstant, rawKey, stats } from '../helpers/stats';

type Row = Record<string, unknown>;
type Counts = Record<string, number>;

const server = readTestServer();
const pg = server.client === 'postgres';
/** A column as text on PostgreSQL (no driver time zone involved), as stored on SQLite. */
const raw = (column: string, as: string) => db().raw(pg ? `${column}::text as ??` : `${column} as ??`, [as]);

/** The Riyadh day (UTC+3) of a stored datetime: epoch ms (SQLite), or UTC text with or without a zone. */
const dayOf = (value: unknown): string | null => {
  if (value === null || value === undefined) return null;
  const ms =
    typeof value === 'number'
      ? value
      : Date.parse(
          /[zZ]|[+-]\d\d(:?\d\d)?$/.test(String(value)) ? String(value) : `${String(value).replace(' ', 'T')}Z`,
        );
  return new Date(ms + 3 * 3_600_000).toISOString().slice(0, 10);
};
const dateOf = (value: unknown): string =>
  typeof value === 'number' ? new Date(value).toISOString().slice(0, 10) : String(value).slice(0, 10);
const add = (counts: Counts, key: string, n: number) => {
  counts[key] = (counts[key] ?? 0) + n;
};
const key = (...parts: unknown[]) =>
  parts.map((p) => (p === null || p === undefined ? '-' : typeof p === 'number' ? String(p) : String(p))).join('|');
const score = (v: unknown) => (v === null || v === undefined ? null : Number(v));
const linkMap = async (table: string, from: string, to: string) =>
  new Map(((await db()(table).select(from, to)) as Row[]).map((r) => [Number(r[from]), Number(r[to])]));

const recount = {
  async complaints(): Promise<Counts> {
    const branches = await linkMap('wasl_complaints_branch_lnk', 'complaint_id', 'branch_id');
    const rows = (await db()('wasl_complaints').select(
      'id',
      'kind',
      'channel',
      'category',
      'status',
      raw('received_at', 'received_at'),
    )) as Row[];
    const counts: Counts = {};
    for (const r of rows) {
      const day = dayOf(r.received_at);
      if (day) add(counts, key(day, branches.get(Number(r.id)), r.kind, r.channel, r.category, r.status), 1);
    }
    return counts;
  },
  async requests(): Promise<Counts> {
    const services = await linkMap('wasl_service_requests_service_lnk', 'service_request_id', 'service_id');
    const branches = await linkMap('wasl_service_requests_branch_lnk', 'service_request_id', 'branch_id');
    const rows = (await db()('wasl_service_requests').select(
      'id',
      'sla_met',
      raw('decided_at', 'decided_at'),
    )) as Row[];
    const counts: Counts = {};
    for (const r of rows) {
      const day = dayOf(r.decided_at);
      if (!day || r.sla_met === null) continue;
      const met = r.sla_met === true || r.sla_met === 1;
      add(counts, key(day, services.get(Number(r.id)), branches.get(Number(r.id)), met ? 'on_time' : 'late'), 1);
    }
    return counts;
  },
  async visits(): Promise<Counts> {
    const branches = await linkMap('wasl_visits_branch_lnk', 'visit_id', 'branch_id');
    const rows = (await db()('wasl_visits').select('id', 'purpose', 'count', raw('visit_date', 'visit_date'))) as Row[];
    const counts: Counts = {};
    for (const r of rows)
      if (r.visit_date !== null)
        add(counts, key(dateOf(r.visit_date), branches.get(Number(r.id)), r.purpose), Number(r.count ?? 0));
    return counts;
  },
  async surveys(): Promise<Counts> {
    const surveyOf = await linkMap('wasl_survey_responses_survey_lnk', 'survey_response_id', 'survey_id');
    const requestOf = await linkMap('wasl_survey_responses_request_lnk', 'survey_response_id', 'service_request_id');
    const surveyService = await linkMap('wasl_surveys_service_lnk', 'survey_id', 'service_id');
    const requestService = await linkMap('wasl_service_requests_service_lnk', 'service_request_id', 'service_id');
    const requestBranch = await linkMap('wasl_service_requests_branch_lnk', 'service_request_id', 'branch_id');
    const rows = (await db()('wasl_survey_responses').select(
      'id',
      'score',
      raw('submitted_at', 'submitted_at'),
    )) as Row[];
    const counts: Counts = {};
    for (const r of rows) {
      const day = dayOf(r.submitted_at);
      if (!day) continue;
      const survey = surveyOf.get(Number(r.id));
      const request = requestOf.get(Number(r.id));
      const service =
        (request !== undefined ? requestService.get(request) : undefined) ??
        (survey !== undefined ? surveyService.get(survey) : undefined);
      const branch = request !== undefined ? requestBranch.get(request) : undefined;
      add(counts, key(day, survey, service, branch, score(r.score)), 1);
    }
    return counts;
  },
};

/** The roll-up tables' rows in the same keys (zero counts dropped). */
const rolled = {
  async complaints(): Promise<Counts> {
    const counts: Counts = {};
    for (const r of (await db()('wasl_stats_complaints_daily')) as Row[])
      add(counts, key(r.day, r.branch_id, r.kind, r.channel, r.category, r.status), Number(r.n));
    return counts;
  },
  async requests(): Promise<Counts> {
    const counts: Counts = {};
    for (const r of (await db()('wasl_stats_requests_daily')) as Row[]) {
      if (Number(r.on_time) > 0) add(counts, key(r.day, r.service_id, r.branch_id, 'on_time'), Number(r.on_time));
      if (Number(r.late) > 0) add(counts, key(r.day, r.service_id, r.branch_id, 'late'), Number(r.late));
    }
    return counts;
  },
  async visits(): Promise<Counts> {
    const counts: Counts = {};
    for (const r of (await db()('wasl_stats_visits_daily')) as Row[])
      add(counts, key(r.day, r.branch_id, r.purpose), Number(r.n));
    return counts;
  },
  async surveys(): Promise<Counts> {
    const counts: Counts = {};
    for (const r of (await db()('wasl_stats_surveys_daily')) as Row[])
      add(counts, key(r.day, r.survey_id, r.service_id, r.branch_id, score(r.score)), Number(r.n));
    return counts;
  },
};

const nonZero = (counts: Counts): Counts => Object.fromEntries(Object.entries(counts).filter(([, n]) => n !== 0));

afterAll(closeDb);

describe('the roll-ups equal a recount of the raw rows', () => {
  beforeAll(async () => {
    // Any statistic folds the marked days first.
    expect((await stats('visitors')).status).toBe(200);
  });

  it('[MC1] visits per day × branch × purpose', async () => {
    const expected = await recount.visits();
    expect(Object.keys(expected).length).toBeGreaterThan(0);
    expect(nonZero(await rolled.visits())).toEqual(nonZero(expected));
  });

  it('[MC3] complaints per day × branch × kind × channel × category × status', async () => {
    const expected = await recount.complaints();
    expect(Object.keys(expected).length).toBeGreaterThan(0);
    expect(nonZero(await rolled.complaints())).toEqual(nonZero(expected));
  });

  it('[ESR-H7] decided requests per day × service × branch × on time or late', async () => {
    const expected = await recount.requests();
    expect(Object.keys(expected).length).toBeGreaterThan(0);
    expect(nonZero(await rolled.requests())).toEqual(nonZero(expected));
  });

  it('[S1] survey responses per day × survey × service × branch × score', async () => {
    const expected = await recount.surveys();
    expect(Object.keys(expected).length).toBeGreaterThan(0);
    expect(nonZero(await rolled.surveys())).toEqual(nonZero(expected));
  });
});

describe('a TRUNCATE, which has no rows to read', () => {
  const onPostgres = pg ? it : it.skip;

  onPostgres('[MC1] marks every roll-up for a rebuild at the next fold (PostgreSQL)', async () => {
    // Inside a transaction rolled back at once, so no other test loses a row.
    const seen = await db()
      .transaction(async (trx) => {
        await trx.raw('truncate wasl_visits_branch_lnk');
        const marks = (await trx('wasl_stats_dirty').where({ fact: 'all' }).select('day')) as { day: string }[];
        throw Object.assign(new Error('rollback'), { marks });
      })
      .catch((error: { marks?: { day: string }[] }) => error.marks ?? []);
    expect(seen).toEqual([{ day: 'truncated' }]);
    expect(await db()('wasl_visits_branch_lnk').count({ n: '*' })).not.toEqual([{ n: '0' }]);
  });
});

describe('after a restart on emptied roll-ups', () => {
  let child: ChildProcess | null = null;
  let url = '';
  let branch: { documentId: string; id: number };

  const visit = async (visitDate: string, count: number) => {
    const now = rawInstant(server.client, new Date().toISOString());
    const id = insertedId(
      await db()('wasl_visits')
        .insert({
          document_id: rawKey('vst'),
          visit_date: visitDate,
          count,
          purpose: 'inquiry',
          channel: 'walk_in',
          created_at: now,
          updated_at: now,
        })
        .returning('id'),
    );
    await db()('wasl_visits_branch_lnk').insert({ visit_id: id, branch_id: branch.id });
  };
  const visitorsOfSecond = async () => {
    const signIn = await fetch(`${url}/api/auth/local`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ identifier: 'manager', password: server.demoPassword }),
    });
    const { jwt } = (await signIn.json()) as { jwt: string };
    const res = await fetch(`${url}/api/wasl/stats/visitors?from=2025-09-01&to=2025-09-30&branch=${branch.id}`, {
      headers: { Authorization: `Bearer ${jwt}` },
    });
    return { status: res.status, body: (await res.json()) as { total: number; series: { count: number }[] } };
  };

  afterAll(async () => {
    if (child && child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((resolve) => child?.once('exit', resolve));
    }
  });

  it('[MC1] the start rebuilds them from the raw rows (the backfill), and folds the writes made while it was down', async () => {
    branch = await newBranch('STATS-RESTART', 'فرع إعادة التشغيل');
    // Written with raw SQL and never read: their marks wait in wasl_stats_dirty.
    await visit('2025-09-01', 4);
    await visit('2025-09-30', 6);
    for (const table of [
      'wasl_stats_complaints_daily',
      'wasl_stats_requests_daily',
      'wasl_stats_visits_daily',
      'wasl_stats_surveys_daily',
    ])
      await db()(table).del();
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ...strapiSecrets(),
      ...(pg ? { DATABASE_URL: server.database } : { DATABASE_FILENAME: path.relative(ROOT, server.database) }),
      PORT: String(port),
      HOST: '127.0.0.1',
      SERVE_ADMIN_PANEL: 'false',
      STRAPI_TELEMETRY_DISABLED: 'true',
      WASL_SEED: 'false',
      WASL_DEMO_PASSWORD: server.demoPassword,
      WASL_ADMIN_EMAIL: server.adminEmail,
      WASL_ADMIN_PASSWORD: server.adminPassword,
      WASL_OUTBOX_WORKER: 'false',
      WASL_ESCALATION_JOB: 'false',
    };
    delete env.DEBUG;
    const logFile = path.join(ROOT, '.tmp', 'stats-restart-server.log');
    child = startStrapi(env, ROOT, logFile);
    await waitForHealth(url, child, logFile);
    // Rebuilt at the start, before any statistic was asked for.
    const visits = await recount.visits();
    expect(Object.keys(visits).length).toBeGreaterThan(0);
    expect(nonZero(await rolled.visits())).toEqual(nonZero(visits));
    expect(nonZero(await rolled.complaints())).toEqual(nonZero(await recount.complaints()));
    expect(nonZero(await rolled.requests())).toEqual(nonZero(await recount.requests()));
    expect(nonZero(await rolled.surveys())).toEqual(nonZero(await recount.surveys()));
    // And a write made now reaches the restarted server's next answer.
    await visit('2025-09-15', 5);
    const res = await visitorsOfSecond();
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(15);
    expect(res.body.series[0].count).toBe(4);
    expect(res.body.series[14].count).toBe(5);
    expect(res.body.series[29].count).toBe(6);
  }, 300_000);
});
