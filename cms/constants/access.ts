/**
 * The role × resource × action matrix: one file read by the routes (users-permissions grants),
 * the generic record adapter (field rules, masking), the console and the tests (P1: least privilege,
 * segregation of duties).
 */
import { ROLES, type StaffRole } from './roles';

export type RecordAction = 'find' | 'findOne' | 'create' | 'update' | 'delete';

export type ResourceRule = {
  /** Content-type UID served by the generic simple-rest adapter. */
  uid: `plugin::wasl.${string}`;
  /** Which roles may do what through the adapter. */
  grants: Partial<Record<StaffRole, readonly RecordAction[]>>;
  /** Fields only the server writes (counters, workflow state, derived keys). */
  serverOwned?: readonly string[];
  /** Per role, the only fields it may write; absent = every field not server-owned. */
  writable?: Partial<Record<StaffRole, readonly string[]>>;
  /** Fields shown masked to roles not listed in `unmaskedFor` (P1). */
  masked?: { fields: readonly string[]; unmaskedFor: readonly StaffRole[] };
  /** Fields searched by the `q` filter. */
  search?: readonly string[];
  /** A read of one record by these roles is recorded in the audit log (sensitive record). */
  auditReads?: boolean;
};

const {
  RECEPTION_OFFICER: RECEPTION,
  SOCIAL_RESEARCHER: RESEARCHER,
  COMMITTEE_MEMBER: COMMITTEE,
  FOLLOW_UP_COMMITTEE: FOLLOW_UP,
  CONTACT_OFFICER: CONTACT,
  MANAGER,
  ASSOCIATION_ADMIN: ADMIN,
} = ROLES;

const READ = ['find', 'findOne'] as const;
const WRITE = ['find', 'findOne', 'create', 'update'] as const;
const ALL = ['find', 'findOne', 'create', 'update', 'delete'] as const;
const everyone = (actions: readonly RecordAction[]) =>
  Object.fromEntries(Object.values(ROLES).map((role) => [role, actions])) as Record<StaffRole, readonly RecordAction[]>;

const TRACKED = ['trackingNumber', 'status', 'version'] as const;

