/** C1–C4 as a pure rule: compensation only when C1, C2 and C3 are each established with evidence. */
import {
  checkClaimStep,
  explainSettlement,
  evidenceFault,
  type ConditionRecord,
  type MinutesEvidence,
  type RulingEvidence,
} from '../../cms/domain/compensation';

const minutes: MinutesEvidence = {
  kind: 'committee_minutes',
  committeeType: 'follow_up',
  meetingAt: '2026-11-20T09:00:00.000Z',
  approved: true,
  harm: 'تلف',
  size: '٥٠٠ ريال',
  causes: 'إهمال',
};
const ruling: RulingEvidence = {
  kind: 'final_ruling',
  hasDocument: true,
  authority: 'المحكمة العامة',
  issuedAt: '2026-10-01',
  final: true,
};
const proven: ConditionRecord = { established: true, evidence: minutes };
const all = { C1: proven, C2: proven, C3: { established: true, evidence: ruling } };

describe('settlement of a compensation claim', () => {
  it('[ESR-C3] settles when C1, C2 and C3 are each established with minutes or a final ruling', () => {
    expect(explainSettlement(all)).toEqual({ settleable: true, unmet: [] });
  });

  it('[ESR-C1] [ESR-C2] [ESR-C3] lists every unmet condition, in Arabic and English', () => {
    const verdict = explainSettlement({});
    expect(verdict.settleable).toBe(false);
    expect(verdict.unmet.map((u) => [u.condition, u.code])).toEqual([
      ['C1', 'NOT_ESTABLISHED'],
      ['C2', 'NOT_ESTABLISHED'],
      ['C3', 'NOT_ESTABLISHED'],
    ]);
    for (const u of verdict.unmet) {
      expect(u.ar).toMatch(/[\u0600-\u06FF]/);
      expect(u.en).toMatch(/condition is not established/);
    }
  });

  it.each([
    ['no evidence', { established: true, evidence: null }, 'NO_EVIDENCE'],
    ['not established despite evidence', { established: false, evidence: minutes }, 'NOT_ESTABLISHED'],
    [
      'minutes of another committee',
      { established: true, evidence: { ...minutes, committeeType: 'research' } },
      'MINUTES_NOT_FOLLOW_UP',
    ],
    ['undated minutes', { established: true, evidence: { ...minutes, meetingAt: null } }, 'MINUTES_UNDATED'],
    [
      'minutes not approved by the members',
      { established: true, evidence: { ...minutes, approved: false } },
      'MINUTES_NOT_APPROVED',
    ],
    [
      'minutes silent on the size of the harm',
      { established: true, evidence: { ...minutes, size: ' ' } },
      'MINUTES_INCOMPLETE',
    ],
    ['a ruling that is not final', { established: true, evidence: { ...ruling, final: false } }, 'RULING_NOT_FINAL'],
    [
      'a ruling without its document',
      { established: true, evidence: { ...ruling, hasDocument: false } },
      'RULING_NOT_FINAL',
    ],
  ] as [string, ConditionRecord, string][])('[ESR-C3] refuses C2 proven by %s', (_name, record, code) => {
    const verdict = explainSettlement({ ...all, C2: record });
    expect(verdict.settleable).toBe(false);
    expect(verdict.unmet.map((u) => [u.condition, u.code])).toEqual([['C2', code]]);
  });

  it('[ESR-C3] judges a piece of evidence on its own', () => {
    expect(evidenceFault(minutes)).toBeNull();
    expect(evidenceFault(ruling)).toBeNull();
  });
});

describe('claim steps', () => {
  it.each([
    ['settle', 'negotiating', 'manager', { ok: true }],
    ['settle', 'negotiating', 'follow_up_committee', { ok: false, code: 'ROLE_NOT_ALLOWED' }],
    ['condition', 'investigating', 'follow_up_committee', { ok: true }],
    ['condition', 'settled', 'follow_up_committee', { ok: false, code: 'TRANSITION_NOT_ALLOWED' }],
    ['negotiate', 'rejected', 'manager', { ok: false, code: 'TRANSITION_NOT_ALLOWED' }],
  ] as const)('[ESR-C4] %s on a %s claim by %s', (step, status, role, expected) => {
    expect(checkClaimStep(step, status, role)).toEqual(expected);
  });
});
