/**
 * Bulk rows for `npm run bench:stats`, written straight into the tables Strapi created (PostgreSQL only):
 * service requests, complaints, visits and survey responses over two years, by set-based SQL
 * (INSERT … SELECT FROM generate_series) in chunks, each row as Strapi's query engine writes it: its
 * own `document_id`, `created_at` / `updated_at` / `published_at` (no draft and publish: published at
 * creation), `locale` NULL, and the manyToOne relations in the `…_lnk` tables (request → service and
 * branch, complaint → branch, visit → branch, survey response → survey, request, and the request's service
 * and branch, as the survey answer stores them).
 *
 * Distributions follow the demo (cms/seed): the branches it created (the first one busiest), its five
 * services with their deadlines, Yusr's channels (cms/seed/lists.ts), the policy's complaint
 * categories, every state of the request journey and of the complaint workflow, dates on Riyadh working
 * days (Sunday to Thursday, 08:00–16:00) with a few on the weekend. Tracking numbers use the Hijri year
 * 1400, which the allocator (current Hijri year) never reaches, so they cannot collide with the demo's.
 */
import type { Client } from 'pg';
import { CATEGORY_ROWS, YUSR_CHANNELS } from '../../cms/seed/lists';
import { TRACKING_PREFIXES } from '../../cms/domain/tracking-number';
import { progressBar } from './progress';
import { riyadhToday } from '../../cms/validation/stats-query';

export type SeedSizes = { requests: number; complaints: number; visits: number; surveyResponses: number };

export const FULL_SIZES: SeedSizes = {
  requests: 1_000_000,
  complaints: 300_000,
  visits: 2_000_000,
  surveyResponses: 200_000,
};

export const CHUNK = 50_000;
const DAY = 86_400_000;
const HISTORY_DAYS = 730;
const TRACKING_YEAR = 1400;

type Weighted = readonly (readonly [string | number, number])[];

/** `CASE WHEN r < 0.4 THEN 'a' WHEN … ELSE 'z' END`: a weighted pick driven by the uniform column `r`. */
const pick = (r: string, choices: Weighted): string => {
  const total = choices.reduce((sum, [, w]) => sum + w, 0);
  let cumulative = 0;
  const literal = (v: string | number) => (typeof v === 'number' ? String(v) : `'${v.replace(/'/g, "''")}'`);
  const whens = choices.slice(0, -1).map(([value, weight]) => {
    cumulative += weight;
    return `WHEN ${r} < ${(cumulative / total).toFixed(6)} THEN ${literal(value)}`;
  });
  return `(CASE ${whens.join(' ')} ELSE ${literal(choices[choices.length - 1][0])} END)`;
};

/**
 * The calendar the rows are spread over: from the Sunday on or before two years ago to today (Riyadh).
 * `workingDays` is how many Sunday–Thursday days that holds, so that working day k maps to the date
 * `sunday + (k / 5) * 7 + k % 5`.
 */
export type History = { now: Date; today: string; sunday: string; days: number; workingDays: number };

export const historyEnding = (now: Date): History => {
  const today = riyadhToday(now);
  const start = new Date(`${today}T00:00:00Z`).getTime() - HISTORY_DAYS * DAY;
  const sundayTime = start - new Date(start).getUTCDay() * DAY;
  const days = Math.round((new Date(`${today}T00:00:00Z`).getTime() - sundayTime) / DAY) + 1;
  let workingDays = 0;
  for (let d = 0; d < days; d += 1) if (d % 7 < 5) workingDays += 1;
  return { now, today, sunday: new Date(sundayTime).toISOString().slice(0, 10), days, workingDays };
};

/**
 * A date: a uniform Riyadh working day (`rDay`), or with probability `weekendShare` (`rAny`) any day at
 * all, weekends included.
 */