export const RESOURCES = {
  beneficiaries: {
    uid: 'plugin::wasl.beneficiary',
    grants: {
      [RECEPTION]: WRITE,
      [RESEARCHER]: READ,
      [COMMITTEE]: READ,
      [FOLLOW_UP]: READ,
      [CONTACT]: READ,
      [MANAGER]: READ,
      [ADMIN]: ['find', 'findOne', 'delete'],
    },
    serverOwned: ['searchKey', 'idKind'],
    masked: { fields: ['nationalId', 'phone', 'email', 'birthDate'], unmaskedFor: [RECEPTION, RESEARCHER] },
    // `searchKey` holds the Arabic-normalised names only; the ID and phone are searched in their own columns,
    // by the roles that see them in full (cms/constants/visibility.ts).
    search: ['searchKey', 'nationalId', 'phone'],
    auditReads: true,
  },
  branches: {
    uid: 'plugin::wasl.branch',
    grants: { ...everyone(READ), [ADMIN]: ALL },
    search: ['nameAr', 'nameEn', 'code'],
  },
  // ALL-CH: the association's own channels and complaint categories are rows; disabled, never deleted (records keep their key).
  channels: {
    uid: 'plugin::wasl.channel',
    grants: { ...everyone(READ), [ADMIN]: WRITE },
    search: ['nameAr', 'nameEn', 'key'],
  },
  'complaint-categories': {
    uid: 'plugin::wasl.complaint-category',
    grants: { ...everyone(READ), [ADMIN]: WRITE },
    search: ['nameAr', 'nameEn', 'key'],
  },
  services: {
    uid: 'plugin::wasl.service',
    grants: { ...everyone(READ), [ADMIN]: ALL },
    search: ['nameAr', 'nameEn', 'key'],
  },
  'service-requests': {
    uid: 'plugin::wasl.service-request',
    grants: { ...everyone(READ), [RECEPTION]: WRITE, [RESEARCHER]: ['find', 'findOne', 'update'] },
    serverOwned: [
      ...TRACKED,
      'completedAt',
      'dueAt',
      'decidedAt',
      'closedAt',
      'eligibilitySnapshot',
      'receivedBy',
      'slaMet',
    ],
    writable: {
      [RECEPTION]: [
        'beneficiary',
        'service',
        'channel',
        'branch',
        'receivedAt',
        'intakeData',
        'documentsProvided',
        'interviewPassed',
        'referralSource',
        'registeredOnline',
        'assignedTo',
        'summary',
      ],
      // H4: the researcher writes the report and records the interview; nothing else of the request.
      [RESEARCHER]: ['researchReport', 'interviewPassed'],
    },
    search: ['trackingNumber'],
    auditReads: true,
  },
  'request-events': { uid: 'plugin::wasl.request-event', grants: everyone(READ) },
  attestations: {
    uid: 'plugin::wasl.attestation',
    grants: { [RECEPTION]: ['find', 'findOne', 'create'], [RESEARCHER]: READ, [COMMITTEE]: READ, [MANAGER]: READ },
    serverOwned: ['recordedBy', 'signature'],
  },
  committees: {
    uid: 'plugin::wasl.committee',
    grants: { ...everyone(READ), [ADMIN]: ALL },
    search: ['nameAr', 'nameEn'],
  },
  'committee-meetings': {
    uid: 'plugin::wasl.committee-meeting',
    grants: { [COMMITTEE]: WRITE, [FOLLOW_UP]: WRITE, [MANAGER]: READ, [RESEARCHER]: READ },
    // H6: minutes change only through the minutes routes, which withdraw approvals on every edit.
    serverOwned: ['minutesApprovals', 'minutesAr', 'status'],
  },
  'agenda-items': {
    uid: 'plugin::wasl.agenda-item',
    grants: { [COMMITTEE]: WRITE, [FOLLOW_UP]: WRITE, [MANAGER]: READ },
  },
  // A reception officer never sees committee votes.
  votes: { uid: 'plugin::wasl.vote', grants: { [COMMITTEE]: READ, [FOLLOW_UP]: READ, [MANAGER]: READ } },
  decisions: {
    uid: 'plugin::wasl.decision',
    grants: { [COMMITTEE]: READ, [FOLLOW_UP]: READ, [MANAGER]: READ, [RECEPTION]: READ, [RESEARCHER]: READ },
  },
  complaints: {
    uid: 'plugin::wasl.complaint',
    grants: {
      [RECEPTION]: WRITE,
      [FOLLOW_UP]: WRITE,
      [CONTACT]: ['find', 'findOne', 'update'],
      [MANAGER]: ['find', 'findOne', 'update'],
    },
    // CM3–CM5: workflow fields change only through the named steps (assign, resolve, close, …), which audit them.
    serverOwned: [
      ...TRACKED,
      'dueAt',
      'escalatedAt',
      'escalationLevel',
      'resolvedAt',
      'closedAt',
      'trackingSecretHash',
      'idempotencyKey',
      'assignedTo',
      'department',
      'resolution',
      'amicableSettlement',
      'settlementNotes',
      'satisfaction',
      'receivedBy',
      'reopenedAt',
      'reopenCount',
      'channel',
      'kind',
      'pausedAt',
      'pausedWorkingDays',
      'idempotencyHash',
    ],
    masked: { fields: ['complainantPhone', 'complainantEmail'], unmaskedFor: [RECEPTION, FOLLOW_UP, CONTACT] },
    search: ['trackingNumber', 'subject', 'complainantName'],
    auditReads: true,
  },
  'complaint-actions': {
    uid: 'plugin::wasl.complaint-action',
    // MC10: the log is written by POST /complaints/:id/act and the other steps, never edited.
    grants: { [RECEPTION]: READ, [FOLLOW_UP]: READ, [CONTACT]: READ, [MANAGER]: READ },
    serverOwned: ['actor'],
  },
  'compensation-claims': {
    uid: 'plugin::wasl.compensation-claim',
    // Opened from a complaint through POST /complaints/:id/compensation-claims (it takes a number there).
    grants: { [FOLLOW_UP]: ['find', 'findOne', 'update'], [MANAGER]: ['find', 'findOne', 'update'], [COMMITTEE]: READ },
    // C1–C4: conditions, negotiation, outcome and amount change only through the named claim routes.
    serverOwned: [
      ...TRACKED,
      'settledAt',
      'conditions',
      'negotiationLog',
      'outcome',
      'amount',
      'c1Established',
      'c2Established',
      'c3Established',
      'c1Evidence',
      'c2Evidence',
      'c3Evidence',
      'evidenceKind',
      'evidenceMeeting',
      'evidenceDocument',
      'complaint',
    ],
    search: ['trackingNumber'],
  },
  visits: {
    uid: 'plugin::wasl.visit',
    grants: { [RECEPTION]: ALL, [MANAGER]: READ, [FOLLOW_UP]: READ, [ADMIN]: READ },
    serverOwned: ['recordedBy'],
  },
  // MC6: `officialKey` is the official's name normalised (cms/domain/appointment-slot.ts); the clash check uses it.
  appointments: {
    uid: 'plugin::wasl.appointment',
    grants: { [RECEPTION]: WRITE, [MANAGER]: WRITE, [CONTACT]: READ },
    serverOwned: ['officialKey'],
    search: ['officialName'],
  },
  surveys: {
    uid: 'plugin::wasl.survey',
    // S4: the researcher reads the questionnaire to record an interview's answers.
    grants: { [ADMIN]: ALL, [MANAGER]: WRITE, [RECEPTION]: READ, [RESEARCHER]: READ },
    search: ['titleAr', 'titleEn'],
  },
  // ALL-SAT: responses are for evaluation, not shaming: no role edits or deletes them. S4: the front desk and
  // the researcher record an interview's (or a call's) answers; the server checks them against the questions and
  // sets the score, the time and the service, branch and beneficiary from the request (cms/services/surveys.ts).
  'survey-responses': {
    uid: 'plugin::wasl.survey-response',
    grants: {
      [MANAGER]: READ,
      [ADMIN]: READ,
      [FOLLOW_UP]: READ,
      [RECEPTION]: ['find', 'findOne', 'create'],
      [RESEARCHER]: ['create'],
    },
    serverOwned: ['score', 'submittedAt', 'beneficiary', 'service', 'branch'],
    writable: {
      [RECEPTION]: ['survey', 'request', 'answers', 'comment', 'channel'],
      [RESEARCHER]: ['survey', 'request', 'answers', 'comment', 'channel'],
    },
  },
  // S1, YSR-E1: one-time links, created by the server (after delivery, or a campaign); read-only, the token never kept.
  'survey-invitations': {
    uid: 'plugin::wasl.survey-invitation',
    grants: { [MANAGER]: READ, [ADMIN]: READ },
  },
  // MC7–MC9, S2, S3: the manager and the follow-up committee inspect; nobody deletes what an inspection found.
  'field-inspections': {
    uid: 'plugin::wasl.field-inspection',
    grants: { [MANAGER]: WRITE, [FOLLOW_UP]: WRITE },
    serverOwned: ['inspector', 'reportedToManagerAt', 'checklist'],
  },
  'inspection-findings': {
    uid: 'plugin::wasl.inspection-finding',
    grants: { [MANAGER]: WRITE, [FOLLOW_UP]: WRITE },
    // Photos arrive only through POST /inspection-findings/:id/photos (checked by a decoder, kept private).
    serverOwned: ['recordedBy', 'photos'],
    search: ['description'],
  },
  // Done records who and when (the server's); a done action is not reopened or rewritten.
  'corrective-actions': {
    uid: 'plugin::wasl.corrective-action',
    grants: { [MANAGER]: WRITE, [FOLLOW_UP]: WRITE },
    serverOwned: ['doneAt', 'doneBy'],
    search: ['description'],
  },
  'contact-officer-assignments': {
    uid: 'plugin::wasl.contact-officer-assignment',
    grants: { [ADMIN]: ALL, [MANAGER]: READ, [CONTACT]: READ, [FOLLOW_UP]: READ },
  },
  // H7, PD5: one profile per association; the admin edits it, nobody creates or deletes it.
  'association-profiles': {
    uid: 'plugin::wasl.association-profile',
    grants: { ...everyone(READ), [ADMIN]: ['find', 'findOne', 'update'] },
  },
  holidays: { uid: 'plugin::wasl.holiday', grants: { ...everyone(READ), [ADMIN]: ALL }, search: ['nameAr', 'nameEn'] },
  'policy-documents': {
    uid: 'plugin::wasl.policy-document',
    // PD1, PD3: authoring and publishing are the association admin's (the issue); everyone else reads
    // the published versions only (cms/services/policy-reads.ts), the manager included.
    grants: { ...everyone(READ), [ADMIN]: ALL },
    search: ['titleAr', 'titleEn', 'policyKey'],
  },
  'policy-acknowledgements': {
    uid: 'plugin::wasl.policy-acknowledgement',
    grants: { ...everyone(['find', 'findOne', 'create']) },
    serverOwned: ['user', 'uniqueKey', 'acknowledgedAt'],
  },
  stakeholders: {
    uid: 'plugin::wasl.stakeholder',
    grants: { [MANAGER]: WRITE, [ADMIN]: ALL, [RECEPTION]: READ },
    search: ['nameAr', 'nameEn'],
  },
  'audit-logs': { uid: 'plugin::wasl.audit-log', grants: { [MANAGER]: READ, [ADMIN]: READ } },
  notifications: { uid: 'plugin::wasl.notification', grants: { [MANAGER]: READ, [ADMIN]: READ } },
} as const satisfies Record<string, ResourceRule>;

