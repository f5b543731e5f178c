/**
 * MC1: the daily visitor count per branch, from the statistics API (cms/services/stats.ts), answered from
 * the daily roll-ups. The visits are recorded through the API at a branch of the test's own, in March 2025
 * (no other test uses it), so every figure below is a hand count of the rows this file creates.
 */
import { http, loginAs, type ErrorBody } from '../helpers/api';
import { closeDb } from '../helpers/db';
import { newBranch, riyadhDay, stats } from '../helpers/stats';

type Visitors = {
  from: string;
  to: string;
  bucket: string;
  total: number;
  series: { bucket: string; count: number }[];
  byPurpose: { key: string; count: number }[];
  byBranch: { branchId: number; branchName: string; count: number; today: number; average90: number }[];
};

afterAll(closeDb);

const visit = async (branch: string, visitDate: string, count: number, purpose: string) => {
  const res = await http<{ id: string }>('POST', '/api/wasl/visits', {
    token: await loginAs('reception_officer'),
    body: { visitDate, branch, count, purpose, channel: 'walk_in' },
  });
  if (res.status !== 201) throw new Error(`visit: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id;
};

describe('visitor statistics', () => {
  let branch: { documentId: string; id: number };
  const ids: string[] = [];
  const march = { from: '2025-03-01', to: '2025-03-31' };

  beforeAll(async () => {
    branch = await newBranch('STATS-MC1', 'فرع إحصاءات الزوار');
    // Saturday 1, Sunday 2, Monday 3, Sunday 9 and Monday 31 March 2025; 28 February and 1 April are outside.
    ids.push(await visit(branch.documentId, '2025-03-01', 4, 'inquiry'));
    ids.push(await visit(branch.documentId, '2025-03-02', 3, 'inquiry'));
    ids.push(await visit(branch.documentId, '2025-03-02', 2, 'service_request'));
    ids.push(await visit(branch.documentId, '2025-03-03', 1, 'complaint'));
    ids.push(await visit(branch.documentId, '2025-03-09', 5, 'service_request'));
    ids.push(await visit(branch.documentId, '2025-03-31', 6, 'follow_up'));
    ids.push(await visit(branch.documentId, '2025-02-28', 7, 'inquiry'));
    ids.push(await visit(branch.documentId, '2025-04-01', 8, 'inquiry'));
  });

  it('[MC1] sums the visitors of the range by day, purpose and branch', async () => {
    const res = await stats<Visitors>('visitors', { ...march, branch: branch.id });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ from: '2025-03-01', to: '2025-03-31', bucket: 'day', total: 21 });
    expect(res.body.series).toHaveLength(31);
    expect(res.body.series.slice(0, 4)).toEqual([
      { bucket: '2025-03-01', count: 4 },
      { bucket: '2025-03-02', count: 5 },
      { bucket: '2025-03-03', count: 1 },
      { bucket: '2025-03-04', count: 0 },
    ]);
    expect(res.body.series[8]).toEqual({ bucket: '2025-03-09', count: 5 });
    expect(res.body.series[30]).toEqual({ bucket: '2025-03-31', count: 6 });
    expect(res.body.byPurpose).toEqual([
      { key: 'complaint', count: 1 },
      { key: 'follow_up', count: 6 },
      { key: 'inquiry', count: 7 },
      { key: 'service_request', count: 7 },
    ]);
    expect(res.body.byBranch).toEqual([
      { branchId: branch.id, branchName: 'فرع إحصاءات الزوار', count: 21, today: 0, average90: 0 },
    ]);
  });

  it('[MC1] buckets by week (from Sunday) and by month', async () => {
    const weeks = await stats<Visitors>('visitors', { ...march, branch: branch.id, bucket: 'week' });
    expect(weeks.status).toBe(200);
    expect(weeks.body.series).toEqual([
      { bucket: '2025-02-23', count: 4 },
      { bucket: '2025-03-02', count: 6 },
      { bucket: '2025-03-09', count: 5 },
      { bucket: '2025-03-16', count: 0 },
      { bucket: '2025-03-23', count: 0 },
      { bucket: '2025-03-30', count: 6 },
    ]);
    const months = await stats<Visitors>('visitors', {
      from: '2025-02-01',
      to: '2025-04-30',
      branch: branch.id,
      bucket: 'month',
    });
    expect(months.body.series).toEqual([
      { bucket: '2025-02-01', count: 7 },
      { bucket: '2025-03-01', count: 21 },
      { bucket: '2025-04-01', count: 8 },
    ]);
    expect(months.body.total).toBe(36);
  });

  it("[MC1] gives today's visitors and the mean per day of the 90 days before today", async () => {
    const other = await newBranch('STATS-MC1-TODAY', 'فرع زوار اليوم');
    await visit(other.documentId, riyadhDay(0), 3, 'inquiry');
    await visit(other.documentId, riyadhDay(0), 2, 'appointment');
    await visit(other.documentId, riyadhDay(1), 40, 'inquiry');
    await visit(other.documentId, riyadhDay(90), 50, 'inquiry');
    await visit(other.documentId, riyadhDay(91), 1000, 'inquiry');
    const res = await stats<Visitors>('visitors', { branch: other.id });
    expect(res.status).toBe(200);
    // The default range is the 30 days ending today: today's 5 and yesterday's 40.
    expect(res.body.to).toBe(riyadhDay(0));
    expect(res.body.from).toBe(riyadhDay(29));
    expect(res.body.total).toBe(45);
    // (40 + 50) / 90 = 1.0; the visit 91 days ago is outside the 90 days.
    expect(res.body.byBranch).toEqual([
      { branchId: other.id, branchName: 'فرع زوار اليوم', count: 45, today: 5, average90: 1 },
    ]);
  });

  it('[MC1] follows every write: a changed count, a moved day and a deleted visit', async () => {
    const reception = await loginAs('reception_officer');
    expect((await http('PUT', `/api/wasl/visits/${ids[0]}`, { token: reception, body: { count: 10 } })).status).toBe(
      200,
    );
    expect(
      (await http('PUT', `/api/wasl/visits/${ids[5]}`, { token: reception, body: { visitDate: '2025-04-02' } })).status,
    ).toBe(200);
    expect((await http('DELETE', `/api/wasl/visits/${ids[3]}`, { token: reception })).status).toBe(200);
    const res = await stats<Visitors>('visitors', { ...march, branch: branch.id });
    // 21 − 4 + 10 − 6 − 1.
    expect(res.body.total).toBe(20);
    expect(res.body.series[0]).toEqual({ bucket: '2025-03-01', count: 10 });
    expect(res.body.series[2]).toEqual({ bucket: '2025-03-03', count: 0 });
    expect(res.body.series[30]).toEqual({ bucket: '2025-03-31', count: 0 });
    expect(res.body.byPurpose).toEqual([
      { key: 'inquiry', count: 13 },
      { key: 'service_request', count: 7 },
    ]);
  });

  it('[MC1] is for management only, and refuses a bad or too long range', async () => {
    expect((await stats('visitors', march, 'reception_officer')).status).toBe(403);
    expect((await stats('visitors', march, 'association_admin')).status).toBe(200);
    const reversed = await stats<ErrorBody>('visitors', { from: '2025-03-31', to: '2025-03-01' });
    expect(reversed.status).toBe(400);
    expect(reversed.body.error.details.errors[0]).toMatchObject({ field: 'from', code: 'STATS_RANGE_INVALID' });
    expect(reversed.body.error.details.errors[0].messageAr).toMatch(/نطاق/);
    const long = await stats<ErrorBody>('visitors', { from: '2023-01-01', to: '2025-01-01' });
    expect(long.status).toBe(400);
    expect(long.body.error.details.errors[0]).toMatchObject({ field: 'to', code: 'STATS_RANGE_TOO_LONG' });
    // 1 January 2023 to 1 January 2025 is 732 days; to 31 December 2024 is 731, the most allowed.
    expect((await stats('visitors', { from: '2023-01-01', to: '2024-12-31' })).status).toBe(200);
    const junk = await stats<ErrorBody>('visitors', { from: '2025-02-30', bucket: 'year', branch: 'x', extra: '1' });
    expect(junk.status).toBe(400);
    expect(junk.body.error.details.errors.map((e) => e.field).sort()).toEqual(['branch', 'bucket', 'extra', 'from']);
  });
});
