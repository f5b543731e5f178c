/**
 * H7 on a real Strapi: the deadline is replayed from the event log, pauses while the request waits on
 * the beneficiary, moves when an admin changes the holidays, and its flag is served and filterable.
 */
import fs from 'fs';
import { http, loginAs, type ErrorBody } from '../helpers/api';
import { closeDb, db } from '../helpers/db';
import { attest, fileRequest, move, registerBeneficiary, serviceId } from '../helpers/journey';
import { readTestServer } from '../helpers/server-env';

type Journey = { sla: { state: string; dueAt: string | null; usedDays: number } };
type Listed = { id: string; slaState: string; dueAt: string | null; status: string };

const requestRow = (documentId: string) =>
  db()('wasl_service_requests').where({ document_id: documentId }).first('id', 'due_at', 'status');
const eventsOf = async (documentId: string) => {
  const { id } = await requestRow(documentId);
  const rows = await db()('wasl_request_events as e')
    .join('wasl_request_events_request_lnk as l', 'l.request_event_id', 'e.id')
    .where('l.service_request_id', id)
    .orderBy('e.id')
    .select('e.id', 'e.to_status', 'e.at');
  return rows.map((r: { id: number; to_status: string; at: string }) => ({
    id: r.id,
    toStatus: r.to_status,
    at: new Date(r.at),
  }));
};
const dueOf = async (documentId: string) => new Date((await requestRow(documentId)).due_at).toISOString();

