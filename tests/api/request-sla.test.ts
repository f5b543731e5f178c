/**
 * H7 on a real Strapi: the deadline is replayed from the event log, pauses while the request waits on
 * the beneficiary, moves when an admin changes the holidays, and its flag is served and filterable.
 */
import { http, loginAs, type ErrorBody } from '../helpers/api';
import { closeDb, db } from '../helpers/db';
import { attest, fileRequest, move, registerBeneficiary, serviceId } from '../helpers/journey';
import { computeDueAt, daysUsed, DEFAULT_CALENDAR, type WorkingCalendar } from '../../cms/domain/sla-calendar';
import { replayClock } from '../../cms/domain/sla-state';
import { REQUEST_CLOCK } from '../../cms/domain/request-journey';

type Journey = { sla: { state: string; dueAt: string | null; usedDays: number } };
type Listed = { id: string; slaState: string; dueAt: string | null; status: string };

const json = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v);
const isoDay = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10));

/** The calendar exactly as the database holds it now. */
const calendarNow = async (): Promise<WorkingCalendar> => {
  const profile = await db()('wasl_association_profiles').first('weekend_days', 'workday_start', 'workday_end');
  const holidays = await db()('wasl_holidays').select('start_date', 'end_date');
  return {
    weekendDays: json(profile.weekend_days) ?? DEFAULT_CALENDAR.weekendDays,
    workdayStart: profile.workday_start, workdayEnd: profile.workday_end,
    holidays: holidays.map((h: { start_date: unknown; end_date: unknown }) => ({ startDate: isoDay(h.start_date), endDate: isoDay(h.end_date) })),
  };
};

const requestRow = (documentId: string) => db()('wasl_service_requests').where({ document_id: documentId }).first('id', 'due_at', 'status');
const eventsOf = async (documentId: string) => {
  const { id } = await requestRow(documentId);
  const rows = await db()('wasl_request_events as e').join('wasl_request_events_request_lnk as l', 'l.request_event_id', 'e.id')
    .where('l.service_request_id', id).orderBy('e.id').select('e.id', 'e.to_status', 'e.at');
  return rows.map((r: { id: number; to_status: string; at: string }) => ({ id: r.id, toStatus: r.to_status, at: new Date(r.at) }));
};
const slaSetting = async (service: string) => {
  const row = await db()('wasl_services').where({ document_id: service }).first('sla_days', 'sla_unit');
  const profile = await db()('wasl_association_profiles').first('default_sla_days', 'default_sla_unit');
  return { days: row.sla_days ?? profile.default_sla_days, unit: row.sla_unit ?? profile.default_sla_unit };
};
const dueOf = async (documentId: string) => new Date((await requestRow(documentId)).due_at).toISOString();

