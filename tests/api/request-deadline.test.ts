/**
 * ESR-H7 on a real Strapi, at chosen instants: "at most 15 working days from the date the request became
 * complete". The request is completed with the server's workflow clock set (tests only, WASL_CLOCK_FILE)
 * and the deadline it answers is compared with the date written by hand from the policy: the Riyadh date
 * of completion is never counted, whatever the hour; the deadline is the end (16:00 Riyadh = 13:00 UTC)
 * of the 15th working day after it. Weekend Friday–Saturday.
 */
import fs from 'fs';
import { http, loginAs } from '../helpers/api';
import { attest, fileRequest, move, registerBeneficiary } from '../helpers/journey';
import { readTestServer } from '../helpers/server-env';

type Holiday = {
  id: string;
  nameAr: string;
  nameEn?: string | null;
  startDate: string;
  endDate: string;
  hijriYear?: number | null;
  kind: string;
};
type Journey = { sla: { dueAt: string | null } };

const MARCH_HOLIDAY = {
  nameAr: 'إجازة اختبار موعد الرد',
  nameEn: 'Deadline test holiday',
  startDate: '2027-03-07',
  endDate: '2027-03-10',
  kind: 'other',
};

describe('[ESR-H7] the deadline as the policy counts it, completed at chosen instants', () => {
  const clockFile = readTestServer().workflowClockFile as string;
  let admin: string;
  let reception: string;
  let service: string;
  let saved: Holiday[] = [];
  let marchHoliday: string | null = null;

  const setClock = (iso: string) => fs.writeFileSync(clockFile, iso);
  const dueOf = async (request: string) =>
    (await http<Journey>('GET', `/api/wasl/service-requests/${request}/journey`, { token: reception })).body.sla.dueAt;
  const completeAt = async (iso: string): Promise<string> => {
    const beneficiary = (await registerBeneficiary()).id;
    const request = (await fileRequest(beneficiary, service, { documentsProvided: [] })).id;
    await attest(beneficiary, request);
    setClock(iso);
    const moved = await move(reception, request, 'complete');
    expect(moved.status).toBe(200);
    return request;
  };
  const addMarchHoliday = async () => {
    const created = await http<{ id: string }>('POST', '/api/wasl/holidays', { token: admin, body: MARCH_HOLIDAY });
    expect(created.status).toBe(201);
    marchHoliday = created.body.id;
  };
  const removeMarchHoliday = async () => {
    expect((await http('DELETE', `/api/wasl/holidays/${marchHoliday}`, { token: admin })).status).toBe(200);
    marchHoliday = null;
  };

  beforeAll(async () => {
    expect(clockFile).toBeTruthy();
    [admin, reception] = await Promise.all([loginAs('association_admin'), loginAs('reception_officer')]);
    const created = await http<{ id: string }>('POST', '/api/wasl/services', {
      token: admin,
      body: {
        key: `esr-deadline-${Date.now()}`,
        nameAr: 'خدمة بموعد رد خمسة عشر يوم عمل',
        category: 'counselling',
        published: true,
        slaDays: 15,
        slaUnit: 'working_days',
        requiredDocuments: [],
        eligibilityRules: [],
      },
    });
    expect(created.status).toBe(201);
    service = created.body.id;
    // The table's calendar has exactly the holidays it names: the demo's are set aside and put back after.
    saved = (await http<Holiday[]>('GET', '/api/wasl/holidays', { token: admin, query: { range: [0, 499] } })).body;
    expect(saved.length).toBeGreaterThan(0);
    for (const holiday of saved)
      expect((await http('DELETE', `/api/wasl/holidays/${holiday.id}`, { token: admin })).status).toBe(200);
    await addMarchHoliday();
  });

  afterAll(async () => {
    fs.rmSync(clockFile, { force: true });
    if (marchHoliday) await removeMarchHoliday();
    for (const { id: _id, ...holiday } of saved) {
      const body = Object.fromEntries(
        Object.entries(holiday).filter(
          ([key, value]) =>
            value !== null && ['nameAr', 'nameEn', 'startDate', 'endDate', 'hijriYear', 'kind'].includes(key),
        ),
      );
      expect((await http('POST', '/api/wasl/holidays', { token: admin, body })).status).toBe(201);
    }
  });

  const withHoliday: Record<string, string> = {};

  it.each([
    ['Thu 2027-03-04 14:00 Riyadh', '2027-03-04T11:00:00.000Z', '2027-03-31T13:00:00.000Z'],
    ['Thu 2027-03-04 16:30 Riyadh, after hours', '2027-03-04T13:30:00.000Z', '2027-03-31T13:00:00.000Z'],
    ['Fri 2027-03-05 10:00 Riyadh, weekend', '2027-03-05T07:00:00.000Z', '2027-03-31T13:00:00.000Z'],
    ['Sun 2027-03-07 10:00 Riyadh, the holiday', '2027-03-07T07:00:00.000Z', '2027-03-31T13:00:00.000Z'],
  ])('[ESR-H7] holiday 7–10 Mar 2027: completed %s is due Wed 2027-03-31', async (name, at, expected) => {
    const request = await completeAt(at);
    withHoliday[name] = request;
    expect(await dueOf(request)).toBe(expected);
  });

  it('[ESR-H7] removing the holiday while the requests are open re-times them; adding it back restores the dates', async () => {
    const open = Object.values(withHoliday);
    expect(open).toHaveLength(4);
    await removeMarchHoliday();
    // No holiday: Thu 4, Thu 4 after hours and Fri 5 → Thu 25 Mar; Sun 7 itself is not counted → Sun 28 Mar.
    expect(await Promise.all(open.map(dueOf))).toEqual([
      '2027-03-25T13:00:00.000Z',
      '2027-03-25T13:00:00.000Z',
      '2027-03-25T13:00:00.000Z',
      '2027-03-28T13:00:00.000Z',
    ]);
    await addMarchHoliday();
    expect(await Promise.all(open.map(dueOf))).toEqual([
      '2027-03-31T13:00:00.000Z',
      '2027-03-31T13:00:00.000Z',
      '2027-03-31T13:00:00.000Z',
      '2027-03-31T13:00:00.000Z',
    ]);
    await removeMarchHoliday();
  });

  it.each([
    ['Fri 2027-03-05 10:00 Riyadh', '2027-03-05T07:00:00.000Z', '2027-03-25T13:00:00.000Z'],
    ['Tue 2026-12-01 23:30 Riyadh (20:30 UTC)', '2026-12-01T20:30:00.000Z', '2026-12-22T13:00:00.000Z'],
    // Across a month end: Sun 25 Apr … Thu 29 Apr (5), 2–6 May (10), 9–13 May 2027 (15).
    ['Thu 2027-04-22 10:00 Riyadh', '2027-04-22T07:00:00.000Z', '2027-05-13T13:00:00.000Z'],
    // Across the Hijri year end: Sat 5 Jun 2027 is 30 Dhu al-Hijjah 1448; Sun 6 Jun (1 Muharram 1449) counts first.
    ['Sat 2027-06-05 23:00 Riyadh, the last day of 1448 AH', '2027-06-05T20:00:00.000Z', '2027-06-24T13:00:00.000Z'],
  ])('[ESR-H7] no holiday configured: completed %s', async (_name, at, expected) => {
    expect(marchHoliday).toBeNull();
    expect(await dueOf(await completeAt(at))).toBe(expected);
  });
});
