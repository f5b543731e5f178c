/**
 * Staff acknowledge a policy version they have read, once each, from the console's policy page: the
 * server records who, when and which version; the client cannot name someone else.
 */
import { http, loginAs, type ErrorBody } from '../helpers/api';
import { closeDb, countRows, db } from '../helpers/db';

type Ack = { id: string; versionNumber: number; acknowledgedAt: string };

describe('policy acknowledgements', () => {
  let token: string;
  let policy: { id: string; versionNumber: number };
  beforeAll(async () => {
    token = await loginAs('contact_officer');
    policy = (
      await http<{ id: string; versionNumber: number }[]>('GET', '/api/wasl/policy-documents', {
        token,
        query: { range: [0, 0] },
      })
    ).body[0];
  });
  afterAll(closeDb);

  it("[ESR-PD3] records the signed-in staff member, the time and the policy's own version; a second time is 409 and writes nothing", async () => {
    const res = await http<Ack>('POST', '/api/wasl/policy-acknowledgements', {
      token,
      body: { policy: policy.id, versionNumber: 99 },
    });
    expect(res.status).toBe(201);
    expect(res.body.versionNumber).toBe(policy.versionNumber);
    expect(new Date(res.body.acknowledgedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    const row = await db()('wasl_policy_acknowledgements_user_lnk as l')
      .join('up_users as u', 'u.id', 'l.user_id')
      .join('wasl_policy_acknowledgements as a', 'a.id', 'l.policy_acknowledgement_id')
      .where('a.document_id', res.body.id)
      .first('u.username');
    expect(row.username).toBe('contact-officer');

    const before = await countRows('wasl_policy_acknowledgements');
    const again = await http<ErrorBody>('POST', '/api/wasl/policy-acknowledgements', {
      token,
      body: { policy: policy.id },
    });
    expect(again.status).toBe(409);
    expect(again.body.error.details.code).toBe('DUPLICATE_VALUE');
    expect(await countRows('wasl_policy_acknowledgements')).toBe(before);
  });

  it("[HRF-P1] nobody acknowledges in someone else's name: `user` is server-owned (403 FORBIDDEN_FIELD)", async () => {
    const res = await http<ErrorBody>('POST', '/api/wasl/policy-acknowledgements', {
      token: await loginAs('manager'),
      body: { policy: policy.id, user: 1 },
    });
    expect(res.status).toBe(403);
    expect(res.body.error.details.errors.map((e) => e.field)).toEqual(['user']);
  });
});
