/**
 * The transition table of the request journey (DESIGN.md, H2–H8): every move not in the table is
 * refused, every role not named on a move is refused, preconditions are reported all at once.
 */
import { checkTransition, nextSteps, REQUEST_STATUSES, TRANSITIONS, type JourneyFacts } from '../../cms/domain/request-journey';
import { STAFF_ROLES } from '../../cms/constants/roles';

const ready: JourneyFacts = { missing: [], hasAttestation: true, hasResearchReport: true, votes: { approve: 2, reject: 0, abstain: 0, quorum: 2 }, note: 'سبب' };
const allowed = new Set(TRANSITIONS.map((t) => `${t.from}>${t.to}`));
const illegal = REQUEST_STATUSES.flatMap((from) => REQUEST_STATUSES.map((to) => [from, to] as const)).filter(([from, to]) => !allowed.has(`${from}>${to}`));
const wrongRoles = TRANSITIONS.flatMap((t) => STAFF_ROLES.filter((role) => !t.roles.includes(role)).map((role) => [t.from, t.to, role] as const));

describe('checkTransition', () => {
  it.each(illegal)('[ESR-H6] refuses %s → %s for every role', (from, to) => {
    for (const role of STAFF_ROLES) expect(checkTransition(from, to, role, ready)).toMatchObject({ ok: false, code: 'TRANSITION_NOT_ALLOWED' });
  });

  it.each(wrongRoles)('[HRF-P1] refuses %s → %s to %s', (from, to, role) => {
    expect(checkTransition(from, to, role, ready)).toMatchObject({ ok: false, code: 'ROLE_NOT_ALLOWED' });
  });

  it.each(TRANSITIONS.map((t) => [t.from, t.to, t.roles[0]] as const))('allows %s → %s to %s when its preconditions hold', (from, to, role) => {
    const facts = to === 'rejected' ? { ...ready, votes: { approve: 0, reject: 2, abstain: 0, quorum: 2 } } : ready;
    expect(checkTransition(from, to, role, facts).ok).toBe(true);
  });

  it('[ESR-H2] [ESR-H5] lists every blocker of completion at once', () => {
    const missing = [{ rule: 'document' as const, code: 'DOCUMENT_MISSING' as const, ar: 'لم يُقدَّم', en: 'Not provided', document: 'national_id_copy' }];
    const check = checkTransition('received', 'complete', 'reception_officer', { ...ready, missing, hasAttestation: false });
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

  it.each([['received', 'withdrawn'], ['received', 'incomplete'], ['in_committee', 'approved']] as const)('a reason is required for %s → %s', (from, to) => {
    const role = TRANSITIONS.find((t) => t.from === from && t.to === to)?.roles[0] ?? '';
    const check = checkTransition(from, to, role, { ...ready, note: '  ' });
    expect(check.ok ? [] : check.blockers.map((b) => b.code)).toContain('NOTE_REQUIRED');
  });
});

describe('nextSteps', () => {
  it.each([
    ['received', 'reception_officer', ['incomplete', 'complete', 'withdrawn']],
    ['in_research', 'social_researcher', ['in_committee']],
    ['in_committee', 'committee_member', ['approved', 'rejected']],
    ['in_committee', 'reception_officer', []],
    ['closed', 'manager', []],
  ] as const)('from %s, %s sees %j', (from, role, expected) => {
    expect(nextSteps(from, role)).toEqual(expected);
  });
});
