/**
 * The request journey on a real Strapi (H2–H8): the right roles walk a request from the front desk
 * to closure; every wrong role or wrong order is refused with 403/409 and writes nothing.
 */
import { http, loginAs, loginAsUser, type ErrorBody } from '../helpers/api';
import { closeDb, countRows, db } from '../helpers/db';
import { attest, fileRequest, move, registerBeneficiary, serviceId, type ServiceRequest } from '../helpers/journey';

type Refusal = ErrorBody & { error: { details: { blockers?: { code: string; items?: { code: string }[] }[] } } };

const snapshot = async () => ({
  events: await countRows('wasl_request_events'),
  audit: await countRows('wasl_audit_logs'),
  decisions: await countRows('wasl_decisions'),
});

const expectRefused = async (reply: Promise<{ status: number; body: unknown }>, status: number, code: string) => {
  const before = await snapshot();
  const res = await reply;
  expect(res.status).toBe(status);
  expect((res.body as Refusal).error.details.code).toBe(code);
  expect(await snapshot()).toEqual(before);
  return res.body as Refusal;
};

const statusOf = async (id: string): Promise<string> =>
  (await db()('wasl_service_requests').where({ document_id: id }).first<{ status: string }>('status')).status;

describe('the request journey', () => {
  let reception: string;
  let researcher: string;
  let committee: string;
  let beneficiary: string;
  let request: ServiceRequest;

  beforeAll(async () => {
    reception = await loginAs('reception_officer');
    researcher = await loginAs('social_researcher');
    committee = await loginAs('committee_member');
    beneficiary = (await registerBeneficiary()).id;
    request = await fileRequest(beneficiary, await serviceId('skills-programmes'), {
      documentsProvided: ['national_id_copy'],
      interviewPassed: true,
    });
  });
  afterAll(closeDb);

  it('[YSR-H1] a new request gets a tracking number, state received and its first event', async () => {
    expect(request.trackingNumber).toMatch(/^REQ-14\d\d-\d{6,}$/);
    expect(request.status).toBe('received');
    const events = await db()('wasl_request_events as e')
      .join('wasl_request_events_request_lnk as l', 'l.request_event_id', 'e.id')
      .join('wasl_service_requests as r', 'r.id', 'l.service_request_id')
      .where('r.document_id', request.id)
      .select('e.to_status');
    expect(events.map((e: { to_status: string }) => e.to_status)).toEqual(['received']);
  });

  it('[ESR-H2] lists what is missing before the beneficiary leaves', async () => {
    const res = await http<{ missing: { code: string; document?: string; ar: string }[]; nextSteps: string[] }>(
      'GET',
      `/api/wasl/service-requests/${request.id}/journey`,
      { token: reception },
    );
    expect(res.status).toBe(200);
    expect(res.body.missing.map((m) => m.document ?? m.code)).toEqual(['social_status_proof']);
    expect(res.body.missing[0].ar).toContain('ما يثبت الحالة الاجتماعية');
    expect(res.body.nextSteps).toEqual(['incomplete', 'complete', 'withdrawn']);
  });

  it('[ESR-H2] refuses completion while a document is missing and the attestation is unsigned, writing nothing', async () => {
    const refusal = await expectRefused(move(reception, request.id, 'complete'), 409, 'PRECONDITION_FAILED');
    expect(refusal.error.details.blockers?.map((b) => b.code)).toEqual(['REQUEST_INCOMPLETE', 'ATTESTATION_MISSING']);
    expect(refusal.error.details.blockers?.[0].items?.map((i) => i.code)).toEqual(['DOCUMENT_MISSING']);
    expect(await statusOf(request.id)).toBe('received');
  });

  it.each([
    ['committee_member', 'incomplete', 403, 'ROLE_NOT_ALLOWED'],
    ['manager', 'complete', 403, 'ROLE_NOT_ALLOWED'],
    ['reception_officer', 'approved', 409, 'TRANSITION_NOT_ALLOWED'],
    ['reception_officer', 'closed', 409, 'TRANSITION_NOT_ALLOWED'],
    ['reception_officer', 'incomplete', 409, 'PRECONDITION_FAILED'],
  ] as const)(
    '[ESR-H6] %s moving a received request to %s answers %i %s and writes nothing',
    async (role, to, status, code) => {
      await expectRefused(move(await loginAs(role), request.id, to), status, code);
      expect(await statusOf(request.id)).toBe('received');
    },
  );

  it('answers 400 with field messages for a malformed transition body', async () => {
    const res = await expectRefused(
      http('POST', `/api/wasl/service-requests/${request.id}/transitions`, {
        token: reception,
        body: { to: 'flying', colour: 1 },
      }),
      400,
      'VALIDATION_FAILED',
    );
    expect(res.error.details.errors.map((e) => [e.field, e.code])).toEqual([
      ['colour', 'UNKNOWN_FIELD'],
      ['to', 'FIELD_INVALID_ENUM'],
    ]);
  });

  it('[ESR-H2] [ESR-H5] [ESR-H7] walks received → incomplete → complete with the attestation, and sets the due date', async () => {
    expect((await move(reception, request.id, 'incomplete', { note: 'ينقص صك الطلاق' })).status).toBe(200);
    await http('PUT', `/api/wasl/service-requests/${request.id}`, {
      token: reception,
      body: { documentsProvided: ['national_id_copy', 'social_status_proof'] },
    });
    await attest(beneficiary, request.id);
    const done = await move(reception, request.id, 'complete');
    expect(done.status).toBe(200);
    const row = await db()('wasl_service_requests').where({ document_id: request.id }).first();
    expect(row.status).toBe('complete');
    expect(row.completed_at).not.toBeNull();
    // Yusr: ten working days; the due date is the end of a Riyadh working day (16:00 = 13:00 UTC).
    expect(new Date(row.due_at).getUTCHours()).toBe(13);
    expect(new Date(row.due_at).getTime()).toBeGreaterThan(new Date(row.completed_at).getTime() + 10 * 86_400_000);
  });

  it("[HRF-H4] research needs the researcher's report before the committee", async () => {
    expect((await move(reception, request.id, 'in_research')).status).toBe(200);
    const refusal = await expectRefused(move(researcher, request.id, 'in_committee'), 409, 'PRECONDITION_FAILED');
    expect(refusal.error.details.blockers?.map((b) => b.code)).toEqual(['RESEARCH_REPORT_MISSING']);
    const report = await http('PUT', `/api/wasl/service-requests/${request.id}`, {
      token: researcher,
      body: { researchReport: 'الحالة مستحقة: مطلقة تعول طفلين وتحتاج برنامجاً مهارياً' },
    });
    expect(report.status).toBe(200);
    expect((await move(researcher, request.id, 'in_committee')).status).toBe(200);
  });

  it('[ESR-H6] the committee decides by quorum and majority; each member votes once', async () => {
    await expectRefused(move(committee, request.id, 'approved', { note: 'مستوفية' }), 409, 'PRECONDITION_FAILED');
    expect(
      (
        await http('POST', `/api/wasl/service-requests/${request.id}/votes`, {
          token: committee,
          body: { choice: 'approve' },
        })
      ).status,
    ).toBe(201);
    await expectRefused(
      http('POST', `/api/wasl/service-requests/${request.id}/votes`, { token: committee, body: { choice: 'reject' } }),
      409,
      'ALREADY_VOTED',
    );
    const short = await expectRefused(
      move(committee, request.id, 'approved', { note: 'مستوفية' }),
      409,
      'PRECONDITION_FAILED',
    );
    expect(short.error.details.blockers?.map((b) => b.code)).toEqual(['QUORUM_NOT_MET']);
    expect(await statusOf(request.id)).toBe('in_committee');
    // The second approving vote reaches the quorum of 2 with a majority: it records the decision at once.
    const second = await http<{ status: string; votes: unknown }>(
      'POST',
      `/api/wasl/service-requests/${request.id}/votes`,
      {
        token: await loginAsUser('committee-member-2'),
        body: { choice: 'approve', reason: 'مستوفية للشروط' },
      },
    );
    expect(second.status).toBe(201);
    expect(second.body).toMatchObject({ status: 'approved', votes: { approve: 2, reject: 0, abstain: 0, quorum: 2 } });
    expect(await statusOf(request.id)).toBe('approved');
    const decision = await db()('wasl_decisions as d')
      .join('wasl_decisions_request_lnk as l', 'l.decision_id', 'd.id')
      .join('wasl_service_requests as r', 'r.id', 'l.service_request_id')
      .where('r.document_id', request.id)
      .first('d.outcome', 'd.approve_count', 'd.reasons_ar');
    expect(decision).toMatchObject({
      outcome: 'approved',
      approve_count: 2,
      reasons_ar: 'قررت اللجنة الموافقة بأغلبية الأصوات (موافقة 2، رفض 0، امتناع 0): مستوفية للشروط',
    });
    await expectRefused(
      http('POST', `/api/wasl/service-requests/${request.id}/votes`, {
        token: await loginAsUser('committee-member-3'),
        body: { choice: 'reject' },
      }),
      409,
      'VOTING_CLOSED',
    );
  });

  it('[YSR-H8] after approval: registered, delivered, closed, with one event per step', async () => {
    for (const to of ['registered', 'delivered', 'closed'])
      expect((await move(reception, request.id, to)).status).toBe(200);
    const events = await db()('wasl_request_events as e')
      .join('wasl_request_events_request_lnk as l', 'l.request_event_id', 'e.id')
      .join('wasl_service_requests as r', 'r.id', 'l.service_request_id')
      .where('r.document_id', request.id)
      .orderBy('e.id')
      .select('e.to_status');
    expect(events.map((e: { to_status: string }) => e.to_status)).toEqual([
      'received',
      'incomplete',
      'complete',
      'in_research',
      'in_committee',
      'approved',
      'registered',
      'delivered',
      'closed',
    ]);
  });

  it('[ESR-H6] two officers completing the same request at once: one 200, one 409, one event', async () => {
    const id = (await fileRequest(beneficiary, await serviceId('family-counselling'))).id;
    await attest(beneficiary, id);
    const before = await countRows('wasl_request_events');
    const replies = await Promise.all([
      move(reception, id, 'complete', { version: 1 }),
      move(reception, id, 'complete', { version: 1 }),
    ]);
    expect(replies.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(await countRows('wasl_request_events')).toBe(before + 1);
    expect(await statusOf(id)).toBe('complete');
  });
});