const dayExpr = (h: History, rDay: string, rAny: string, weekendShare: number) =>
  `(CASE WHEN ${rAny} < ${weekendShare} THEN DATE '${h.sunday}' + floor(${rDay} * ${h.days})::int
     ELSE DATE '${h.sunday}' + (floor(${rDay} * ${h.workingDays})::int / 5) * 7 + floor(${rDay} * ${h.workingDays})::int % 5 END)`;

/** A UTC instant (as stored: timestamp without time zone) on a Riyadh day between 08:00 and 16:00, never after now. */
const workingTime = (day: string, rTime: string) =>
  `least(${day} + interval '5 hours' + ${rTime} * interval '8 hours', $3::timestamp - interval '1 minute')`;

const documentId = (id: string, salt: string) => `substr(md5(${id}::text || '${salt}'), 1, 24)`;

const tracking = (prefix: string, id: string) => `'${prefix}-${TRACKING_YEAR}-' || lpad(${id}::text, 7, '0')`;

export type SeedRefs = {
  branchIds: number[];
  /** Each service's id and its deadline in calendar days (working days × 7/5, rounded up). */
  services: { id: number; calendarDays: number }[];
  surveyId: number;
  complaintCalendarDays: number;
};

/** The demo's rows the bulk rows point at: branches, services with their deadlines, the post-service survey. */
export const loadRefs = async (db: Client): Promise<SeedRefs> => {
  const calendarDays = (days: number, unit: string | null) =>
    unit === 'calendar_days' ? days : Math.ceil((days * 7) / 5);
  const profile = (
    await db.query<{ default_sla_days: number; default_sla_unit: string | null; complaint_sla_days: number }>(
      'SELECT default_sla_days, default_sla_unit, complaint_sla_days FROM wasl_association_profiles ORDER BY id LIMIT 1',
    )
  ).rows[0];
  const branches = await db.query<{ id: number }>('SELECT id FROM wasl_branches ORDER BY id');
  const services = await db.query<{ id: number; sla_days: number | null; sla_unit: string | null }>(
    'SELECT id, sla_days, sla_unit FROM wasl_services ORDER BY sort_order, id',
  );
  const survey = await db.query<{ id: number }>(
    "SELECT id FROM wasl_surveys WHERE kind = 'post_service' ORDER BY id LIMIT 1",
  );
  if (!profile || !branches.rows.length || !services.rows.length || !survey.rows.length)
    throw new Error('bench:stats needs the demo (WASL_SEED=demo): no association profile, branch, service or survey');
  return {
    branchIds: branches.rows.map((r) => r.id),
    services: services.rows.map((s) => ({
      id: s.id,
      calendarDays: calendarDays(
        s.sla_days ?? profile.default_sla_days,
        s.sla_days ? s.sla_unit : profile.default_sla_unit,
      ),
    })),
    surveyId: survey.rows[0].id,
    complaintCalendarDays: calendarDays(profile.complaint_sla_days, 'working_days'),
  };
};

/** The first branch is the head office: half the traffic; the others share the rest. */
const branchWeights = (ids: number[]): Weighted =>
  ids.map((id, i) => [id, i === 0 ? Math.max(ids.length - 1, 1) : 1] as const);

const SERVICE_WEIGHTS = [40, 20, 15, 10, 15];

const REQUEST_CHANNELS: Weighted = [
  ['in_person', 45],
  ['phone', 15],
  ['website', 15],
  ['help_request', 10],
  ['branch_representative', 10],
  ['social_media', 3],
  ['letter', 2],
];

const COMPLAINT_CHANNELS: Weighted = YUSR_CHANNELS.map(
  (key) =>
    [
      key,
      ({ in_person: 25, phone: 25, website: 20, social_media: 10, help_request: 8 } as Record<string, number>)[key] ??
        4,
    ] as const,
);

const CATEGORY_WEIGHTS: Weighted = CATEGORY_ROWS.map(
  (row) =>
    [
      row.key,
      ({ service_quality: 22, delay: 20, information: 18, staff_conduct: 10 } as Record<string, number>)[row.key] ?? 6,
    ] as const,
);

