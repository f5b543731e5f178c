/**
 * P1: a confidential service's requests (the demo's Shaml and family-protection services) exist only for
 * the staff on the case: who received it, its assignee, its committee's members from the committee stage
 * on, and the manager. Everyone else gets 404 on the request and its sub-routes, and lists and totals
 * without it. Counts are hand-counted from the reproducible demo seed (cms/seed/journeys.ts, seed 1448):
 * family protection 41 requests (26 at the committee stage or later), Shaml 36 (24): 77 confidential,
 * 50 of them before or past the committee. No other test file files requests in these two services.
 */
import { http, loginAs, loginAsUser, type ErrorBody } from '../helpers/api';
import { closeDb, db } from '../helpers/db';
import { registerBeneficiary, serviceId } from '../helpers/journey';
import { auditRows, countAs, list, type Rec } from '../helpers/lists';
import type { StaffRole } from '../../cms/constants/roles';

const NOT_ON_ANY_CASE: StaffRole[] = [
  'social_researcher',
  'contact_officer',
  'follow_up_committee',
  'association_admin',
];

describe('confidential cases', () => {
  let manager: string;
  let protection: string;
  let shaml: string;
  /** A family-protection request still in research: nobody but its receiver and the manager is on it. */
  let inResearch: Rec;
  /** A closed family-protection request: its committee's members are on it too. */
  let closed: Rec;
  beforeAll(async () => {
    manager = await loginAs('manager');
    protection = await serviceId('family-protection');
    shaml = await serviceId('shaml-centre');
    [inResearch] = (
      await list(manager, 'service-requests', { filter: { service: protection, status: 'in_research' }, range: [0, 0] })
    ).body;
    [closed] = (
      await list(manager, 'service-requests', { filter: { service: protection, status: 'closed' }, range: [0, 0] })
    ).body;
  });
  afterAll(closeDb);

  it('[P1] the demo marks the Shaml and family-protection services confidential, and no other', async () => {
    const services = (await list(manager, 'services', { range: [0, 49], sort: ['key', 'ASC'] })).body;
    expect(services.length).toBeGreaterThan(0);
    expect(services.filter((s) => s.confidential === true).map((s) => s.key)).toEqual([
      'family-protection',
      'shaml-centre',
    ]);
  });

  it('[P1] the manager sees every confidential case: 41 family-protection and 36 Shaml requests', async () => {
    expect(await countAs(manager, 'service-requests', { service: protection })).toBe(41);
    expect(await countAs(manager, 'service-requests', { service: shaml })).toBe(36);
    expect(inResearch.summary).toBe('بلاغ عنف أسري - سري');
  });

  it.each(NOT_ON_ANY_CASE)(
    '[P1] %s, on none of them, gets lists without them: 0 per service, the total 77 lower',
    async (role) => {
      const token = await loginAs(role);
      expect(await countAs(token, 'service-requests', { service: protection })).toBe(0);
      expect(await countAs(token, 'service-requests', { service: shaml })).toBe(0);
      expect((await countAs(manager, 'service-requests')) - (await countAs(token, 'service-requests'))).toBe(77);
    },
  );

  it("[P1] a committee member sees the 50 cases at their committee's stage or later, not the 27 before it", async () => {
    const member = await loginAs('committee_member');
    expect(await countAs(member, 'service-requests', { service: protection })).toBe(26);
    expect(await countAs(member, 'service-requests', { service: shaml })).toBe(24);
    expect((await countAs(manager, 'service-requests')) - (await countAs(member, 'service-requests'))).toBe(27);
  });

  it('[P1] the reception officer who received every demo case sees all 77', async () => {
    const reception = await loginAs('reception_officer');
    expect(await countAs(reception, 'service-requests', { service: protection })).toBe(41);
    expect((await countAs(manager, 'service-requests')) - (await countAs(reception, 'service-requests'))).toBe(0);
  });

  // Hand-written: where the role has no journey or move route at all, the route answers 403 before any record is looked up.
  it.each([
    ['social_researcher', 404, 404],
    ['contact_officer', 404, 403],
    ['follow_up_committee', 404, 403],
    ['association_admin', 403, 403],
    ['committee_member', 404, 404],
  ] as [StaffRole, number, number][])(
    '[P1] %s gets 404 on the request, %i on its journey, %i on a move; its events and attestation are absent',
    async (role, journey, moves) => {
      const token = await loginAs(role);
      const read = await http<ErrorBody>('GET', `/api/wasl/service-requests/${inResearch.id}`, { token });
      expect([read.status, read.body.error.details.code]).toEqual([404, 'NOT_FOUND']);
      expect((await http('GET', `/api/wasl/service-requests/${inResearch.id}/journey`, { token })).status).toBe(
        journey,
      );
      const move = await http<ErrorBody>('POST', `/api/wasl/service-requests/${inResearch.id}/transitions`, {
        token,
        body: { to: 'in_committee', note: 'x' },
      });
      expect(move.status).toBe(moves);
      expect(await countAs(token, 'request-events', { request: inResearch.id })).toBe(0);
      if (role === 'social_researcher' || role === 'committee_member')
        expect(await countAs(token, 'attestations', { request: inResearch.id })).toBe(0);
    },
  );

  it("[P1] the case's events (3: received, complete, in research) and attestation (1) are there for the manager", async () => {
    expect(await countAs(manager, 'request-events', { request: inResearch.id })).toBe(3);
    expect(await countAs(manager, 'attestations', { request: inResearch.id })).toBe(1);
  });

  it("[P1] a decided case's 3 votes and 1 decision: the follow-up committee sees none, its committee member sees them", async () => {
    const followUp = await loginAs('follow_up_committee');
    const member = await loginAs('committee_member');
    expect(await countAs(manager, 'votes', { request: closed.id })).toBe(3);
    expect(await countAs(followUp, 'votes', { request: closed.id })).toBe(0);
    expect(await countAs(followUp, 'decisions', { request: closed.id })).toBe(0);
    expect(await countAs(await loginAs('social_researcher'), 'decisions', { request: closed.id })).toBe(0);
    expect(await countAs(member, 'votes', { request: closed.id })).toBe(3);
    expect(await countAs(member, 'decisions', { request: closed.id })).toBe(1);
    expect((await http('GET', `/api/wasl/service-requests/${closed.id}`, { token: member })).status).toBe(200);
    expect((await http('GET', `/api/wasl/service-requests/${closed.id}/journey`, { token: member })).status).toBe(200);
  });

  it('[P1] a committee member votes on no case they cannot see: 404, not a hint that it exists', async () => {
    const res = await http<ErrorBody>('POST', `/api/wasl/service-requests/${inResearch.id}/votes`, {
      token: await loginAs('committee_member'),
      body: { choice: 'approve', reason: 'x' },
    });
    expect([res.status, res.body.error.details.code]).toEqual([404, 'NOT_FOUND']);
  });

  it.each(['reception_officer', 'manager'] as StaffRole[])(
    '[P1] %s, on the case, reads it and its journey (200)',
    async (role) => {
      const token = await loginAs(role);
      expect((await http('GET', `/api/wasl/service-requests/${inResearch.id}`, { token })).status).toBe(200);
      expect((await http('GET', `/api/wasl/service-requests/${inResearch.id}/journey`, { token })).status).toBe(200);
      expect(await countAs(token, 'request-events', { request: inResearch.id })).toBe(3);
    },
  );

  it('[P1] the researcher does not get the national ID or phone of a beneficiary known only through cases they are not on', async () => {
    const rows = await db()('wasl_beneficiaries as b')
      .select('b.document_id', 'b.national_id', 'b.phone')
      .whereIn(
        'b.id',
        db()('wasl_service_requests_beneficiary_lnk as l')
          .join('wasl_service_requests_service_lnk as s', 's.service_request_id', 'l.service_request_id')
          .join('wasl_services as v', 'v.id', 's.service_id')
          .where('v.confidential', true)
          .select('l.beneficiary_id'),
      )
      .whereNotIn(
        'b.id',
        db()('wasl_service_requests_beneficiary_lnk as l')
          .join('wasl_service_requests_service_lnk as s', 's.service_request_id', 'l.service_request_id')
          .join('wasl_services as v', 'v.id', 's.service_id')
          .where('v.confidential', false)
          .select('l.beneficiary_id'),
      )
      .limit(1);
    expect(rows.length).toBe(1);
    const [{ document_id: id, national_id: nationalId }] = rows;
    const researcher = await loginAs('social_researcher');
    const seen = await http<Rec>('GET', `/api/wasl/beneficiaries/${id}`, { token: researcher });
    expect(seen.status).toBe(200);
    expect(seen.body.nationalId).toMatch(/^[12]\*{7}\d{2}$/);
    expect(String(seen.body.phone)).not.toContain(String(rows[0].phone).slice(-7));
    const byId = await list(researcher, 'beneficiaries', { filter: { q: nationalId } });
    expect([byId.status, byId.body.length]).toEqual([200, 0]);
    const byFilter = await list(researcher, 'beneficiaries', { filter: { nationalId } });
    expect([byFilter.status, byFilter.body.length]).toEqual([200, 0]);
    const reception = await http<Rec>('GET', `/api/wasl/beneficiaries/${id}`, {
      token: await loginAs('reception_officer'),
    });
    expect(reception.body.nationalId).toBe(nationalId);
  });

  it('[P1] each read of a case is audited read_confidential with record ids only: one record, its journey, a list page, its events', async () => {
    await http('GET', `/api/wasl/service-requests/${inResearch.id}`, { token: manager });
    await http('GET', `/api/wasl/service-requests/${inResearch.id}/journey`, { token: manager });
    const page = await list(manager, 'service-requests', {
      filter: { service: protection },
      range: [0, 4],
      sort: ['trackingNumber', 'ASC'],
    });
    const one = await auditRows({ action: 'read_confidential', recordId: inResearch.id, actorRole: 'manager' });
    expect(
      one
        .map((r) => r.summary.view)
        .slice(0, 2)
        .sort(),
    ).toEqual(['journey', 'record']);
    const [listed] = await auditRows({
      action: 'read_confidential',
      resource: 'service-requests',
      recordId: null,
      actorRole: 'manager',
    });
    expect(listed.summary.recordIds).toEqual(page.body.map((r) => r.id));
    expect(listed.summary.count).toBe(5);
    const events = await list(manager, 'request-events', { filter: { request: inResearch.id } });
    const [eventsRead] = await auditRows({
      action: 'read_confidential',
      resource: 'request-events',
      actorRole: 'manager',
    });
    expect(events.body.length).toBe(3);
    expect(eventsRead.summary.recordIds).toEqual(events.body.map((r) => r.id));
    expect(JSON.stringify([listed, eventsRead])).not.toContain('بلاغ');
  });

  it('[P1] a case assigned to the researcher is theirs to read (200) and raises their total by exactly 1; still 404 to the contact officer', async () => {
    const researcher = await loginAs('social_researcher');
    const before = await countAs(researcher, 'service-requests');
    const [{ document_id: researcherUser }] = await db()('up_users')
      .where({ username: 'social-researcher' })
      .select('document_id');
    const beneficiary = await registerBeneficiary();
    const created = await http<Rec>('POST', '/api/wasl/service-requests', {
      token: await loginAs('reception_officer'),
      body: {
        beneficiary: beneficiary.id,
        service: protection,
        channel: 'in_person',
        referralSource: 'center_1919',
        documentsProvided: ['official_referral'],
        assignedTo: researcherUser,
        summary: 'بلاغ عنف أسري - سري',
      },
    });
    expect(created.status).toBe(201);
    expect((await http('GET', `/api/wasl/service-requests/${created.body.id}`, { token: researcher })).status).toBe(
      200,
    );
    expect(
      (await http('GET', `/api/wasl/service-requests/${created.body.id}/journey`, { token: researcher })).status,
    ).toBe(200);
    expect((await countAs(researcher, 'service-requests')) - before).toBe(1);
    expect(
      (
        await http('GET', `/api/wasl/service-requests/${created.body.id}`, {
          token: await loginAsUser('contact-officer'),
        })
      ).status,
    ).toBe(404);
  });

  it('[P1] once the receiver is someone else, the reception officer gets 404 on the case and on signing its attestation', async () => {
    const reception = await loginAs('reception_officer');
    const beneficiary = await registerBeneficiary();
    const created = await http<Rec>('POST', '/api/wasl/service-requests', {
      token: reception,
      body: {
        beneficiary: beneficiary.id,
        service: shaml,
        channel: 'in_person',
        referralSource: 'court',
        documentsProvided: ['court_referral'],
      },
    });
    const attestation = await http<Rec>('POST', '/api/wasl/attestations', {
      token: reception,
      body: {
        beneficiary: beneficiary.id,
        request: created.body.id,
        method: 'signature_image',
        statementAr: 'أقر بصحة البيانات المقدمة',
      },
    });
    expect([created.status, attestation.status]).toEqual([201, 201]);
    // Handed over: the manager is now the receiver (the front desk is no longer on the case).
    const [{ id: requestRow }] = await db()('wasl_service_requests')
      .where({ document_id: created.body.id })
      .select('id');
    const [{ id: managerUser }] = await db()('up_users').where({ username: 'manager' }).select('id');
    await db()('wasl_service_requests_received_by_lnk')
      .where({ service_request_id: requestRow })
      .update({ user_id: managerUser });
    expect((await http('GET', `/api/wasl/service-requests/${created.body.id}`, { token: reception })).status).toBe(404);
    const sign = await http<ErrorBody>('POST', `/api/wasl/attestations/${attestation.body.id}/signature`, {
      token: reception,
      body: { image: 'data:image/png;base64,iVBORw0KGgo=' },
    });
    expect([sign.status, sign.body.error.details.code]).toEqual([404, 'NOT_FOUND']);
    expect(await countAs(reception, 'attestations', { request: created.body.id })).toBe(0);
    expect(await countAs(manager, 'attestations', { request: created.body.id })).toBe(1);
  });
});
