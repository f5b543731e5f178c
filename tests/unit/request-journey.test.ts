/**
 * The request journey (DESIGN.md "Service request", H2–H8), checked against a table written by hand
 * from the design, not derived from the code's own transition table: every move not listed is refused,
 * every role not named on a move is refused, preconditions are reported all at once, and the service's
 * flags (needs interview / research / referral) change the journey.
 */
import {
  checkTransition,
  nextSteps,
  REQUEST_STATUSES,
  type JourneyFacts,
  type ServiceFlags,
} from '../../cms/domain/request-journey';
import { STAFF_ROLES } from '../../cms/constants/roles';

const WITH_RESEARCH: ServiceFlags = { needsInterview: false, needsResearch: true, needsReferral: false };
const NO_RESEARCH: ServiceFlags = { needsInterview: false, needsResearch: false, needsReferral: false };
const ready: JourneyFacts = {
  missing: [],
  hasAttestation: true,
  hasResearchReport: true,
  votes: { approve: 2, reject: 0, abstain: 0, quorum: 2 },
  note: 'سبب',
  flags: WITH_RESEARCH,
  interviewRecorded: false,
  referralRecorded: false,
};

/** The journey as DESIGN.md draws it, for a service that needs the social research: from → to → roles. */
const JOURNEY: Record<string, Record<string, string[]>> = {
  received: { incomplete: ['reception_officer'], complete: ['reception_officer'], withdrawn: ['reception_officer'] },
  incomplete: { complete: ['reception_officer'], withdrawn: ['reception_officer'] },
  complete: {
    incomplete: ['reception_officer', 'social_researcher'],
    in_research: ['reception_officer', 'social_researcher'],
    withdrawn: ['reception_officer'],
  },
  in_research: { in_committee: ['social_researcher'] },
  in_committee: { approved: ['committee_member'], rejected: ['committee_member'] },
  approved: { registered: ['reception_officer'] },
  registered: { delivered: ['reception_officer'] },
  delivered: { closed: ['reception_officer', 'manager'] },
  rejected: { closed: ['reception_officer', 'manager'] },
  closed: {},
  withdrawn: {},
};

const cases = REQUEST_STATUSES.flatMap((from) =>
  REQUEST_STATUSES.flatMap((to) => STAFF_ROLES.map((role) => [from, to, role] as const)),
);
const factsFor = (to: string): JourneyFacts =>
  to === 'rejected' ? { ...ready, votes: { approve: 0, reject: 2, abstain: 0, quorum: 2 } } : ready;

describe('checkTransition against the hand-written journey', () => {
  it('covers 11 states × 11 states × 7 roles', () => {
    expect(cases).toHaveLength(847);
  });

  it.each(cases.filter(([from, to]) => !JOURNEY[from][to]))(
    '[ESR-H6] refuses %s → %s to %s: not a step of the journey',
    (from, to, role) => {
      expect(checkTransition(from, to, role, ready)).toMatchObject({ ok: false, code: 'TRANSITION_NOT_ALLOWED' });
    },
  );

  it.each(cases.filter(([from, to, role]) => JOURNEY[from][to] && !JOURNEY[from][to].includes(role)))(
    "[HRF-P1] refuses %s → %s to %s: not that role's step",
    (from, to, role) => {
      expect(checkTransition(from, to, role, factsFor(to))).toMatchObject({ ok: false, code: 'ROLE_NOT_ALLOWED' });
    },
  );

  it.each(cases.filter(([from, to, role]) => JOURNEY[from][to]?.includes(role)))(
    '[ESR-H2] allows %s → %s to %s when its preconditions hold',
    (from, to, role) => {
      expect(checkTransition(from, to, role, factsFor(to)).ok).toBe(true);
    },
  );

  it('[ESR-H2] [ESR-H5] lists every blocker of completion at once', () => {
    const missing = [
      {
        rule: 'document' as const,
        code: 'DOCUMENT_MISSING' as const,
        ar: 'لم يُقدَّم',
        en: 'Not provided',
        document: 'national_id_copy',
      },
    ];
    const check = checkTransition('received', 'complete', 'reception_officer', {
      ...ready,
      missing,
      hasAttestation: false,
    });
    expect(check.ok ? [] : check.blockers.map((b) => b.code)).toEqual(['REQUEST_INCOMPLETE', 'ATTESTATION_MISSING']);
  });

  it.each([
    ['approved', { approve: 1, reject: 0, abstain: 0, quorum: 2 }, 'QUORUM_NOT_MET'],
    ['approved', { approve: 1, reject: 1, abstain: 1, quorum: 3 }, 'MAJORITY_NOT_APPROVE'],
    ['rejected', { approve: 2, reject: 1, abstain: 0, quorum: 2 }, 'MAJORITY_NOT_REJECT'],
    ['rejected', { approve: 0, reject: 0, abstain: 1, quorum: 2 }, 'QUORUM_NOT_MET'],
  ] as const)('[ESR-H6] the committee cannot move to %s with votes %j: %s', (to, votes, code) => {
    const check = checkTransition('in_committee', to, 'committee_member', { ...ready, votes });
    expect(check.ok ? [] : check.blockers.map((b) => b.code)).toEqual([code]);
  });

  it.each([
    ['received', 'withdrawn', 'reception_officer'],
    ['received', 'incomplete', 'reception_officer'],
    ['in_committee', 'approved', 'committee_member'],
  ] as const)('[ESR-H6] a reason is required for %s → %s', (from, to, role) => {
    const check = checkTransition(from, to, role, { ...ready, note: '  ' });
    expect(check.ok ? [] : check.blockers.map((b) => b.code)).toContain('NOTE_REQUIRED');
  });
});