/** Rows with ids base+$1 … base+$2, each with its own uniform random numbers in the named columns. */
const source = (base: number, randoms: string[], extra?: string) =>
  `SELECT ${base} + g AS id, ${[...(extra ? [extra] : []), ...randoms.map((r) => `random() AS ${r}`)].join(', ')}
   FROM generate_series($1::int, $2::int) g`;

/** The chunks of [1, total] as [lo, hi] pairs. */
const chunks = (total: number): [number, number][] => {
  const out: [number, number][] = [];
  for (let lo = 1; lo <= total; lo += CHUNK) out.push([lo, Math.min(lo + CHUNK - 1, total)]);
  return out;
};

type TableSeed = {
  label: string;
  table: string;
  total: number;
  /** One statement for rows base+lo … base+hi; $1 = lo, $2 = hi, $3 = now (UTC, no zone). */
  sql: (base: number) => string;
};

const requestsSeed = (h: History, refs: SeedRefs, total: number): TableSeed => {
  const serviceIndex = pick(
    'rs',
    refs.services.map((_, i) => [i + 1, SERVICE_WEIGHTS[i] ?? 10]),
  );
  const serviceIds = `ARRAY[${refs.services.map((s) => s.id).join(',')}]`;
  const serviceDays = `ARRAY[${refs.services.map((s) => s.calendarDays).join(',')}]`;
  const decided = `('approved','rejected','registered','delivered','closed')`;
  return {
    label: 'service requests',
    table: 'wasl_service_requests',
    total,
    sql: (base) => `
WITH src AS MATERIALIZED (${source(base, ['t', 'r1', 'r2', 'r3', 'r4', 'rs', 'rb', 'rc', 'rd', 'ra'])}), dated AS MATERIALIZED (
  SELECT s.*, ${workingTime(dayExpr(h, 'rd', 'ra', 0.02), 't')} AS received_at, ${serviceIndex} AS si
  FROM src s
), timed AS MATERIALIZED (
  SELECT d.*, (${serviceIds})[si] AS service_id, ${pick('rb', branchWeights(refs.branchIds))} AS branch_id,
         d.received_at + r1 * interval '3 days' AS completed_raw,
         d.received_at + r1 * interval '3 days' + (${serviceDays})[si] * interval '1 day' AS due_raw,
         d.received_at + r1 * interval '3 days' + (0.2 + r2 * 1.05) * (${serviceDays})[si] * interval '1 day' AS decided_raw
  FROM dated d
), rows AS MATERIALIZED (
  SELECT t.*,
    CASE
      WHEN t.completed_raw >= $3::timestamp OR r4 >= 0.995 THEN (CASE WHEN r3 < 0.5 THEN 'received' ELSE 'incomplete' END)
      WHEN r4 < 0.05 THEN 'withdrawn'
      WHEN t.decided_raw >= $3::timestamp OR r4 >= 0.985 THEN ${pick('r3', [
        ['complete', 3],
        ['in_research', 4],
        ['in_committee', 3],
      ])}
      ELSE ${pick('r3', [
        ['rejected', 18],
        ['approved', 5],
        ['registered', 5],
        ['delivered', 12],
        ['closed', 60],
      ])}
    END AS status
  FROM timed t
), main AS (
  INSERT INTO wasl_service_requests (id, document_id, tracking_number, channel, status, version, received_at,
    completed_at, due_at, decided_at, closed_at, registered_online, sla_met, created_at, updated_at, published_at, locale)
  SELECT id, ${documentId('id', 'request')}, ${tracking(TRACKING_PREFIXES.request, 'id')}, ${pick('rc', REQUEST_CHANNELS)},
    status, 1, received_at,
    CASE WHEN status IN ('received', 'incomplete', 'withdrawn') THEN NULL ELSE completed_raw END,
    CASE WHEN status IN ('received', 'incomplete', 'withdrawn') THEN NULL ELSE due_raw END,
    CASE WHEN status IN ${decided} THEN decided_raw END,
    CASE WHEN status = 'closed' THEN least(decided_raw + interval '10 days', $3::timestamp - interval '1 minute') END,
    rc < 0.15,
    CASE WHEN status IN ${decided} THEN decided_raw <= due_raw END,
    received_at,
    CASE WHEN status IN ${decided} THEN least(decided_raw + interval '10 days', $3::timestamp - interval '1 minute') ELSE received_at END,
    received_at, NULL
  FROM rows
), service_links AS (
  INSERT INTO wasl_service_requests_service_lnk (service_request_id, service_id) SELECT id, service_id FROM rows
)
INSERT INTO wasl_service_requests_branch_lnk (service_request_id, branch_id) SELECT id, branch_id FROM rows`,
  };
};

