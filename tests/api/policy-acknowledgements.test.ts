/**
 * Staff acknowledge a policy version they have read, once each, from the console's policy page: the
 * server records who, when and which version; the client cannot name someone else.
 */
import { http, loginAs, loginAsUser, type ErrorBody } from '../helpers/api';
import { closeDb, countRows, db } from '../helpers/db';
import { APPROVAL } from '../helpers/policies';

// One connection for both describe blocks: a close in the first would leave the second's open, and jest waiting.
afterAll(closeDb);

type Ack = { id: string; versionNumber: number; acknowledgedAt: string };

describe('policy acknowledgements', () => {
  let token: string;
  let policy: { id: string; versionNumber: number };
  beforeAll(async () => {
    token = await loginAs('contact_officer');
    // A policy of this file's own: the console's Chromium test has the same officer sign the demo's policy, and
    // jest may run either file first.
    const created = await http<{ id: string }>('POST', '/api/wasl/policy-documents', {
      token: await loginAs('association_admin'),
      body: { policyKey: `acknowledged-${Date.now()}`, titleAr: 'سياسة الخصوصية', bodyAr: 'نص السياسة', ...APPROVAL },
    });
    expect(created.status).toBe(201);
    const published = await http<{ id: string; versionNumber: number }>(
      'POST',
      `/api/wasl/policy-documents/${created.body.id}/publish`,
      { token: await loginAs('association_admin') },
    );
    expect(published.status).toBe(200);
    policy = { id: created.body.id, versionNumber: 1 };
  });

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

type Policy = {
  id: string;
  versionNumber: number;
  acknowledgedByMe: boolean;
  published: boolean;
  publishedVersion: number | null;
};

describe('[PD3] the version signed is the published one', () => {
  let admin: string;
  beforeAll(async () => {
    admin = await loginAs('association_admin');
  });
  const create = async (body: Record<string, unknown>) => {
    const res = await http<Policy>('POST', '/api/wasl/policy-documents', { token: admin, body });
    expect(res.status).toBe(201);
    return res.body.id;
  };
  const publish = async (id: string) =>
    expect((await http('POST', `/api/wasl/policy-documents/${id}/publish`, { token: admin })).status).toBe(200);
  const read = async (id: string, token: string) =>
    (await http<Policy>('GET', `/api/wasl/policy-documents/${id}`, { token })).body;
  const sign = (id: string, token: string) =>
    http<Ack & ErrorBody>('POST', '/api/wasl/policy-acknowledgements', { token, body: { policy: id } });

  it("[ESR-PD3] an acknowledgement names the published version, not the draft's; a newly published version asks again", async () => {
    const id = await create({
      policyKey: `read-and-sign-${Date.now()}`,
      titleAr: 'سياسة السرية',
      bodyAr: 'الإصدار الأول',
      ...APPROVAL,
    });
    await publish(id);
    const officer = await loginAs('contact_officer');
    expect(await read(id, officer)).toMatchObject({ versionNumber: 1, acknowledgedByMe: false });
    expect((await sign(id, officer)).body.versionNumber).toBe(1);
    expect(await read(id, officer)).toMatchObject({ versionNumber: 1, acknowledgedByMe: true });

    // The admin edits the draft to version 2 without publishing: staff still read and sign version 1.
    const edit = await http('PUT', `/api/wasl/policy-documents/${id}`, {
      token: admin,
      body: { versionNumber: 2, bodyAr: 'الإصدار الثاني' },
    });
    expect(edit.status).toBe(200);
    expect(await read(id, admin)).toMatchObject({ versionNumber: 2, published: true, publishedVersion: 1 });
    const researcher = await loginAsUser('social-researcher');
    expect((await sign(id, researcher)).body.versionNumber).toBe(1);
    expect(await read(id, officer)).toMatchObject({ versionNumber: 1, acknowledgedByMe: true });

    await publish(id);
    expect(await read(id, officer)).toMatchObject({ versionNumber: 2, acknowledgedByMe: false });
    const again = await sign(id, officer);
    expect(again.status).toBe(201);
    expect(again.body.versionNumber).toBe(2);
    expect(await read(id, officer)).toMatchObject({ versionNumber: 2, acknowledgedByMe: true });
  });

  it('[ESR-PD3] a document that is not published, or a guide, is not signed (409) and nothing is written', async () => {
    const officer = await loginAs('contact_officer');
    const unpublished = await create({ policyKey: `draft-only-${Date.now()}`, titleAr: 'مسودة سياسة', ...APPROVAL });
    const guide = await create({ policyKey: `guide-${Date.now()}`, kind: 'user_guide', titleAr: 'دليل المستفيد' });
    await publish(guide);
    const before = await countRows('wasl_policy_acknowledgements');
    const draftAck = await sign(unpublished, officer);
    expect(draftAck.status).toBe(409);
    expect(draftAck.body.error.details.code).toBe('POLICY_NOT_PUBLISHED');
    const guideAck = await sign(guide, officer);
    expect(guideAck.status).toBe(409);
    expect(guideAck.body.error.details.code).toBe('POLICY_NOT_SIGNABLE');
    expect(await countRows('wasl_policy_acknowledgements')).toBe(before);
  });
});
