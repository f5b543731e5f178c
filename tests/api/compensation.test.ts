/**
 * C1–C4 on a real Strapi: a claim opened from a complaint is settled only when C1, C2 and C3 are each
 * established with evidence (approved, dated minutes of the investigation and follow-up committee
 * stating harm, size and causes — or a final ruling); the negotiation is logged; refusals list the
 * unmet conditions in Arabic and English.
 */
import { randomUUID } from 'crypto';
import { http, loginAs, type ErrorBody } from '../helpers/api';
import { closeDb, db } from '../helpers/db';
import { staffIntake } from '../helpers/complaints';

type Claim = {
  id: string;
  trackingNumber: string;
  status: string;
  version: number;
  amount: number | null;
  outcome: string | null;
  negotiationLog: unknown[];
};
type Unmet = { condition: string; code: string; ar: string; en: string };
type Refusal = ErrorBody & { error: { details: { unmet: Unmet[] } } };

const documentIdOf = async (role: Parameters<typeof loginAs>[0]) =>
  (await http<{ documentId: string }>('GET', '/api/users/me', { token: await loginAs(role) })).body.documentId;

/** An investigation and follow-up committee whose only member is the follow-up officer, and a meeting with written minutes. */
const followUpMeeting = async (approve: boolean): Promise<string> => {
  const committee = await http<{ id: string }>('POST', '/api/wasl/committees', {
    token: await loginAs('association_admin'),
    body: {
      key: `investigation-${randomUUID().slice(0, 8)}`,
      nameAr: 'لجنة التحقيق والمتابعة',
      type: 'follow_up',
      quorum: 1,
      members: [await documentIdOf('follow_up_committee')],
    },
  });
  if (committee.status !== 201) throw new Error(`committee: ${committee.status} ${JSON.stringify(committee.body)}`);
  const token = await loginAs('follow_up_committee');
  const meeting = await http<{ id: string }>('POST', '/api/wasl/committee-meetings', {
    token,
    body: { committee: committee.body.id, number: 1, meetingAt: '2026-11-22T07:00:00.000Z' },
  });
  await http('PUT', `/api/wasl/committee-meetings/${meeting.body.id}/minutes`, {
    token,
    body: { minutesAr: 'ثبت تلف جهاز المستفيدة بسبب إهمال في النقل، وقيمة الضرر ٨٠٠ ريال.' },
  });
  if (approve)
    await http('POST', `/api/wasl/committee-meetings/${meeting.body.id}/minutes/approvals`, { token, body: {} });
  return meeting.body.id;
};

const minutesEvidence = (meeting: string) => ({
  kind: 'committee_minutes',
  meeting,
  harm: 'تلف جهاز المستفيدة',
  size: '٨٠٠ ريال',
  causes: 'إهمال في النقل',
});

const claimStep = async (
  role: Parameters<typeof loginAs>[0],
  claim: string,
  name: string,
  body: Record<string, unknown>,
) => http<Claim>('POST', `/api/wasl/compensation-claims/${claim}/${name}`, { token: await loginAs(role), body });

afterAll(closeDb);