const complaintsSeed = (h: History, refs: SeedRefs, total: number): TableSeed => ({
  label: 'complaints',
  table: 'wasl_complaints',
  total,
  sql: (base) => `
WITH src AS MATERIALIZED (${source(base, ['t', 'r1', 'r2', 'r3', 'r4', 'rk', 'rb', 'rc', 'rg', 'rd', 'ra'])}), timed AS MATERIALIZED (
  SELECT s.*, ${workingTime(dayExpr(h, 'rd', 'ra', 0.05), 't')} AS received_at,
    ${pick('rk', [
      ['complaint', 3],
      ['inquiry', 2],
      ['suggestion', 1],
    ])} AS kind,
    ${pick('rc', COMPLAINT_CHANNELS)} AS channel, ${pick('rb', branchWeights(refs.branchIds))} AS branch_id
  FROM src s
), rows AS MATERIALIZED (
  SELECT t.*, t.received_at + ${refs.complaintCalendarDays} * interval '1 day' AS due_at,
    t.received_at + (0.2 + r1 * 10) * interval '1 day' AS resolved_raw,
    CASE
      WHEN t.received_at + (0.2 + r1 * 10) * interval '1 day' >= $3::timestamp THEN ${pick('r3', [
        ['received', 3],
        ['assigned', 3],
        ['in_progress', 3],
        ['awaiting_complainant', 1],
      ])}
      WHEN r4 < 0.02 THEN 'reopened'
      WHEN r3 < 0.15 THEN 'resolved'
      ELSE 'closed'
    END AS status
  FROM timed t
), escalated AS MATERIALIZED (
  SELECT r.*,
    CASE WHEN status IN ('resolved', 'closed') OR due_at >= $3::timestamp THEN 0
         WHEN due_at < $3::timestamp - interval '7 days' THEN 2 ELSE 1 END AS level
  FROM rows r
), main AS (
  INSERT INTO wasl_complaints (id, document_id, tracking_number, kind, channel, category, status, version, subject,
    description, anonymous, complainant_name, department, received_at, due_at, escalated_at, escalation_level,
    resolved_at, closed_at, resolution, amicable_settlement, satisfaction, reopened_at, reopen_count,
    paused_working_days, created_at, updated_at, published_at, locale)
  SELECT id, ${documentId('id', 'complaint')},
    (CASE kind WHEN 'complaint' THEN ${tracking(TRACKING_PREFIXES.complaint, 'id')}
               WHEN 'inquiry' THEN ${tracking(TRACKING_PREFIXES.inquiry, 'id')}
               ELSE ${tracking(TRACKING_PREFIXES.suggestion, 'id')} END),
    kind, channel, ${pick('rg', CATEGORY_WEIGHTS)}, status, 1,
    'ملاحظة على الخدمة المقدمة', 'نص تجريبي لقياس أداء لوحة المؤشرات.',
    channel = 'website' AND r2 < 0.4,
    CASE WHEN channel = 'website' AND r2 < 0.4 THEN NULL ELSE 'مستفيد' END,
    'علاقات المستفيدين', received_at, due_at,
    CASE WHEN level > 0 THEN due_at + (level - 1) * interval '7 days' END, level,
    CASE WHEN status IN ('resolved', 'closed', 'reopened') THEN resolved_raw END,
    CASE WHEN status = 'closed' THEN least(resolved_raw + interval '2 days', $3::timestamp - interval '1 minute') END,
    CASE WHEN status IN ('resolved', 'closed') THEN 'تمت معالجة الملاحظة مع القسم المختص.' END,
    status = 'closed' AND kind = 'complaint' AND r2 < 0.5,
    CASE WHEN status = 'closed' THEN 3 + floor(r2 * 3)::int END,
    CASE WHEN status = 'reopened' THEN least(resolved_raw + interval '3 days', $3::timestamp - interval '1 minute') END,
    CASE WHEN status = 'reopened' THEN 1 ELSE 0 END,
    0, received_at, coalesce(resolved_raw, received_at), received_at, NULL
  FROM escalated
)
INSERT INTO wasl_complaints_branch_lnk (complaint_id, branch_id) SELECT id, branch_id FROM escalated`,
});

