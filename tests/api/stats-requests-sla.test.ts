/**
 * ESR-H7: requests decided within or after their deadline, and those open now that are due soon or overdue,
 * from the statistics API (cms/services/stats.ts). Decisions cannot be backdated through the API, so the rows
 * are written with raw SQL (as the bench and an import do): the triggers must see them like any other write.
 * They sit at a branch of the test's own, received and decided in June 2025, so every figure is a hand count.
 */
import { readTestServer } from '../helpers/server-env';
import { closeDb, db } from '../helpers/db';
import { insertedId, newBranch, rawInstant, rawKey, stats } from '../helpers/stats';

type Sla = { onTime: number; late: number; open: number; dueSoon: number; overdue: number; compliance: number | null };
type RequestsSla = {
  from: string;
  to: string;
  bucket: string;
  totals: Sla;
  byService: ({ serviceId: number; serviceName: string } & Sla)[];
  series: { bucket: string; onTime: number; late: number }[];
};

const june = { from: '2025-06-01', to: '2025-06-30' };
const HOUR = 3_600_000;

afterAll(closeDb);

describe('request deadline statistics', () => {
  const client = readTestServer().client;
  let branch: { documentId: string; id: number };
  let services: { id: number; name_ar: string }[];
  const rows: Record<string, number> = {};

  const request = async (
    name: string,
    service: number,
    fields: { status: string; receivedAt: string; decidedAt?: string; dueAt?: string | null; slaMet?: boolean },
  ) => {
    const key = rawKey('sla');
    const now = rawInstant(client, new Date().toISOString());
    const id = insertedId(
      await db()('wasl_service_requests')
        .insert({
          document_id: key,
          tracking_number: `T-${key}`,
          status: fields.status,
          version: 1,
          received_at: rawInstant(client, fields.receivedAt),
          decided_at: fields.decidedAt ? rawInstant(client, fields.decidedAt) : null,
          due_at: fields.dueAt ? rawInstant(client, fields.dueAt) : null,
          sla_met: fields.slaMet ?? null,
          created_at: now,
          updated_at: now,
        })
        .returning('id'),
    );
    await db()('wasl_service_requests_service_lnk').insert({ service_request_id: id, service_id: service });
    await db()('wasl_service_requests_branch_lnk').insert({ service_request_id: id, branch_id: branch.id });
    rows[name] = id;
  };

  beforeAll(async () => {
    branch = await newBranch('STATS-H7', 'فرع مهل الطلبات');
    services = await db()('wasl_services').select('id', 'name_ar').orderBy('id');
    expect(services.length).toBeGreaterThan(1);
    const [s1, s2] = [services[0].id, services[1].id];
    const now = Date.now();
    const iso = (ms: number) => new Date(ms).toISOString();
    // Decided: 1 June 13:00 Riyadh on time; 2 June 01:00 Riyadh (22:00 UTC on 1 June) late; 15 June on time;
    // 1 June 00:30 Riyadh (21:30 UTC on 31 May) on time; 31 May 23:00 Riyadh late (outside); no deadline (not counted).
    await request('r1', s1, {
      status: 'approved',
      receivedAt: '2025-06-01T06:00:00Z',
      decidedAt: '2025-06-01T10:00:00Z',
      slaMet: true,
    });
    await request('r2', s1, {
      status: 'rejected',
      receivedAt: '2025-06-01T06:00:00Z',
      decidedAt: '2025-06-01T22:00:00Z',
      slaMet: false,
    });
    await request('r3', s2, {
      status: 'approved',
      receivedAt: '2025-06-02T06:00:00Z',
      decidedAt: '2025-06-15T09:00:00Z',
      slaMet: true,
    });
    await request('r4', s2, {
      status: 'approved',
      receivedAt: '2025-05-20T06:00:00Z',
      decidedAt: '2025-05-31T21:30:00Z',
      slaMet: true,
    });
    await request('r5', s1, {
      status: 'rejected',
      receivedAt: '2025-05-10T06:00:00Z',
      decidedAt: '2025-05-31T20:00:00Z',
      slaMet: false,
    });
    await request('r6', s2, {
      status: 'approved',
      receivedAt: '2025-06-03T06:00:00Z',
      decidedAt: '2025-06-10T09:00:00Z',
    });
    // Open now, received in June: overdue, due within the hour, due in 40 days, not complete yet (no deadline).
    await request('o1', s1, { status: 'in_research', receivedAt: '2025-06-05T08:00:00Z', dueAt: iso(now - 24 * HOUR) });
    await request('o2', s1, { status: 'complete', receivedAt: '2025-06-06T08:00:00Z', dueAt: iso(now + HOUR) });
    await request('o3', s2, {
      status: 'in_committee',
      receivedAt: '2025-06-07T08:00:00Z',
      dueAt: iso(now + 40 * 24 * HOUR),
    });
    await request('o4', s2, { status: 'received', receivedAt: '2025-06-08T08:00:00Z' });
    // Open and overdue, but received in May: outside the range.
    await request('o5', s1, { status: 'in_research', receivedAt: '2025-05-20T08:00:00Z', dueAt: iso(now - 24 * HOUR) });
  });

  const serviceFigures = (res: { body: RequestsSla }, index: number) =>
    res.body.byService.find((s) => s.serviceId === services[index].id);

  it('[ESR-H7] counts the decisions of the range on time and late, and the open requests due soon and overdue now', async () => {
    const res = await stats<RequestsSla>('requests-sla', { ...june, branch: branch.id });
    expect(res.status).toBe(200);
    expect(res.body.totals).toEqual({ onTime: 3, late: 1, open: 4, dueSoon: 1, overdue: 1, compliance: 75 });
    expect(res.body.byService.length).toBeGreaterThan(1);
    expect(serviceFigures(res, 0)).toEqual({
      serviceId: services[0].id,
      serviceName: services[0].name_ar,
      onTime: 1,
      late: 1,
      open: 2,
      dueSoon: 1,
      overdue: 1,
      compliance: 50,
    });
    expect(serviceFigures(res, 1)).toEqual({
      serviceId: services[1].id,
      serviceName: services[1].name_ar,
      onTime: 2,
      late: 0,
      open: 2,
      dueSoon: 0,
      overdue: 0,
      compliance: 100,
    });
    expect(res.body.series).toHaveLength(30);
    expect(res.body.series.slice(0, 3)).toEqual([
      { bucket: '2025-06-01', onTime: 2, late: 0 },
      { bucket: '2025-06-02', onTime: 0, late: 1 },
      { bucket: '2025-06-03', onTime: 0, late: 0 },
    ]);
    expect(res.body.series[14]).toEqual({ bucket: '2025-06-15', onTime: 1, late: 0 });
  });

  it('[ESR-H7] follows raw writes to the rows and to their link tables', async () => {
    // r2 re-judged on time; r3 deleted (with its links); r1 moved to the second service.
    await db()('wasl_service_requests').where({ id: rows.r2 }).update({ sla_met: true });
    await db()('wasl_service_requests_service_lnk').where({ service_request_id: rows.r3 }).del();
    await db()('wasl_service_requests_branch_lnk').where({ service_request_id: rows.r3 }).del();
    await db()('wasl_service_requests').where({ id: rows.r3 }).del();
    await db()('wasl_service_requests_service_lnk')
      .where({ service_request_id: rows.r1 })
      .update({ service_id: services[1].id });
    const res = await stats<RequestsSla>('requests-sla', { ...june, branch: branch.id, bucket: 'week' });
    expect(res.status).toBe(200);
    expect(res.body.totals).toMatchObject({ onTime: 3, late: 0, compliance: 100 });
    expect(serviceFigures(res, 0)).toMatchObject({ onTime: 1, late: 0, compliance: 100 });
    expect(serviceFigures(res, 1)).toMatchObject({ onTime: 2, late: 0, compliance: 100 });
    // Weeks from Sunday: 1 June 2025 is a Sunday.
    expect(res.body.series).toEqual([
      { bucket: '2025-06-01', onTime: 3, late: 0 },
      { bucket: '2025-06-08', onTime: 0, late: 0 },
      { bucket: '2025-06-15', onTime: 0, late: 0 },
      { bucket: '2025-06-22', onTime: 0, late: 0 },
      { bucket: '2025-06-29', onTime: 0, late: 0 },
    ]);
  });

  it('[ESR-H7] gives no compliance when nothing was decided, and is for management only', async () => {
    const res = await stats<RequestsSla>('requests-sla', { from: '2025-07-01', to: '2025-07-31', branch: branch.id });
    expect(res.body.totals).toEqual({ onTime: 0, late: 0, open: 0, dueSoon: 0, overdue: 0, compliance: null });
    expect((await stats('requests-sla', june, 'reception_officer')).status).toBe(403);
    expect((await stats('requests-sla', june, 'committee_member')).status).toBe(403);
    expect((await stats('requests-sla', { ...june, branch: '0' })).status).toBe(400);
  });
});
