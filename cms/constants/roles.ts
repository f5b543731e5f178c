/**
 * The staff roles of DESIGN.md "Who uses it", as users-permissions role types.
 * One source of truth for the policies, the console and the tests.
 */
export const ROLES = {
  RECEPTION_OFFICER: 'reception_officer',
  SOCIAL_RESEARCHER: 'social_researcher',
  COMMITTEE_MEMBER: 'committee_member',
  FOLLOW_UP_COMMITTEE: 'follow_up_committee',
  CONTACT_OFFICER: 'contact_officer',
  MANAGER: 'manager',
  ASSOCIATION_ADMIN: 'association_admin',
} as const;

export type StaffRole = (typeof ROLES)[keyof typeof ROLES];
export const PUBLIC_ROLE = 'public';
export type RoleType = StaffRole | typeof PUBLIC_ROLE;

export const STAFF_ROLES: readonly StaffRole[] = Object.values(ROLES);

export const ROLE_LABELS: Record<StaffRole, { ar: string; en: string }> = {
  reception_officer: { ar: 'موظف علاقات المستفيدين', en: 'Reception officer' },
  social_researcher: { ar: 'مسؤول البحث الاجتماعي', en: 'Social researcher' },
  committee_member: { ar: 'عضو اللجنة المختصة', en: 'Committee member' },
  follow_up_committee: { ar: 'لجنة المتابعة', en: 'Follow-up committee' },
  contact_officer: { ar: 'ضابط اتصال', en: 'Contact officer' },
  manager: { ar: 'المدير العام', en: 'Manager' },
  association_admin: { ar: 'مدير النظام في الجمعية', en: 'Association admin' },
};

export const isStaffRole = (value: unknown): value is StaffRole =>
  typeof value === 'string' && (STAFF_ROLES as readonly string[]).includes(value);