const visitsSeed = (h: History, refs: SeedRefs, total: number): TableSeed => ({
  label: 'visits',
  table: 'wasl_visits',
  total,
  sql: (base) => `
WITH src AS MATERIALIZED (${source(base, ['t', 'rp', 'rb', 'rn', 'rc', 'rd', 'ra'])}), rows AS MATERIALIZED (
  SELECT s.*, ${dayExpr(h, 'rd', 'ra', 0.01)} AS visit_date,
    ${pick('rp', [
      ['inquiry', 30],
      ['service_request', 25],
      ['complaint', 8],
      ['follow_up', 17],
      ['appointment', 10],
      ['support_service', 7],
      ['other', 3],
    ])} AS purpose,
    ${pick('rb', branchWeights(refs.branchIds))} AS branch_id
  FROM src s
), main AS (
  INSERT INTO wasl_visits (id, document_id, visit_date, count, purpose, channel, created_at, updated_at, published_at, locale)
  SELECT id, ${documentId('id', 'visit')}, visit_date,
    CASE WHEN rn < 0.8 THEN 1 WHEN rn < 0.95 THEN 2 ELSE 3 + floor(rc * 5)::int END,
    purpose,
    CASE WHEN purpose = 'appointment' THEN 'appointment' WHEN rc < 0.05 THEN 'branch_representative' ELSE 'walk_in' END,
    ${workingTime('visit_date', 't')}, ${workingTime('visit_date', 't')}, ${workingTime('visit_date', 't')}, NULL
  FROM rows
)
INSERT INTO wasl_visits_branch_lnk (visit_id, branch_id) SELECT id, branch_id FROM rows`,
});

/** Each response answers one of the bulk requests, a few days after its decision (or its receipt). */
const surveySeed = (refs: SeedRefs, total: number, requests: { base: number; total: number }): TableSeed => ({
  label: 'survey responses',
  table: 'wasl_survey_responses',
  total,
  sql: (base) => `
WITH src AS MATERIALIZED (${source(base, ['rs', 'rq', 'rt', 'rc'], `${requests.base} + 1 + floor(random() * ${requests.total})::int AS request_id`)}), rows AS MATERIALIZED (
  SELECT s.*, ${pick('rs', [
    [5, 45],
    [4, 30],
    [3, 13],
    [2, 7],
    [1, 5],
  ])} AS overall,
    least(coalesce(q.decided_at, q.received_at) + (1 + rt * 5) * interval '1 day', $3::timestamp - interval '1 minute') AS submitted_at,
    qs.service_id, qb.branch_id
  FROM src s JOIN wasl_service_requests q ON q.id = s.request_id
  LEFT JOIN wasl_service_requests_service_lnk qs ON qs.service_request_id = q.id
  LEFT JOIN wasl_service_requests_branch_lnk qb ON qb.service_request_id = q.id
), main AS (
  INSERT INTO wasl_survey_responses (id, document_id, answers, score, channel, submitted_at, created_at, updated_at, published_at, locale)
  SELECT id, ${documentId('id', 'survey')}, jsonb_build_object('overall', overall),
    overall + (CASE WHEN rq < 0.3 AND overall < 5 THEN 0.25 WHEN rq > 0.8 AND overall > 1 THEN -0.25 ELSE 0 END), CASE WHEN rc < 0.7 THEN 'website' ELSE 'in_person' END,
    submitted_at, submitted_at, submitted_at, submitted_at, NULL
  FROM rows
), survey_links AS (
  INSERT INTO wasl_survey_responses_survey_lnk (survey_response_id, survey_id) SELECT id, ${refs.surveyId} FROM rows
), service_links AS (
  INSERT INTO wasl_survey_responses_service_lnk (survey_response_id, service_id) SELECT id, service_id FROM rows
), branch_links AS (
  INSERT INTO wasl_survey_responses_branch_lnk (survey_response_id, branch_id) SELECT id, branch_id FROM rows
)
INSERT INTO wasl_survey_responses_request_lnk (survey_response_id, service_request_id) SELECT id, request_id FROM rows`,
});

