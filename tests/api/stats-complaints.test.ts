/**
 * MC3, S5: the complaints, inquiries and suggestions received, from the statistics API (cms/services/stats.ts),
 * counted by their Riyadh day of receipt. The complaints are recorded through the staff intake at a branch of
 * the test's own, in May 2025 (no other test uses it), some exactly at the edges of a Riyadh day, so every
 * figure is a hand count of the rows this file creates.
 */
import { closeDb } from '../helpers/db';
import { staffIntake, step } from '../helpers/complaints';
import { newBranch, stats } from '../helpers/stats';

type Keyed = { key: string; count: number }[];
type Complaints = {
  from: string;
  to: string;
  bucket: string;
  total: number;
  byKind: Keyed;
  byStatus: Keyed;
  byChannel: Keyed;
  byCategory: Keyed;
  series: { bucket: string; count: number }[];
};

const routed = { category: 'technical_support', beneficiaryCategory: 'woman' };
const may = { from: '2025-05-01', to: '2025-05-31' };

afterAll(closeDb);

describe('complaint statistics by Riyadh day', () => {
  let branch: { documentId: string; id: number };
  const ids: string[] = [];

  beforeAll(async () => {
    branch = await newBranch('STATS-MC3', 'فرع إحصاءات الشكاوى');
    const at = (receivedAt: string, patch: Record<string, unknown>) =>
      staffIntake({ branch: branch.documentId, receivedAt, ...patch });
    const made = [
      // 21:00 UTC on 30 April is midnight of 1 May in Riyadh.
      await at('2025-04-30T21:00:00Z', { ...routed, kind: 'complaint', channel: 'phone' }),
      // 21:30 UTC on 1 May is already 2 May in Riyadh.
      await at('2025-05-01T21:30:00Z', { ...routed, kind: 'inquiry', channel: 'social_media' }),
      await at('2025-05-02T08:00:00Z', { ...routed, kind: 'complaint', channel: 'website' }),
      await at('2025-05-10T09:00:00Z', { category: 'facilities', kind: 'suggestion', channel: 'letter' }),
      // 20:59:59 UTC on 30 April is still 30 April in Riyadh; 21:00 UTC on 31 May is 1 June.
      await at('2025-04-30T20:59:59Z', { ...routed, kind: 'complaint', channel: 'phone' }),
      await at('2025-05-31T21:00:00Z', { ...routed, kind: 'complaint', channel: 'phone' }),
    ];
    for (const m of made) if (m.status !== 201) throw new Error(`intake: ${m.status} ${JSON.stringify(m.body)}`);
    ids.push(...made.map((m) => m.body.id));
  });

  it('[MC3] counts by kind, status, channel and category for the Riyadh days of the range', async () => {
    const res = await stats<Complaints>('complaints', { ...may, branch: branch.id });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ from: '2025-05-01', to: '2025-05-31', bucket: 'day', total: 4 });
    expect(res.body.byKind).toEqual([
      { key: 'complaint', count: 2 },
      { key: 'inquiry', count: 1 },
      { key: 'suggestion', count: 1 },
    ]);
    expect(res.body.byStatus).toEqual([
      { key: 'assigned', count: 3 },
      { key: 'received', count: 1 },
    ]);
    expect(res.body.byChannel).toEqual([
      { key: 'letter', count: 1 },
      { key: 'phone', count: 1 },
      { key: 'social_media', count: 1 },
      { key: 'website', count: 1 },
    ]);
    expect(res.body.byCategory).toEqual([
      { key: 'facilities', count: 1 },
      { key: 'technical_support', count: 3 },
    ]);
    expect(res.body.series).toHaveLength(31);
    expect(res.body.series.slice(0, 3)).toEqual([
      { bucket: '2025-05-01', count: 1 },
      { bucket: '2025-05-02', count: 2 },
      { bucket: '2025-05-03', count: 0 },
    ]);
    expect(res.body.series[9]).toEqual({ bucket: '2025-05-10', count: 1 });
  });

  it('[MC3] buckets by month: the edge complaints fall in April and June', async () => {
    const res = await stats<Complaints>('complaints', {
      from: '2025-04-01',
      to: '2025-06-30',
      branch: branch.id,
      bucket: 'month',
    });
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(6);
    expect(res.body.series).toEqual([
      { bucket: '2025-04-01', count: 1 },
      { bucket: '2025-05-01', count: 4 },
      { bucket: '2025-06-01', count: 1 },
    ]);
  });

  it('[MC3] follows the workflow: a resolved complaint moves from assigned to resolved at once', async () => {
    const resolved = await step('contact_officer', ids[2], 'resolve', {
      resolution: 'عولجت',
      amicableSettlement: false,
      settlementNotes: 'لم تقبل التسوية',
    });
    expect(resolved.status).toBe(200);
    const res = await stats<Complaints>('complaints', { ...may, branch: branch.id });
    expect(res.body.total).toBe(4);
    expect(res.body.byStatus).toEqual([
      { key: 'assigned', count: 2 },
      { key: 'received', count: 1 },
      { key: 'resolved', count: 1 },
    ]);
  });

  it('[S5] senior management follows the complaints; the front desk and the contact officer may not', async () => {
    expect((await stats('complaints', may, 'manager')).status).toBe(200);
    expect((await stats('complaints', may, 'association_admin')).status).toBe(200);
    expect((await stats('complaints', may, 'reception_officer')).status).toBe(403);
    expect((await stats('complaints', may, 'contact_officer')).status).toBe(403);
    expect((await stats('complaints', { from: '2025-13-01' })).status).toBe(400);
  });
});