describe('the request deadline from the event log (H7)', () => {
  let reception: string;
  let admin: string;
  let service: string;
  let request: string;

  let timed: string;
  const clockFile = readTestServer().workflowClockFile as string;
  const setClock = (iso: string) => fs.writeFileSync(clockFile, iso);

  const filedRequest = async (): Promise<string> => {
    const beneficiary = (await registerBeneficiary()).id;
    const id = (await fileRequest(beneficiary, service)).id;
    await attest(beneficiary, id);
    return id;
  };
  const completedRequest = async (): Promise<string> => {
    const id = await filedRequest();
    expect((await move(reception, id, 'complete')).status).toBe(200);
    return id;
  };

  beforeAll(async () => {
    [reception, admin] = await Promise.all([loginAs('reception_officer'), loginAs('association_admin')]);
    service = await serviceId('family-counselling');
    request = await completedRequest();
  });
  afterAll(closeDb);

  it('[ESR-H7] going back to incomplete keeps the working days used; completing again resumes with the rest', async () => {
    // Yusr answers within 10 working days. Completed Sun 10 Jan 2027 10:00 Riyadh, sent back Wed 13 Jan
    // (used: Mon 11, Tue 12, Wed 13 = 3), completed again Sun 17 Jan: 7 working days after it → Tue 26 Jan 2027.
    try {
      timed = await filedRequest();
      setClock('2027-01-10T07:00:00.000Z');
      expect((await move(reception, timed, 'complete')).status).toBe(200);
      setClock('2027-01-13T07:00:00.000Z');
      expect((await move(reception, timed, 'incomplete', { note: 'يلزم إحضار صورة الهوية سارية' })).status).toBe(200);
      expect((await requestRow(timed)).due_at).toBeNull();
      const paused = await http<Journey>('GET', `/api/wasl/service-requests/${timed}/journey`, { token: reception });
      expect(paused.body.sla).toMatchObject({ state: 'paused', usedDays: 3, dueAt: null });
      setClock('2027-01-17T07:00:00.000Z');
      expect((await move(reception, timed, 'complete')).status).toBe(200);
    } finally {
      fs.rmSync(clockFile, { force: true });
    }
    expect(await dueOf(timed)).toBe('2027-01-26T13:00:00.000Z');
    const running = await http<Journey>('GET', `/api/wasl/service-requests/${timed}/journey`, { token: reception });
    expect(running.body.sla).toMatchObject({ usedDays: 3, dueAt: '2027-01-26T13:00:00.000Z' });
  });

  it('[ESR-H7] a holiday added by the admin re-times open requests; removing it restores them', async () => {
    // A holiday Tue 19 – Wed 20 Jan 2027 inside the remaining run: Mon 18, Thu 21, Sun 24 … Thu 28 Jan.
    const created = await http<{ id: string }>('POST', '/api/wasl/holidays', {
      token: admin,
      body: { nameAr: 'إجازة طارئة', startDate: '2027-01-19', endDate: '2027-01-20', kind: 'other' },
    });
    expect(created.status).toBe(201);
    expect(await dueOf(timed)).toBe('2027-01-28T13:00:00.000Z');
    expect((await http('DELETE', `/api/wasl/holidays/${created.body.id}`, { token: admin })).status).toBe(200);
    expect(await dueOf(timed)).toBe('2027-01-26T13:00:00.000Z');
  });

  it('[ESR-H7] a holiday that ends before it starts is refused and nothing moves', async () => {
    const before = await dueOf(request);
    const res = await http<ErrorBody>('POST', '/api/wasl/holidays', {
      token: admin,
      body: { nameAr: 'خطأ', startDate: '2027-01-10', endDate: '2027-01-05', kind: 'other' },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors.map((e) => [e.field, e.code])).toEqual([['endDate', 'HOLIDAY_RANGE_INVALID']]);
    expect(Number((await db()('wasl_holidays').where({ name_ar: 'خطأ' }).count({ n: '*' }))[0].n)).toBe(0);
    expect(await dueOf(request)).toBe(before);
  });

  it('[ESR-H7] a working week with no working day is refused', async () => {
    const [profile] = (await http<{ id: string }[]>('GET', '/api/wasl/association-profiles', { token: admin })).body;
    const res = await http<ErrorBody>('PUT', `/api/wasl/association-profiles/${profile.id}`, {
      token: admin,
      body: { weekendDays: [0, 1, 2, 3, 4, 5, 6] },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors.map((e) => e.code)).toEqual(['WEEKEND_DAYS_INVALID']);
    const refused = await http<ErrorBody>('PUT', `/api/wasl/association-profiles/${profile.id}`, {
      token: reception,
      body: { weekendDays: [5] },
    });
    expect(refused.status).toBe(403);
  });

  it('[ESR-H7] an overdue request is flagged overdue once the deadline has passed', async () => {
    // Completed 60 days ago: an admin's holiday edit re-times it under the same calendar.
    const late = await completedRequest();
    const [completeEvent] = (await eventsOf(late)).filter((e) => e.toStatus === 'complete');
    await db()('wasl_request_events')
      .where({ id: completeEvent.id })
      .update({ at: new Date(Date.now() - 60 * 86_400_000) });
    const past = await http<{ id: string }>('POST', '/api/wasl/holidays', {
      token: admin,
      body: { nameAr: 'إجازة قديمة', startDate: '2020-01-05', endDate: '2020-01-05', kind: 'other' },
    });
    expect((await http('DELETE', `/api/wasl/holidays/${past.body.id}`, { token: admin })).status).toBe(200);
    expect(new Date(await dueOf(late)).getTime()).toBeLessThan(Date.now());
    const overdue = await http<Listed[]>('GET', '/api/wasl/service-requests', {
      token: reception,
      query: { filter: { slaState: 'overdue' }, range: [0, 499] },
    });
    expect(overdue.body.find((r) => r.id === late)?.slaState).toBe('overdue');
  });

  it.each(['overdue', 'due_soon', 'on_time', 'paused', 'not_started', 'met', 'missed', 'none'])(
    '[ESR-H7] the SQL filter slaState=%s returns exactly the records the server flags so',
    async (state) => {
      const all = await http<Listed[]>('GET', '/api/wasl/service-requests', {
        token: reception,
        query: { range: [0, 499] },
      });
      const filtered = await http<Listed[]>('GET', '/api/wasl/service-requests', {
        token: reception,
        query: { filter: { slaState: state }, range: [0, 499] },
      });
      expect(filtered.status).toBe(200);
      const expected = all.body
        .filter((r) => r.slaState === state)
        .map((r) => r.id)
        .sort();
      expect(filtered.body.map((r) => r.id).sort()).toEqual(expected);
      expect(filtered.body.every((r) => r.slaState === state)).toBe(true);
    },
  );

  it('[ESR-H7] the demo queue holds requests in several SLA states', async () => {
    const all = await http<Listed[]>('GET', '/api/wasl/service-requests', {
      token: reception,
      query: { range: [0, 499] },
    });
    expect(new Set(all.body.map((r) => r.slaState)).size).toBeGreaterThanOrEqual(4);
  });

  it('answers 400 for an unknown SLA state', async () => {
    const res = await http<ErrorBody>('GET', '/api/wasl/service-requests', {
      token: reception,
      query: { filter: { slaState: 'late-ish' } },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.code).toBe('INVALID_FILTER');
  });
});
