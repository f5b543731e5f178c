/**
 * MC3: statistics of complaints and inquiries received and of the actions taken, for a date range,
 * computed in SQL. The complaints here are dated in a window no other test uses, so every count is exact.
 */
import { http, loginAs, type ErrorBody } from '../helpers/api';
import { closeDb, db } from '../helpers/db';
import { staffIntake, step } from '../helpers/complaints';

type Stats = {
  total: number;
  byKind: { key: string; count: number }[];
  byChannel: { key: string; count: number }[];
  byCategory: { key: string; count: number }[];
  byStatus: { key: string; count: number }[];
  actionsByKind: { key: string; count: number }[];
  timeToResolve: { resolvedCount: number; averageHours: number | null; medianHours: number | null };
};

const RANGE = { from: '2021-03-01T00:00:00Z', to: '2021-04-01T00:00:00Z' };
const at = (day: number, hour: number) => new Date(Date.UTC(2021, 2, day, hour)).toISOString();
const routed = { category: 'technical_support', beneficiaryCategory: 'woman' };

const stats = async (role: Parameters<typeof loginAs>[0], query: Record<string, string> = RANGE) =>
  http<Stats>('GET', '/api/wasl/complaint-stats', { token: await loginAs(role), query });

afterAll(closeDb);

describe('complaint statistics', () => {
  const ids: string[] = [];
  beforeAll(async () => {
    const made = [
      await staffIntake({ ...routed, kind: 'complaint', channel: 'phone', receivedAt: at(2, 6) }),
      await staffIntake({ ...routed, kind: 'inquiry', channel: 'social_media', receivedAt: at(3, 7) }),
      await staffIntake({ ...routed, kind: 'complaint', channel: 'website', receivedAt: at(4, 8) }),
      await staffIntake({ category: 'facilities', kind: 'suggestion', channel: 'letter', receivedAt: at(5, 9) }),
      await staffIntake({ ...routed, kind: 'complaint', channel: 'website', receivedAt: at(7, 9) }),
      // Outside the range on both sides.
      await staffIntake({ ...routed, channel: 'phone', receivedAt: '2021-02-28T23:59:59Z' }),
      await staffIntake({ ...routed, channel: 'phone', receivedAt: '2021-04-01T00:00:00Z' }),
    ];
    ids.push(...made.map((m) => m.body.id));
    await step('contact_officer', ids[0], 'resolve', {
      resolution: 'عولجت',
      amicableSettlement: true,
      settlementNotes: 'تسوية ودية',
    });
    await step('contact_officer', ids[1], 'resolve', {
      resolution: 'أجبنا',
      amicableSettlement: false,
      publicReply: 'الخدمة متاحة يومي الأحد والثلاثاء',
    });
    await step('contact_officer', ids[2], 'resolve', {
      resolution: 'عولجت',
      amicableSettlement: false,
      settlementNotes: 'لم تقبل التسوية',
    });
  });

  it('[HRF-MC3] counts by kind, channel, category and status for the range, in SQL', async () => {
    const res = await stats('manager');
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(5);
    expect(res.body.byKind).toEqual([
      { key: 'complaint', count: 3 },
      { key: 'inquiry', count: 1 },
      { key: 'suggestion', count: 1 },
    ]);
    expect(res.body.byChannel).toEqual([
      { key: 'letter', count: 1 },
      { key: 'phone', count: 1 },
      { key: 'social_media', count: 1 },
      { key: 'website', count: 2 },
    ]);
    expect(res.body.byCategory).toEqual([
      { key: 'facilities', count: 1 },
      { key: 'technical_support', count: 4 },
    ]);
    expect(res.body.byStatus).toEqual([
      { key: 'assigned', count: 1 },
      { key: 'received', count: 1 },
      { key: 'resolved', count: 3 },
    ]);
    expect(res.body.actionsByKind).toEqual([
      { key: 'assignment', count: 4 },
      { key: 'public_reply', count: 1 },
      { key: 'settlement', count: 2 },
    ]);
  });

  it('[HRF-MC3] gives the average and the median time to resolve, in hours', async () => {
    const rows = await db()('wasl_complaints').whereIn('document_id', ids.slice(0, 3));
    const hours = rows
      .map((r) => (new Date(r.resolved_at).getTime() - new Date(r.received_at).getTime()) / 3600_000)
      .sort((a, b) => a - b);
    const round = (v: number) => Math.round(v * 100) / 100;
    const res = await stats('association_admin');
    expect(res.body.timeToResolve).toEqual({
      resolvedCount: 3,
      averageHours: round((hours[0] + hours[1] + hours[2]) / 3),
      medianHours: round(hours[1]),
    });
    const even = await stats('manager', { from: RANGE.from, to: at(4, 0) });
    expect(even.body.timeToResolve).toEqual({
      resolvedCount: 2,
      averageHours: round((hours[1] + hours[2]) / 2),
      medianHours: round((hours[1] + hours[2]) / 2),
    });
  });

  it('[HRF-MC3] is for management only, and refuses a reversed or malformed range', async () => {
    expect((await stats('reception_officer')).status).toBe(403);
    const reversed = await stats('manager', { from: RANGE.to, to: RANGE.from });
    expect((reversed.body as unknown as ErrorBody).error.details.errors[0]).toMatchObject({
      field: 'from',
      code: 'STATS_RANGE_INVALID',
    });
    const junk = await stats('manager', { from: 'yesterday', extra: '1' });
    expect(junk.status).toBe(400);
  });
});