export type ResourceName = keyof typeof RESOURCES;
export const RESOURCE_NAMES = Object.keys(RESOURCES) as ResourceName[];

export const resourceRule = (name: ResourceName): ResourceRule => RESOURCES[name];

export const canDo = (role: StaffRole, resource: ResourceName, action: RecordAction): boolean =>
  (resourceRule(resource).grants[role] ?? []).includes(action);

/** users-permissions actions each role needs beyond the record routes: the named workflow routes. */
const JOURNEY_VIEW = 'plugin::wasl.journey.explain';
const JOURNEY_MOVE = 'plugin::wasl.journey.transition';
const MINUTES = ['plugin::wasl.minutes.show', 'plugin::wasl.minutes.write', 'plugin::wasl.minutes.approve'];
/** CM3–CM5, I1: which role may take which step in which state is cms/domain/complaint-workflow.ts. */
const COMPLAINT_STEPS = ['assign', 'act', 'escalate', 'resolve', 'close', 'reopen'].map(
  (step) => `plugin::wasl.complaint-workflow.${step}`,
);
/** C1–C4: the role table is cms/domain/compensation.ts. */
const CLAIM_ROUTES = ['open', 'explain', 'condition', 'negotiate', 'settle', 'close'].map(
  (step) => `plugin::wasl.compensation.${step}`,
);
/** MC3: complaint statistics for senior management. */
const COMPLAINT_STATS = 'plugin::wasl.complaint-stats.summary';
/** MC4, S5, S6: the monthly report to the general manager (and the admin who configures the association). */
const MONTHLY_REPORT = 'plugin::wasl.monthly-report.monthly';
/** Issue 12 (MC1, MC3, MC4, S1, S5, MC10, ESR-H7): the statistics API, management only. */
const STATS = ['visitors', 'complaints', 'requestsSla', 'satisfaction', 'escalations'].map(
  (figure) => `plugin::wasl.stats.${figure}`,
);
/** P1: private files, for exactly the roles that read the complaint (findOne) or the attestation; cms/services/file-downloads.ts. */
const COMPLAINT_FILES = [
  'plugin::wasl.file-downloads.listComplaintAttachments',
  'plugin::wasl.file-downloads.complaintAttachment',
];
const SIGNATURE_IMAGE = 'plugin::wasl.file-downloads.attestationSignature';

