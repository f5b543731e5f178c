/**
 * MC10: management follows the escalated complaints until they are resolved: the statistics API's open
 * escalations NOW (cms/services/stats.ts), per level, and the ten escalated longest ago. The complaints are
 * filed through the staff intake at a branch of the test's own; their escalation is written with raw SQL at
 * chosen instants (the escalation job would date them now), so the order is known.
 */
import { readTestServer } from '../helpers/server-env';
import { closeDb, db } from '../helpers/db';
import { staffIntake, step } from '../helpers/complaints';
import { newBranch, rawInstant, stats } from '../helpers/stats';

type Escalations = {
  open: number;
  byLevel: { level: number; count: number }[];
  items: {
    id: number;
    documentId: string;
    trackingNumber: string;
    category: string | null;
    escalationLevel: number;
    escalatedAt: string | null;
    dueAt: string | null;
  }[];
};

const routed = { category: 'technical_support', beneficiaryCategory: 'woman', kind: 'complaint', channel: 'phone' };

afterAll(closeDb);

describe('escalation statistics', () => {
  const client = readTestServer().client;
  let branch: { documentId: string; id: number };
  const made: { id: string; trackingNumber: string }[] = [];

  beforeAll(async () => {
    branch = await newBranch('STATS-MC10', 'فرع متابعة التصعيد');
    for (let i = 0; i < 4; i += 1) {
      const res = await staffIntake({ ...routed, branch: branch.documentId });
      if (res.status !== 201) throw new Error(`intake: ${res.status}`);
      made.push({ id: res.body.id, trackingNumber: res.body.trackingNumber });
    }
    const escalate = (index: number, level: number, at: string, status?: string) =>
      db()('wasl_complaints')
        .where({ document_id: made[index].id })
        .update({ escalation_level: level, escalated_at: rawInstant(client, at), ...(status ? { status } : {}) });
    await escalate(0, 1, '2025-08-03T09:00:00Z');
    await escalate(1, 2, '2025-08-01T09:00:00Z');
    await escalate(2, 1, '2025-08-02T09:00:00Z');
    // Escalated but resolved: no longer open.
    await escalate(3, 2, '2025-07-01T09:00:00Z', 'resolved');
  });

  it('[MC10] counts the open escalations per level, the longest escalated first', async () => {
    const res = await stats<Escalations>('escalations', { branch: branch.id });
    expect(res.status).toBe(200);
    expect(res.body.open).toBe(3);
    expect(res.body.byLevel).toEqual([
      { level: 1, count: 2 },
      { level: 2, count: 1 },
    ]);
    expect(res.body.items.length).toBeGreaterThan(0);
    expect(res.body.items.map((i) => [i.trackingNumber, i.escalationLevel, i.escalatedAt])).toEqual([
      [made[1].trackingNumber, 2, '2025-08-01T09:00:00.000Z'],
      [made[2].trackingNumber, 1, '2025-08-02T09:00:00.000Z'],
      [made[0].trackingNumber, 1, '2025-08-03T09:00:00.000Z'],
    ]);
    expect(res.body.items[0]).toMatchObject({ documentId: made[1].id, category: 'technical_support' });
  });

  it('[MC10] a resolved escalation leaves the figures at once', async () => {
    const resolved = await step('contact_officer', made[1].id, 'resolve', {
      resolution: 'عولجت',
      amicableSettlement: false,
      settlementNotes: 'لم تقبل التسوية',
    });
    expect(resolved.status).toBe(200);
    const res = await stats<Escalations>('escalations', { branch: branch.id });
    expect(res.body.open).toBe(2);
    expect(res.body.byLevel).toEqual([{ level: 1, count: 2 }]);
    expect(res.body.items.map((i) => i.trackingNumber)).toEqual([made[2].trackingNumber, made[0].trackingNumber]);
    expect((await stats('escalations', {}, 'reception_officer')).status).toBe(403);
    expect((await stats('escalations', {}, 'association_admin')).status).toBe(200);
  });
});
