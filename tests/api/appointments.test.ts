/**
 * MC6: meetings with officials never conflict with official working hours or with the official's other
 * commitments. The demo association (cms/seed/yusr.ts) works Sunday–Thursday 08:00–16:00 Riyadh (UTC+3);
 * its holidays (cms/seed/holidays.ts) include Founding Day, Monday 22 February 2027. Sunday 10 and
 * Monday 11 January 2027 are ordinary working days; Friday 8 January 2027 is the weekend.
 */
import { http, loginAs, type ErrorBody } from '../helpers/api';
import { closeDb, db } from '../helpers/db';

type Appointment = { id: string; officialName: string; startsAt: string; endsAt: string; status: string };

const OFFICIAL = 'د. سارة أحمد الزهراني';

describe('appointments with officials (MC6)', () => {
  let reception: string;

  const book = (body: Record<string, unknown>, token = reception) =>
    http<Appointment | ErrorBody>('POST', '/api/wasl/appointments', {
      token,
      body: { officialName: OFFICIAL, officialTitle: 'مديرة البرامج', purpose: 'متابعة حالة', ...body },
    });
  const refusal = (res: { status: number; body: unknown }) => {
    expect(res.status).toBe(422);
    const { details } = (res.body as ErrorBody).error;
    expect(details.errors).toHaveLength(1);
    // The answer's code and its one field error name the same rule.
    expect(details.errors[0].code).toBe(details.code);
    return details.errors[0];
  };

  beforeAll(async () => {
    reception = await loginAs('reception_officer');
  });
  afterAll(closeDb);

  it('[MC6] a slot inside working hours of a working day is booked', async () => {
    const res = await book({ startsAt: '2027-01-10T07:00:00.000Z', endsAt: '2027-01-10T07:30:00.000Z' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      officialName: OFFICIAL,
      status: 'scheduled',
      startsAt: '2027-01-10T07:00:00.000Z',
    });
  });

  it('[MC6] a slot outside working hours is refused, naming the hours', async () => {
    // 16:30 Riyadh, after closing; 15:45–16:15 runs past closing; 07:30 Riyadh is before opening.
    for (const [startsAt, endsAt] of [
      ['2027-01-10T13:30:00.000Z', '2027-01-10T14:00:00.000Z'],
      ['2027-01-10T12:45:00.000Z', '2027-01-10T13:15:00.000Z'],
      ['2027-01-10T04:30:00.000Z', '2027-01-10T05:15:00.000Z'],
    ]) {
      expect(refusal(await book({ startsAt, endsAt }))).toMatchObject({
        code: 'APPOINTMENT_OUTSIDE_WORKING_HOURS',
        field: 'startsAt',
        messageAr: 'الموعد خارج ساعات العمل الرسمية (08:00 – 16:00)',
        messageEn: 'The appointment is outside official working hours (08:00 – 16:00)',
      });
    }
  });

  it('[MC6] a slot on the weekend or on a holiday is refused', async () => {
    expect(
      refusal(await book({ startsAt: '2027-01-08T07:00:00.000Z', endsAt: '2027-01-08T07:30:00.000Z' })),
    ).toMatchObject({
      code: 'APPOINTMENT_ON_WEEKEND',
      field: 'startsAt',
    });
    expect(
      refusal(await book({ startsAt: '2027-02-22T07:00:00.000Z', endsAt: '2027-02-22T07:30:00.000Z' })),
    ).toMatchObject({
      code: 'APPOINTMENT_ON_HOLIDAY',
      field: 'startsAt',
      messageAr: 'اليوم المختار إجازة رسمية في تقويم الجمعية',
    });
  });

  it('[MC6] an appointment that ends at or before its start is refused', async () => {
    expect(
      refusal(await book({ startsAt: '2027-01-10T09:00:00.000Z', endsAt: '2027-01-10T09:00:00.000Z' })),
    ).toMatchObject({
      code: 'APPOINTMENT_ENDS_BEFORE_START',
      field: 'endsAt',
    });
  });

  it("[MC6] a slot over the same official's scheduled appointment is refused; back to back or another official is not", async () => {
    // The same official written without the title's dot and with a plain alef: the same person.
    expect(
      refusal(
        await book({
          officialName: 'د سارة احمد الزهراني',
          startsAt: '2027-01-10T07:15:00.000Z',
          endsAt: '2027-01-10T07:45:00.000Z',
        }),
      ),
    ).toMatchObject({ code: 'APPOINTMENT_CLASH', field: 'startsAt' });
    expect((await book({ startsAt: '2027-01-10T07:30:00.000Z', endsAt: '2027-01-10T08:00:00.000Z' })).status).toBe(201);
    expect(
      (
        await book({
          officialName: 'أ. نوال عبدالله القحطاني',
          startsAt: '2027-01-10T07:15:00.000Z',
          endsAt: '2027-01-10T07:45:00.000Z',
        })
      ).status,
    ).toBe(201);
  });

  it('[MC6] moving an appointment onto a clash is refused; a cancelled one frees its slot', async () => {
    const manager = await loginAs('manager');
    const later = await book({ startsAt: '2027-01-10T10:00:00.000Z', endsAt: '2027-01-10T10:30:00.000Z' });
    expect(later.status).toBe(201);
    const id = (later.body as Appointment).id;
    const moved = await http('PUT', `/api/wasl/appointments/${id}`, {
      token: manager,
      body: { startsAt: '2027-01-10T07:10:00.000Z', endsAt: '2027-01-10T07:20:00.000Z' },
    });
    expect(refusal(moved)).toMatchObject({ code: 'APPOINTMENT_CLASH' });
    const [first] = (
      await http<Appointment[]>('GET', '/api/wasl/appointments', {
        token: manager,
        query: { filter: { startsAt: '2027-01-10T07:00:00.000Z', officialName: OFFICIAL } },
      })
    ).body;
    expect(first).toBeDefined();
    expect(
      (await http('PUT', `/api/wasl/appointments/${first.id}`, { token: manager, body: { status: 'cancelled' } }))
        .status,
    ).toBe(200);
    const again = await http<Appointment>('PUT', `/api/wasl/appointments/${id}`, {
      token: manager,
      body: { startsAt: '2027-01-10T07:00:00.000Z', endsAt: '2027-01-10T07:25:00.000Z' },
    });
    expect(again.status).toBe(200);
    expect(again.body.startsAt).toBe('2027-01-10T07:00:00.000Z');
  });

  it('[MC6] two bookings racing for one slot of one official: exactly one wins', async () => {
    const slot = { startsAt: '2027-01-11T08:00:00.000Z', endsAt: '2027-01-11T09:00:00.000Z' };
    const manager = await loginAs('manager');
    const results = await Promise.all([book(slot), book(slot, manager), book(slot), book(slot, manager)]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 422, 422, 422]);
    for (const lost of results.filter((r) => r.status === 422))
      expect((lost.body as ErrorBody).error.details.code).toBe('APPOINTMENT_CLASH');
    const rows = await db()('wasl_appointments').where({ official_key: 'د ساره احمد الزهراني', status: 'scheduled' });
    expect(rows.map((r: { starts_at: unknown }) => new Date(r.starts_at as string).toISOString()).sort()).toEqual([
      '2027-01-10T07:00:00.000Z',
      '2027-01-10T07:30:00.000Z',
      '2027-01-11T08:00:00.000Z',
    ]);
  });
});
