/**
 * MC5: support services to beneficiaries (copying, calls…) are recordable: the front desk taps them as their
 * own visit purpose, and the visitor statistics count them apart from the other purposes.
 */
import { http, loginAs } from '../helpers/api';
import { closeDb } from '../helpers/db';
import { newBranch, riyadhDay, stats } from '../helpers/stats';

type Visitors = { total: number; byPurpose: { key: string; count: number }[] };

afterAll(closeDb);

describe('support services (MC5)', () => {
  it('[MC5] a support service is tapped at the front desk and counted as its own purpose in the statistics', async () => {
    const branch = await newBranch('MC5-SUP', 'فرع الخدمات المساندة');
    const reception = await loginAs('reception_officer');
    const tap = (purpose: string) =>
      http('POST', '/api/wasl/front-desk/visits', { token: reception, body: { branch: branch.documentId, purpose } });
    // Two photocopies and a phone call for beneficiaries, and one inquiry: 4 visitors, 3 of them support services.
    for (const purpose of ['support_service', 'support_service', 'support_service', 'inquiry'])
      expect((await tap(purpose)).status).toBe(201);

    const today = riyadhDay();
    const res = await stats<Visitors>('visitors', { from: today, to: today, branch: branch.id });
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(4);
    expect(res.body.byPurpose.length).toBeGreaterThan(0);
    expect(res.body.byPurpose).toEqual([
      { key: 'inquiry', count: 1 },
      { key: 'support_service', count: 3 },
    ]);
  });
});