describe('the request deadline from the event log (H7)', () => {
  let reception: string;
  let admin: string;
  let service: string;
  let request: string;

  const completedRequest = async (): Promise<string> => {
    const beneficiary = (await registerBeneficiary()).id;
    const id = (await fileRequest(beneficiary, service)).id;
    await attest(beneficiary, id);
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
    // The request became complete eight calendar days ago (at 10:00 Riyadh).
    const [completeEvent] = (await eventsOf(request)).filter((e) => e.toStatus === 'complete');
    const eightDaysAgo = new Date(Math.floor(Date.now() / 86_400_000) * 86_400_000 - 8 * 86_400_000 + 7 * 3_600_000);
    await db()('wasl_request_events').where({ id: completeEvent.id }).update({ at: eightDaysAgo });
    expect((await move(reception, request, 'incomplete', { note: 'يلزم إحضار صورة الهوية سارية' })).status).toBe(200);
    expect((await requestRow(request)).due_at).toBeNull();
    const calendar = await calendarNow();
    const events = await eventsOf(request);
    const used = daysUsed(eightDaysAgo, events[events.length - 1].at, 'working_days', calendar);
    const paused = await http<Journey>('GET', `/api/wasl/service-requests/${request}/journey`, { token: reception });
    expect(paused.body.sla).toMatchObject({ state: 'paused', usedDays: used, dueAt: null });

    expect((await move(reception, request, 'complete')).status).toBe(200);
    const resumedAt = (await eventsOf(request)).at(-1)?.at as Date;
    const setting = await slaSetting(service);
    expect(await dueOf(request)).toBe(computeDueAt(resumedAt, setting.days - used, setting.unit, calendar).toISOString());
    const running = await http<Journey>('GET', `/api/wasl/service-requests/${request}/journey`, { token: reception });
    expect(running.body.sla.usedDays).toBe(used);
    expect(running.body.sla.dueAt).toBe(await dueOf(request));
  });

  it('[ESR-H7] a holiday added by the admin re-times open requests; removing it restores them', async () => {
    const before = await dueOf(request);
    const start = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const end = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10);
    const created = await http<{ id: string }>('POST', '/api/wasl/holidays', { token: admin, body: { nameAr: 'إجازة طارئة', startDate: start, endDate: end, kind: 'other' } });
    expect(created.status).toBe(201);
    const setting = await slaSetting(service);
    const expected = replayClock(await eventsOf(request), setting, await calendarNow(), REQUEST_CLOCK).dueAt?.toISOString();
    expect(await dueOf(request)).toBe(expected);
    expect(new Date(expected as string).getTime()).toBeGreaterThan(new Date(before).getTime());
    expect((await http('DELETE', `/api/wasl/holidays/${created.body.id}`, { token: admin })).status).toBe(200);
    expect(await dueOf(request)).toBe(before);
  });

  it('[ESR-H7] a holiday that ends before it starts is refused and nothing moves', async () => {
    const before = await dueOf(request);
    const res = await http<ErrorBody>('POST', '/api/wasl/holidays', { token: admin, body: { nameAr: 'خطأ', startDate: '2027-01-10', endDate: '2027-01-05', kind: 'other' } });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors.map((e) => [e.field, e.code])).toEqual([['endDate', 'HOLIDAY_RANGE_INVALID']]);
    expect(Number((await db()('wasl_holidays').where({ name_ar: 'خطأ' }).count({ n: '*' }))[0].n)).toBe(0);
    expect(await dueOf(request)).toBe(before);
  });

  it('[ESR-H7] a working week with no working day is refused', async () => {
    const [profile] = (await http<{ id: string }[]>('GET', '/api/wasl/association-profiles', { token: admin })).body;
    const res = await http<ErrorBody>('PUT', `/api/wasl/association-profiles/${profile.id}`, { token: admin, body: { weekendDays: [0, 1, 2, 3, 4, 5, 6] } });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors.map((e) => e.code)).toEqual(['WEEKEND_DAYS_INVALID']);
    const refused = await http<ErrorBody>('PUT', `/api/wasl/association-profiles/${profile.id}`, { token: reception, body: { weekendDays: [5] } });
    expect(refused.status).toBe(403);
  });

  it('[ESR-H7] an overdue request is flagged overdue once the deadline has passed', async () => {
    // Completed 60 days ago: an admin's holiday edit re-times it under the same calendar.
    const late = await completedRequest();
    const [completeEvent] = (await eventsOf(late)).filter((e) => e.toStatus === 'complete');
    await db()('wasl_request_events').where({ id: completeEvent.id }).update({ at: new Date(Date.now() - 60 * 86_400_000) });
    const past = await http<{ id: string }>('POST', '/api/wasl/holidays', { token: admin, body: { nameAr: 'إجازة قديمة', startDate: '2020-01-05', endDate: '2020-01-05', kind: 'other' } });
    expect((await http('DELETE', `/api/wasl/holidays/${past.body.id}`, { token: admin })).status).toBe(200);
    expect(new Date(await dueOf(late)).getTime()).toBeLessThan(Date.now());
    const overdue = await http<Listed[]>('GET', '/api/wasl/service-requests', { token: reception, query: { filter: { slaState: 'overdue' }, range: [0, 499] } });
    expect(overdue.body.find((r) => r.id === late)?.slaState).toBe('overdue');
  });

  it.each(['overdue', 'due_soon', 'on_time', 'paused', 'not_started', 'met', 'missed', 'none'])(
    '[ESR-H7] the SQL filter slaState=%s returns exactly the records the server flags so',
    async (state) => {
      const all = await http<Listed[]>('GET', '/api/wasl/service-requests', { token: reception, query: { range: [0, 499] } });
      const filtered = await http<Listed[]>('GET', '/api/wasl/service-requests', { token: reception, query: { filter: { slaState: state }, range: [0, 499] } });
      expect(filtered.status).toBe(200);
      const expected = all.body.filter((r) => r.slaState === state).map((r) => r.id).sort();
      expect(filtered.body.map((r) => r.id).sort()).toEqual(expected);
      expect(filtered.body.every((r) => r.slaState === state)).toBe(true);
    },
  );

  it('[ESR-H7] the demo queue holds requests in several SLA states', async () => {
    const all = await http<Listed[]>('GET', '/api/wasl/service-requests', { token: reception, query: { range: [0, 499] } });
    expect(new Set(all.body.map((r) => r.slaState)).size).toBeGreaterThanOrEqual(4);
  });

  it('answers 400 for an unknown SLA state', async () => {
    const res = await http<ErrorBody>('GET', '/api/wasl/service-requests', { token: reception, query: { filter: { slaState: 'late-ish' } } });
    expect(res.status).toBe(400);
    expect(res.body.error.details.code).toBe('INVALID_FILTER');
  });
});