/** MC4, ALL-SAT: a questionnaire's aggregated results (never per staff member). S1: a periodic campaign. */
const SURVEY_RESULTS = 'plugin::wasl.survey-tools.results';
const SURVEY_CAMPAIGN = 'plugin::wasl.survey-tools.campaign';
/** MC1: the reception officer taps a walk-in, takes back their own last tap and sees today's counters. */
const FRONT_DESK = ['record', 'undo', 'today'].map((step) => `plugin::wasl.front-desk.${step}`);
/** MC1: the daily totals per branch and day, for whoever reads the visitor log. */
const VISIT_TOTALS = 'plugin::wasl.front-desk.daily';
/** MC7–MC9, S2: open corrective actions for senior management (README "Statistics"). */
const INSPECTION_FINDINGS = 'plugin::wasl.inspection-stats.inspectionFindings';
/** MC7, S2, P1: a finding's photos, added and downloaded by whoever writes the finding. */
const FINDING_PHOTOS = ['plugin::wasl.inspection-photos.add', 'plugin::wasl.inspection-photos.download'];

/** Issue 14: the association's configuration as one file, previewed, imported and exported by its admin. */
const PROFILE_IO = ['preview', 'import', 'export'].map((step) => `plugin::wasl.association-profile-io.${step}`);
/** PD1–PD4: publishing and withdrawing a policy document, through the board-approval checks. */
const POLICY_PUBLISHING = ['plugin::wasl.policy-publishing.publish', 'plugin::wasl.policy-publishing.unpublish'];

/** H6: the front line reaches the beneficiary where no machine can (a call, a text message, a letter). */
const CONTACT_TASKS = ['forRequest', 'forComplaint', 'done'].map((step) => `plugin::wasl.contact-tasks.${step}`);

