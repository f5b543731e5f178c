/**
 * Complaint rules as pure functions: the step table (CM3–CM5), routing (I1), per-category deadlines
 * (CM4), working hours for escalation messages (CM5), attachment signatures (CM1).
 */
import {
  availableSteps,
  checkComplaintStep,
  COMPLAINT_STATUSES,
  COMPLAINT_STEPS,
  statusAfterAction,
} from '../../cms/domain/complaint-workflow';
import { routeComplaint, type RoutingRule } from '../../cms/domain/complaint-routing';
import { complaintDueAt, complaintSlaDays } from '../../cms/domain/complaint-sla';
import { isWithinWorkingHours, nextWorkingInstant } from '../../cms/domain/working-hours';
import { sniffAttachmentType } from '../../cms/domain/file-signature';
import { DEFAULT_CALENDAR } from '../../cms/domain/sla-calendar';

/**
 * The follow-up of a complaint as the design draws it (CM3–CM5, MC10), written by hand: from which states
 * each named step may be taken, by whom, and where it leads ('=' keeps the state).
 */
const OPEN = ['received', 'assigned', 'in_progress', 'awaiting_complainant', 'reopened'];
const HAND_TABLE: Record<string, { from: string[]; roles: string[]; to: string }> = {
  assign: { from: OPEN, roles: ['follow_up_committee', 'manager'], to: 'assigned' },
  act: { from: OPEN, roles: ['follow_up_committee', 'contact_officer', 'manager', 'reception_officer'], to: '=' },
  escalate: { from: OPEN, roles: ['follow_up_committee', 'contact_officer', 'manager'], to: '=' },
  resolve: {
    from: ['assigned', 'in_progress', 'awaiting_complainant', 'reopened'],
    roles: ['follow_up_committee', 'contact_officer', 'manager'],
    to: 'resolved',
  },
  close: { from: ['resolved'], roles: ['follow_up_committee', 'manager', 'reception_officer'], to: 'closed' },
  reopen: {
    from: ['resolved', 'closed'],
    roles: ['follow_up_committee', 'manager', 'reception_officer'],
    to: 'reopened',
  },
};
const STATES = [
  'received',
  'assigned',
  'in_progress',
  'awaiting_complainant',
  'resolved',
  'closed',
  'reopened',
] as const;
const ROLES_7 = [
  'reception_officer',
  'social_researcher',
  'committee_member',
  'follow_up_committee',
  'contact_officer',
  'manager',
  'association_admin',
];
const STEP_CASES = Object.keys(HAND_TABLE).flatMap((step) =>
  STATES.flatMap((status) => ROLES_7.map((role) => [step, status, role] as const)),
);

describe('complaint steps', () => {
  it('covers 6 steps × 7 states × 7 roles, and the code knows the same steps and states', () => {
    expect(STEP_CASES).toHaveLength(294);
    expect([...COMPLAINT_STEPS].sort()).toEqual(Object.keys(HAND_TABLE).sort());
    expect([...COMPLAINT_STATUSES].sort()).toEqual([...STATES].sort());
  });

  it.each(STEP_CASES)('[HRF-CM4] %s on a %s complaint by %s follows the hand-written table', (step, status, role) => {
    const rule = HAND_TABLE[step];
    const expected = !rule.from.includes(status)
      ? { ok: false, code: 'TRANSITION_NOT_ALLOWED' }
      : !rule.roles.includes(role)
        ? { ok: false, code: 'ROLE_NOT_ALLOWED' }
        : { ok: true, to: rule.to === '=' ? status : rule.to };
    expect(checkComplaintStep(step as (typeof COMPLAINT_STEPS)[number], status, role)).toEqual(expected);
  });

  it.each([
    ['assign', 'received', 'follow_up_committee', 'assigned'],
    ['act', 'assigned', 'contact_officer', 'assigned'],
    ['resolve', 'in_progress', 'contact_officer', 'resolved'],
    ['close', 'resolved', 'reception_officer', 'closed'],
    ['reopen', 'closed', 'manager', 'reopened'],
    ['escalate', 'awaiting_complainant', 'manager', 'awaiting_complainant'],
  ] as const)('[HRF-CM4] allows %s from %s to %s, leading to %s', (step, status, role, to) => {
    expect(checkComplaintStep(step, status, role)).toEqual({ ok: true, to });
  });

  it.each([
    ['assign', 'reception_officer'],
    ['resolve', 'reception_officer'],
    ['act', 'social_researcher'],
    ['close', 'committee_member'],
  ] as const)('[HRF-P1] refuses %s to %s', (step, role) => {
    expect(checkComplaintStep(step, step === 'close' ? 'resolved' : 'in_progress', role)).toEqual({
      ok: false,
      code: 'ROLE_NOT_ALLOWED',
    });
  });

  it.each([
    ['assigned', 'call_made', 'in_progress'],
    ['assigned', 'internal_note', 'assigned'],
    ['reopened', 'public_reply', 'in_progress'],
    ['awaiting_complainant', 'call_made', 'in_progress'],
  ] as const)('[HRF-MC10] after a %s complaint gets a %s it is %s', (status, kind, to) => {
    expect(statusAfterAction(status, kind)).toBe(to);
  });

  it.each([
    ['in_progress', 'call_made', true, 'awaiting_complainant'],
    ['awaiting_complainant', 'internal_note', false, 'awaiting_complainant'],
    ['awaiting_complainant', 'public_reply', false, 'in_progress'],
    ['assigned', 'internal_note', true, 'assigned'],
  ] as const)('[HRF-CM4] a %s complaint given a %s (awaiting the complainant: %s) is %s', (status, kind, wait, to) => {
    expect(statusAfterAction(status, kind, wait)).toBe(to);
  });

  it('[HRF-CM4] nothing can be done to a closed complaint but reopening it', () => {
    expect(availableSteps('closed', 'manager')).toEqual(['reopen']);
  });
});