describe('compensation claims', () => {
  let claim: Claim;
  let approved: string;

  beforeAll(async () => {
    const complaint = (await staffIntake({ category: 'service_quality' })).body;
    const opened = await http<Claim>('POST', `/api/wasl/complaints/${complaint.id}/compensation-claims`, {
      token: await loginAs('follow_up_committee'),
      body: { harmDescription: 'تلف جهاز المستفيدة أثناء نقله من قبل الجمعية' },
    });
    expect(opened.status).toBe(201);
    claim = opened.body;
    approved = await followUpMeeting(true);
  });

  it('[ESR-C4] a claim is opened from a complaint with its own number; the front desk cannot open one', async () => {
    expect(claim).toMatchObject({ trackingNumber: expect.stringMatching(/^CLM-14\d\d-\d{6}$/), status: 'open' });
    const complaint = (await staffIntake({ category: 'service_quality' })).body;
    const refused = await http<ErrorBody>('POST', `/api/wasl/complaints/${complaint.id}/compensation-claims`, {
      token: await loginAs('reception_officer'),
      body: { harmDescription: 'محاولة فتح مطالبة' },
    });
    expect(refused.status).toBe(403);
  });

  it('[ESR-C1] [ESR-C2] [ESR-C3] refuses to settle with 409 listing every unmet condition in Arabic and English', async () => {
    const res = await claimStep('manager', claim.id, 'settle', { amount: 800, note: 'تعويض' });
    expect(res.status).toBe(409);
    const details = (res.body as unknown as Refusal).error.details;
    expect(details.code).toBe('SETTLEMENT_CONDITIONS_UNMET');
    expect(details.unmet.map((u) => [u.condition, u.code])).toEqual([
      ['C1', 'NOT_ESTABLISHED'],
      ['C2', 'NOT_ESTABLISHED'],
      ['C3', 'NOT_ESTABLISHED'],
    ]);
    expect(details.messageAr).toContain('C1');
    expect(details.messageEn).toContain('C3');
  });

  it('[ESR-C3] evidence must be approved minutes of the follow-up committee or a final ruling with its document', async () => {
    const pending = await followUpMeeting(false);
    const c1 = await claimStep('follow_up_committee', claim.id, 'conditions', {
      condition: 'C1',
      established: true,
      evidence: minutesEvidence(approved),
    });
    expect(c1.status).toBe(200);
    await claimStep('follow_up_committee', claim.id, 'conditions', {
      condition: 'C2',
      established: true,
      evidence: minutesEvidence(pending),
    });
    await claimStep('follow_up_committee', claim.id, 'conditions', {
      condition: 'C3',
      established: true,
      evidence: {
        kind: 'final_ruling',
        document: 999_999,
        authority: 'المحكمة العامة',
        issuedAt: '2026-10-01',
        final: true,
      },
    });
    const verdict = await http<{ settleable: boolean; unmet: Unmet[] }>(
      'GET',
      `/api/wasl/compensation-claims/${claim.id}/settlement`,
      { token: await loginAs('manager') },
    );
    expect(verdict.body).toMatchObject({ settleable: false });
    expect(verdict.body.unmet.map((u) => [u.condition, u.code])).toEqual([
      ['C2', 'MINUTES_NOT_APPROVED'],
      ['C3', 'RULING_NOT_FINAL'],
    ]);
    const settle = await claimStep('manager', claim.id, 'settle', { amount: 800, note: 'تعويض' });
    expect(settle.status).toBe(409);
    const row = await db()('wasl_compensation_claims').where({ document_id: claim.id }).first();
    expect([row.status, row.amount]).toEqual(['investigating', null]);
  });

  it('[ESR-C4] logs each round of the negotiation; only management settles, once C1–C3 hold', async () => {
    await claimStep('follow_up_committee', claim.id, 'negotiation', { note: 'عرضنا إصلاح الجهاز', offer: 500 });
    await claimStep('manager', claim.id, 'negotiation', { note: 'طلبت المستفيدة قيمة الجهاز كاملة', offer: 800 });
    await claimStep('follow_up_committee', claim.id, 'conditions', {
      condition: 'C2',
      established: true,
      evidence: minutesEvidence(approved),
    });
    await claimStep('follow_up_committee', claim.id, 'conditions', {
      condition: 'C3',
      established: true,
      evidence: minutesEvidence(approved),
    });
    const notManager = await claimStep('follow_up_committee', claim.id, 'settle', { amount: 800, note: 'اتفاق' });
    expect([notManager.status, (notManager.body as unknown as ErrorBody).error.details.code]).toEqual([
      403,
      'ROLE_NOT_ALLOWED',
    ]);
    const settled = await claimStep('manager', claim.id, 'settle', { amount: 800, note: 'اتفاق ودي على قيمة الجهاز' });
    expect(settled.status).toBe(200);
    expect(settled.body).toMatchObject({ status: 'settled', outcome: 'compensated', amount: 800 });
    expect(settled.body.negotiationLog).toHaveLength(3);
    const after = await claimStep('follow_up_committee', claim.id, 'conditions', {
      condition: 'C1',
      established: false,
    });
    expect(after.status).toBe(409);
    const audit = await db()('wasl_audit_logs').where({ record_id: claim.id }).orderBy('id');
    expect(audit.map((a) => a.action)).toEqual([
      'open_claim',
      'claim_condition',
      'claim_condition',
      'claim_condition',
      'claim_negotiation',
      'claim_negotiation',
      'claim_condition',
      'claim_condition',
      'claim_settled',
    ]);
  });

  it('[ESR-C4] refuses malformed evidence with field messages', async () => {
    const res = await claimStep('follow_up_committee', claim.id, 'conditions', {
      condition: 'C4',
      established: 'yes',
      evidence: { kind: 'witness' },
    });
    expect(res.status).toBe(400);
    const fields = (res.body as unknown as ErrorBody).error.details.errors.map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['condition', 'established', 'evidence.kind']));
  });
});