const maxId = async (db: Client, table: string) =>
  Number((await db.query<{ max: number | null }>(`SELECT max(id) AS max FROM ${table}`)).rows[0].max ?? 0);

/** Rows base+1 … base+total of one table, a chunk a statement (and a transaction), then the id sequences catch up. */
const seedTable = async (db: Client, seed: TableSeed, now: Date): Promise<{ base: number; seconds: number }> => {
  const base = await maxId(db, seed.table);
  const bar = progressBar(seed.label, seed.total);
  const started = Date.now();
  const sql = seed.sql(base);
  const nowText = now.toISOString().replace('T', ' ').replace('Z', '');
  for (const [lo, hi] of chunks(seed.total)) {
    await db.query(sql, [lo, hi, nowText]);
    bar.tick(hi);
  }
  bar.done();
  await db.query(`SELECT setval(pg_get_serial_sequence('${seed.table}', 'id'), (SELECT max(id) FROM ${seed.table}))`);
  for (const link of (
    await db.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_name LIKE $1 AND table_name LIKE '%\\_lnk'",
      [`${seed.table}\\_%`],
    )
  ).rows)
    await db.query(
      `SELECT setval(pg_get_serial_sequence('${link.table_name}', 'id'), coalesce((SELECT max(id) FROM ${link.table_name}), 1))`,
    );
  return { base, seconds: (Date.now() - started) / 1000 };
};

export type SeedReport = { table: string; rows: number; seconds: number }[];

/** All four tables, then ANALYZE (the planner's statistics, as autovacuum would gather them after such a load). */
export const seedStatsRows = async (db: Client, sizes: SeedSizes, now: Date): Promise<SeedReport> => {
  const history = historyEnding(now);
  const refs = await loadRefs(db);
  const report: SeedReport = [];
  const requests = await seedTable(db, requestsSeed(history, refs, sizes.requests), now);
  report.push({ table: 'wasl_service_requests', rows: sizes.requests, seconds: requests.seconds });
  const complaints = await seedTable(db, complaintsSeed(history, refs, sizes.complaints), now);
  report.push({ table: 'wasl_complaints', rows: sizes.complaints, seconds: complaints.seconds });
  const visits = await seedTable(db, visitsSeed(history, refs, sizes.visits), now);
  report.push({ table: 'wasl_visits', rows: sizes.visits, seconds: visits.seconds });
  const survey = await seedTable(
    db,
    surveySeed(refs, sizes.surveyResponses, { base: requests.base, total: sizes.requests }),
    now,
  );
  report.push({ table: 'wasl_survey_responses', rows: sizes.surveyResponses, seconds: survey.seconds });
  const started = Date.now();
  await db.query('ANALYZE');
  report.push({ table: 'ANALYZE', rows: 0, seconds: (Date.now() - started) / 1000 });
  return report;
};