describe('the service flags change the journey', () => {
  it('[ESR-H6] a service that needs no social research goes from complete straight to its committee', () => {
    const facts = { ...ready, flags: NO_RESEARCH };
    expect(checkTransition('complete', 'in_committee', 'reception_officer', facts).ok).toBe(true);
    expect(checkTransition('complete', 'in_research', 'reception_officer', facts)).toMatchObject({
      ok: false,
      code: 'TRANSITION_NOT_ALLOWED',
    });
    expect(nextSteps('complete', 'reception_officer', NO_RESEARCH)).toEqual([
      'incomplete',
      'in_committee',
      'withdrawn',
    ]);
  });

  it('[HRF-H4] a service that needs the research has no shortcut to the committee', () => {
    expect(checkTransition('complete', 'in_committee', 'reception_officer', ready)).toMatchObject({
      ok: false,
      code: 'TRANSITION_NOT_ALLOWED',
    });
    expect(nextSteps('complete', 'reception_officer', WITH_RESEARCH)).toEqual([
      'incomplete',
      'in_research',
      'withdrawn',
    ]);
  });

  it('[YSR-E3] a service that needs an interview is not complete until its result is recorded', () => {
    const facts = { ...ready, flags: { ...WITH_RESEARCH, needsInterview: true } };
    const check = checkTransition('received', 'complete', 'reception_officer', facts);
    expect(check.ok ? [] : check.blockers.map((b) => b.code)).toEqual(['INTERVIEW_RESULT_MISSING']);
    expect(checkTransition('received', 'complete', 'reception_officer', { ...facts, interviewRecorded: true }).ok).toBe(
      true,
    );
  });

  it('[YSR-E4] a service that needs a referral is not complete until its source is recorded', () => {
    const facts = { ...ready, flags: { ...WITH_RESEARCH, needsReferral: true } };
    const check = checkTransition('incomplete', 'complete', 'reception_officer', facts);
    expect(check.ok ? [] : check.blockers.map((b) => b.code)).toEqual(['REFERRAL_MISSING']);
    expect(
      checkTransition('incomplete', 'complete', 'reception_officer', { ...facts, referralRecorded: true }).ok,
    ).toBe(true);
  });
});

describe('nextSteps', () => {
  it.each([
    ['received', 'reception_officer', ['incomplete', 'complete', 'withdrawn']],
    ['in_research', 'social_researcher', ['in_committee']],
    ['in_committee', 'committee_member', ['approved', 'rejected']],
    ['in_committee', 'reception_officer', []],
    ['closed', 'manager', []],
  ] as const)('[ESR-H6] from %s, %s sees %j', (from, role, expected) => {
    expect(nextSteps(from, role)).toEqual(expected);
  });
});
