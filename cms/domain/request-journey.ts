/**
 * The journey of a service request (DESIGN.md "Service request", clauses H2–H8) as a pure table:
 * which state may follow which, who may move it, and what must hold first. The server loads the
 * facts, asks checkTransition, and writes; nothing else decides a transition.
 */
import type { Unmet } from './eligibility';
import type { ClockRules } from './sla-state';

export const REQUEST_STATUSES = [
  'received',
  'incomplete',
  'complete',
  'in_research',
  'in_committee',
  'approved',
  'rejected',
  'registered',
  'delivered',
  'closed',
  'withdrawn',
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** States in which the H7 clock runs (the request is complete and waits on the association). */
export const CLOCK_RUNNING: readonly RequestStatus[] = ['complete', 'in_research', 'in_committee'];
/** H7: the request's deadline clock; waiting on the beneficiary pauses it, a decision stops it. */
export const REQUEST_CLOCK = {
  running: CLOCK_RUNNING,
  stopping: ['approved', 'rejected', 'withdrawn'],
  paused: ['incomplete'],
  notStarted: ['received', 'incomplete'],
} as const satisfies ClockRules;

/** States a request can still move out of. */
export const OPEN_STATUSES: readonly RequestStatus[] = [
  'received',
  'incomplete',
  'complete',
  'in_research',
  'in_committee',
  'approved',
  'registered',
  'delivered',
  'rejected',
];

export type Precondition = 'complete' | 'researchReport' | 'majorityApprove' | 'majorityReject' | 'note';

/** What a service asks of its requests (DESIGN.md "Service": needs interview / research / referral). */
export type ServiceFlags = { needsInterview: boolean; needsResearch: boolean; needsReferral: boolean };
export const DEFAULT_FLAGS: ServiceFlags = { needsInterview: false, needsResearch: true, needsReferral: false };

/** A step that exists only for services that need, or do not need, the social research (H4). */
type Route = 'withResearch' | 'withoutResearch';

export type Transition = {
  from: RequestStatus;
  to: RequestStatus;
  roles: readonly string[];
  requires: readonly Precondition[];
  only?: Route;
};

const RECEPTION = 'reception_officer';
const RESEARCHER = 'social_researcher';
const COMMITTEE = 'committee_member';
const MANAGER = 'manager';

export const TRANSITIONS: readonly Transition[] = [
  // H2: the officer records what is missing before the beneficiary leaves.
  { from: 'received', to: 'incomplete', roles: [RECEPTION], requires: ['note'] },
  // H2, H3, H5: complete only with every document, eligibility checked and the attestation signed.
  { from: 'received', to: 'complete', roles: [RECEPTION], requires: ['complete'] },
  { from: 'incomplete', to: 'complete', roles: [RECEPTION], requires: ['complete'] },
  { from: 'complete', to: 'incomplete', roles: [RECEPTION, RESEARCHER], requires: ['note'] },
  // H4: referred to the social researcher, who studies it and reports to the committee.
  { from: 'complete', to: 'in_research', roles: [RECEPTION, RESEARCHER], requires: [], only: 'withResearch' },
  { from: 'in_research', to: 'in_committee', roles: [RESEARCHER], requires: ['researchReport'] },
  // A service that needs no social research goes from the front desk straight to its committee (H6).
  { from: 'complete', to: 'in_committee', roles: [RECEPTION], requires: [], only: 'withoutResearch' },
  // H6: the committee decides by quorum and majority, with reasons.
  { from: 'in_committee', to: 'approved', roles: [COMMITTEE], requires: ['majorityApprove', 'note'] },
  { from: 'in_committee', to: 'rejected', roles: [COMMITTEE], requires: ['majorityReject', 'note'] },
  // H8: after acceptance, registration is completed and the service delivered.
  { from: 'approved', to: 'registered', roles: [RECEPTION], requires: [] },
  { from: 'registered', to: 'delivered', roles: [RECEPTION], requires: [] },
  { from: 'delivered', to: 'closed', roles: [RECEPTION, MANAGER], requires: [] },
  { from: 'rejected', to: 'closed', roles: [RECEPTION, MANAGER], requires: [] },
  // The beneficiary may withdraw before the study starts.
  { from: 'received', to: 'withdrawn', roles: [RECEPTION], requires: ['note'] },
  { from: 'incomplete', to: 'withdrawn', roles: [RECEPTION], requires: ['note'] },
  { from: 'complete', to: 'withdrawn', roles: [RECEPTION], requires: ['note'] },
];

export type VoteTally = { approve: number; reject: number; abstain: number; quorum: number };

export type JourneyFacts = {
  /** Missing documents and unmet eligibility conditions (H2, H3, YSR-E). */
  missing: readonly Unmet[];
  hasAttestation: boolean;
  hasResearchReport: boolean;
  votes: VoteTally;
  note: string | null;
  flags: ServiceFlags;
  /** The interview's result is recorded (passed or not) and a referral source is named. */
  interviewRecorded: boolean;
  referralRecorded: boolean;
};

export type Blocker = { code: string; ar: string; en: string; items?: readonly Unmet[] };

export type TransitionCheck =
  | { ok: true; transition: Transition }
  | { ok: false; code: 'TRANSITION_NOT_ALLOWED' | 'ROLE_NOT_ALLOWED' | 'PRECONDITION_FAILED'; blockers: Blocker[] };

const voted = (v: VoteTally) => v.approve + v.reject + v.abstain;

const QUORUM: Blocker = {
  code: 'QUORUM_NOT_MET',
  ar: 'لم يكتمل النصاب القانوني للتصويت',
  en: 'The committee has not reached its quorum',
};

const BLOCKERS: Record<Precondition, (facts: JourneyFacts) => Blocker[]> = {
  complete: (facts) => [
    ...(facts.missing.length
      ? [{ code: 'REQUEST_INCOMPLETE', ar: 'الطلب غير مكتمل', en: 'The request is not complete', items: facts.missing }]
      : []),
    ...(facts.hasAttestation
      ? []
      : [
          {
            code: 'ATTESTATION_MISSING',
            ar: 'لم يوقّع المستفيد الإقرار بصحة البيانات',
            en: 'The beneficiary has not signed the attestation',
          },
        ]),
    ...(facts.flags.needsInterview && !facts.interviewRecorded
      ? [
          {
            code: 'INTERVIEW_RESULT_MISSING',
            ar: 'تتطلب الخدمة مقابلة شخصية ولم تُسجّل نتيجتها',
            en: 'The service needs a personal interview and its result is not recorded',
          },
        ]
      : []),
    ...(facts.flags.needsReferral && !facts.referralRecorded
      ? [
          {
            code: 'REFERRAL_MISSING',
            ar: 'تتطلب الخدمة إحالة ولم تُسجّل جهة الإحالة',
            en: 'The service needs a referral and no referral source is recorded',
          },
        ]
      : []),
  ],
  researchReport: (facts) =>
    facts.hasResearchReport
      ? []
      : [
          {
            code: 'RESEARCH_REPORT_MISSING',
            ar: 'تقرير البحث الاجتماعي غير مكتوب',
            en: 'The social research report is missing',
          },
        ],
  majorityApprove: ({ votes }) =>
    voted(votes) < votes.quorum
      ? [QUORUM]
      : votes.approve > votes.reject
        ? []
        : [
            {
              code: 'MAJORITY_NOT_APPROVE',
              ar: 'أغلبية الأصوات لا تؤيد الموافقة',
              en: 'The majority of votes does not approve',
            },
          ],
  majorityReject: ({ votes }) =>
    voted(votes) < votes.quorum
      ? [QUORUM]
      : votes.reject > votes.approve
        ? []
        : [
            {
              code: 'MAJORITY_NOT_REJECT',
              ar: 'أغلبية الأصوات لا تؤيد الرفض',
              en: 'The majority of votes does not reject',
            },
          ],
  note: (facts) =>
    facts.note && facts.note.trim()
      ? []
      : [{ code: 'NOTE_REQUIRED', ar: 'يلزم ذكر السبب', en: 'A reason is required' }],
};

const fits = (t: Transition, flags: ServiceFlags): boolean =>
  !t.only || (t.only === 'withResearch' ? flags.needsResearch : !flags.needsResearch);

export const findTransition = (from: string, to: string, flags: ServiceFlags = DEFAULT_FLAGS): Transition | undefined =>
  TRANSITIONS.find((t) => t.from === from && t.to === to && fits(t, flags));

/** Order matters: an unknown move is 409, a wrong role 403, then every unmet precondition at once. */
export const checkTransition = (from: string, to: string, role: string, facts: JourneyFacts): TransitionCheck => {
  const transition = findTransition(from, to, facts.flags);
  if (!transition) {
    return {
      ok: false,
      code: 'TRANSITION_NOT_ALLOWED',
      blockers: [
        {
          code: 'TRANSITION_NOT_ALLOWED',
          ar: 'لا يمكن نقل الطلب إلى هذه الحالة من حالته الحالية',
          en: `A request cannot move from ${from} to ${to}`,
        },
      ],
    };
  }
  if (!transition.roles.includes(role)) {
    return {
      ok: false,
      code: 'ROLE_NOT_ALLOWED',
      blockers: [
        {
          code: 'ROLE_NOT_ALLOWED',
          ar: 'لا تملك صلاحية هذا الإجراء على الطلب',
          en: 'Your role may not make this change',
        },
      ],
    };
  }
  const blockers = transition.requires.flatMap((precondition) => BLOCKERS[precondition](facts));
  return blockers.length ? { ok: false, code: 'PRECONDITION_FAILED', blockers } : { ok: true, transition };
};

/** The buttons a role sees on a request of a service (preconditions are checked when pressed). */
export const nextSteps = (from: string, role: string, flags: ServiceFlags = DEFAULT_FLAGS): RequestStatus[] =>
  TRANSITIONS.filter((t) => t.from === from && t.roles.includes(role) && fits(t, flags)).map((t) => t.to);