export const EXTRA_GRANTS: Partial<Record<StaffRole, readonly string[]>> = {
  [RECEPTION]: [
    JOURNEY_VIEW,
    JOURNEY_MOVE,
    'plugin::wasl.attestation.sign',
    ...COMPLAINT_STEPS,
    ...CONTACT_TASKS,
    ...COMPLAINT_FILES,
    SIGNATURE_IMAGE,
    ...FRONT_DESK,
    VISIT_TOTALS,
  ],
  [RESEARCHER]: [JOURNEY_VIEW, JOURNEY_MOVE, SIGNATURE_IMAGE],
  [COMMITTEE]: [
    JOURNEY_VIEW,
    JOURNEY_MOVE,
    'plugin::wasl.journey.vote',
    ...MINUTES,
    'plugin::wasl.compensation.explain',
    SIGNATURE_IMAGE,
  ],
  // The manager sits on the follow-up committee (C3): membership, not the role, decides who approves minutes.
  [MANAGER]: [
    JOURNEY_VIEW,
    JOURNEY_MOVE,
    ...MINUTES,
    ...COMPLAINT_STEPS,
    ...CLAIM_ROUTES,
    COMPLAINT_STATS,
    MONTHLY_REPORT,
    ...STATS,
    ...CONTACT_TASKS,
    ...COMPLAINT_FILES,
    SIGNATURE_IMAGE,
    SURVEY_RESULTS,
    SURVEY_CAMPAIGN,
    VISIT_TOTALS,
    INSPECTION_FINDINGS,
    ...FINDING_PHOTOS,
  ],
  [FOLLOW_UP]: [
    JOURNEY_VIEW,
    ...MINUTES,
    ...COMPLAINT_STEPS,
    ...CLAIM_ROUTES,
    ...CONTACT_TASKS,
    ...COMPLAINT_FILES,
    SURVEY_RESULTS,
    VISIT_TOTALS,
    ...FINDING_PHOTOS,
  ],
  [CONTACT]: [JOURNEY_VIEW, ...COMPLAINT_STEPS, ...CONTACT_TASKS, ...COMPLAINT_FILES],
  [ADMIN]: [
    COMPLAINT_STATS,
    ...STATS,
    SURVEY_RESULTS,
    SURVEY_CAMPAIGN,
    VISIT_TOTALS,
    INSPECTION_FINDINGS,
    MONTHLY_REPORT,
    ...PROFILE_IO,
    ...POLICY_PUBLISHING,
  ],
};
/** I1: who assigns or routes complaints picks a person from the staff directory (never e-mails or hashes, P1). */
const STAFF_DIRECTORY = ['plugin::wasl.staff.find', 'plugin::wasl.staff.findOne'];
/** PD: who owns the policies sees who of the staff has and has not acknowledged the current version. */
const POLICY_SIGNATURES = 'plugin::wasl.staff.policySignatures';
/** P1: only the association admin creates, blocks and re-roles staff accounts and issues password reset links. */
const STAFF_ADMINISTRATION = [
  'plugin::wasl.staff.create',
  'plugin::wasl.staff.update',
  'plugin::wasl.staff.issuePasswordReset',
];
export const DIRECTORY_GRANTS: Partial<Record<StaffRole, readonly string[]>> = {
  [MANAGER]: [...STAFF_DIRECTORY, POLICY_SIGNATURES],
  [ADMIN]: [...STAFF_DIRECTORY, POLICY_SIGNATURES, ...STAFF_ADMINISTRATION],
  [FOLLOW_UP]: STAFF_DIRECTORY,
  [CONTACT]: STAFF_DIRECTORY,
};
const COMMON_GRANTS = [
  'plugin::users-permissions.user.me',
  'plugin::users-permissions.auth.changePassword',
  'plugin::users-permissions.auth.logout',
  'plugin::wasl.session.me',
];
/** The public (website) role: signing in and renewing a session's access token only; the public complaint and survey endpoints add theirs. */
export const PUBLIC_GRANTS: readonly string[] = [
  'plugin::users-permissions.auth.callback',
  'plugin::users-permissions.auth.refresh',
];

/** Every users-permissions action a role is granted: exactly what its work needs, nothing else. */
export const grantedActions = (role: StaffRole): string[] => [
  ...COMMON_GRANTS,
  ...RESOURCE_NAMES.flatMap(
    (resource) =>
      (RESOURCES[resource].grants as ResourceRule['grants'])[role]?.map(
        (action) => `plugin::wasl.${resource}.${action}`,
      ) ?? [],
  ),
  ...(EXTRA_GRANTS[role] ?? []),
  ...(DIRECTORY_GRANTS[role] ?? []),
];
