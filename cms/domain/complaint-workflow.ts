/**
 * The follow-up of a complaint, inquiry or suggestion (CM1–CM5, MC10) as a pure table: which named
 * outcome (assign, act, escalate, resolve, close, reopen) may happen in which state, by which role,
 * and what it must carry. The server loads the complaint, asks checkComplaintStep, then writes.
 */

export const COMPLAINT_STATUSES = [
  'received',
  'assigned',
  'in_progress',
  'awaiting_complainant',
  'resolved',
  'closed',
  'reopened',
] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

export const COMPLAINT_KINDS = ['complaint', 'inquiry', 'suggestion'] as const;
export type ComplaintKind = (typeof COMPLAINT_KINDS)[number];

export const BENEFICIARY_CATEGORIES = [
  'family',
  'woman',
  'child',
  'youth',
  'elderly',
  'person_with_disability',
  'low_income',
  'other',
] as const;
export type BeneficiaryCategory = (typeof BENEFICIARY_CATEGORIES)[number];

/** The kinds of entry in the actions log a person writes (the others are written by the server). */
export const ACTION_KINDS = ['internal_note', 'public_reply', 'call_made'] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

export const COMPLAINT_STEPS = ['assign', 'act', 'escalate', 'resolve', 'close', 'reopen'] as const;
export type ComplaintStep = (typeof COMPLAINT_STEPS)[number];

/** States in which the complaint is still being worked (the SLA clock runs, escalation applies). */
export const OPEN_COMPLAINT_STATUSES: readonly ComplaintStatus[] = [
  'received',
  'assigned',
  'in_progress',
  'awaiting_complainant',
  'reopened',
];

const RECEPTION = 'reception_officer';
const FOLLOW_UP = 'follow_up_committee';
const CONTACT = 'contact_officer';
const MANAGER = 'manager';

type StepRule = { from: readonly ComplaintStatus[]; roles: readonly string[]; to: ComplaintStatus | 'unchanged' };

export const STEP_RULES: Record<ComplaintStep, StepRule> = {
  // I1, CM4: the follow-up committee or management routes the complaint to a department or contact officer.
  assign: { from: OPEN_COMPLAINT_STATUSES, roles: [FOLLOW_UP, MANAGER], to: 'assigned' },
  // CM2, MC10: notes, replies and calls while it is open; the first reply or call puts it in progress.
  act: { from: OPEN_COMPLAINT_STATUSES, roles: [FOLLOW_UP, CONTACT, MANAGER, RECEPTION], to: 'unchanged' },
  // CM5, S5: senior management is told; anyone following the complaint may raise it by hand.
  escalate: { from: OPEN_COMPLAINT_STATUSES, roles: [FOLLOW_UP, CONTACT, MANAGER], to: 'unchanged' },
  // CM3: resolved with the amicable-settlement record.
  resolve: {
    from: ['assigned', 'in_progress', 'awaiting_complainant', 'reopened'],
    roles: [FOLLOW_UP, CONTACT, MANAGER],
    to: 'resolved',
  },
  // Closed with the complainant's satisfaction (ALL-SAT: a tool for improvement).
  close: { from: ['resolved'], roles: [FOLLOW_UP, MANAGER, RECEPTION], to: 'closed' },
  // The complainant was not satisfied or the matter returned: it is worked again, with a new deadline.
  reopen: { from: ['resolved', 'closed'], roles: [FOLLOW_UP, MANAGER, RECEPTION], to: 'reopened' },
};

export type StepCheck =
  { ok: true; to: ComplaintStatus } | { ok: false; code: 'TRANSITION_NOT_ALLOWED' | 'ROLE_NOT_ALLOWED' };

/** Whether `role` may take `step` on a complaint in `status`, and the state it leads to. */
export const checkComplaintStep = (step: ComplaintStep, status: ComplaintStatus, role: string): StepCheck => {
  const rule = STEP_RULES[step];
  if (!rule.from.includes(status)) return { ok: false, code: 'TRANSITION_NOT_ALLOWED' };
  if (!rule.roles.includes(role)) return { ok: false, code: 'ROLE_NOT_ALLOWED' };
  return { ok: true, to: rule.to === 'unchanged' ? status : rule.to };
};

/**
 * The status after an action-log entry: a reply or a call on an assigned complaint means work has
 * started; `awaitComplainant` (a reply or call that asks the complainant for something) pauses the
 * clock; any entry on a complaint waiting on the complainant resumes it.
 */
export const statusAfterAction = (
  status: ComplaintStatus,
  kind: ActionKind,
  awaitComplainant = false,
): ComplaintStatus => {
  if (awaitComplainant && kind !== 'internal_note') return 'awaiting_complainant';
  if (status === 'awaiting_complainant') return kind === 'internal_note' ? status : 'in_progress';
  return kind !== 'internal_note' && (status === 'assigned' || status === 'received' || status === 'reopened')
    ? 'in_progress'
    : status;
};

/** The steps a role may take now (the console shows these buttons). */
export const availableSteps = (status: ComplaintStatus, role: string): ComplaintStep[] =>
  COMPLAINT_STEPS.filter((step) => checkComplaintStep(step, status, role).ok);