describe('routing', () => {
  const rule = (
    id: number,
    complaintCategory: string | null,
    beneficiaryCategory: string | null,
    active = true,
  ): RoutingRule => ({ id, officerId: 100 + id, areaAr: `area${id}`, complaintCategory, beneficiaryCategory, active });
  const rules = [
    rule(1, 'information', null),
    rule(2, 'information', 'family'),
    rule(3, null, 'woman'),
    rule(4, 'delay', 'woman', false),
  ];

  it.each([
    [{ category: 'information', beneficiaryCategory: 'family' }, 2, 'both'],
    [{ category: 'information', beneficiaryCategory: 'youth' }, 1, 'category'],
    [{ category: 'information', beneficiaryCategory: null }, 1, 'category'],
    [{ category: 'delay', beneficiaryCategory: 'woman' }, 3, 'beneficiary_category'],
  ] as const)('[HRF-I1] routes %o to rule %i (%s)', (facts, ruleId, match) => {
    expect(routeComplaint(rules, facts)).toMatchObject({ ruleId, match, officerId: 100 + ruleId });
  });

  it('[HRF-I1] leaves a complaint no active rule covers with the follow-up committee', () => {
    expect(routeComplaint(rules, { category: 'facilities', beneficiaryCategory: 'elderly' })).toBeNull();
  });

  it('[HRF-I1] keeps the oldest of two equal rules', () => {
    expect(
      routeComplaint([rule(9, 'delay', null), rule(5, 'delay', null)], { category: 'delay', beneficiaryCategory: null })
        ?.ruleId,
    ).toBe(5);
  });
});

describe('complaint deadlines', () => {
  const setting = { defaultDays: 5, byCategory: { staff_conduct: 3, delay: 0, other: 'x' } };
  it.each([
    ['staff_conduct', 3],
    ['delay', 5],
    ['other', 5],
    ['facilities', 5],
  ] as const)('[HRF-CM4] category %s has %i working days', (category, days) => {
    expect(complaintSlaDays(category, setting)).toBe(days);
  });

  it('[HRF-CM4] working days spent waiting on the complainant move the deadline on by as many', () => {
    expect(
      complaintDueAt(new Date('2026-11-26T07:00:00Z'), 'staff_conduct', setting, DEFAULT_CALENDAR, 2).toISOString(),
    ).toBe('2026-12-03T13:00:00.000Z');
  });

  it('[HRF-CM4] counts working days of the Saudi week: Thursday 10:00 + 3 working days ends Tuesday 16:00 Riyadh', () => {
    expect(
      complaintDueAt(new Date('2026-11-26T07:00:00Z'), 'staff_conduct', setting, DEFAULT_CALENDAR).toISOString(),
    ).toBe('2026-12-01T13:00:00.000Z');
  });
});

describe('working hours of escalation messages', () => {
  const calendar = { ...DEFAULT_CALENDAR, holidays: [{ startDate: '2026-12-06', endDate: '2026-12-06' }] };
  it.each([
    ['Thursday 10:00 Riyadh is inside', '2026-11-26T07:00:00Z', '2026-11-26T07:00:00.000Z'],
    ['Thursday 16:00 Riyadh waits for Sunday 08:00', '2026-11-26T13:00:00Z', '2026-11-29T05:00:00.000Z'],
    ['Friday midnight waits for Sunday 08:00', '2026-11-26T21:30:00Z', '2026-11-29T05:00:00.000Z'],
    ['Sunday 06:00 Riyadh waits for 08:00 the same day', '2026-11-29T03:00:00Z', '2026-11-29T05:00:00.000Z'],
    ['Saturday before a Sunday holiday waits for Monday', '2026-12-05T09:00:00Z', '2026-12-07T05:00:00.000Z'],
  ])('[ESR-S5] %s', (_name, at, expected) => {
    const next = nextWorkingInstant(new Date(at), calendar);
    expect(next.toISOString()).toBe(expected);
    expect(isWithinWorkingHours(next, calendar)).toBe(true);
  });
});

describe('attachment signatures', () => {
  it.each([
    [[0x25, 0x50, 0x44, 0x46, 0x2d, 0x31], 'application/pdf'],
    [[0xff, 0xd8, 0xff, 0xe0], 'image/jpeg'],
    [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'image/png'],
    [[0x4d, 0x5a, 0x90, 0x00], null],
    [[0x3c, 0x73, 0x63, 0x72, 0x69, 0x70, 0x74], null],
    [[0x25, 0x50, 0x44], null],
    [[], null],
  ])('[HRF-CM1] bytes %j are %s', (bytes, mime) => {
    expect(sniffAttachmentType(Uint8Array.from(bytes))).toBe(mime);
  });
});
