/**
 * The association's configuration read back from the database as a profile (issue 14): what
 * `npm run profile -- export` writes and what an import is compared with (cms/domain/profile-diff.ts).
 * Only what a profile holds: no beneficiaries, requests or complaints.
 */
import type { Core, UID } from '@strapi/strapi';
import { hijriParts } from '../domain/hijri';
import type { AssociationProfile, Deadline, ProfilePerson, ProfilePolicy } from '../domain/profile-types';
import type { StaffRole } from '../constants/roles';

type Row = Record<string, unknown> & { id: number };
type User = {
  username: string;
  fullNameAr?: string | null;
  fullNameEn?: string | null;
  role?: { type: string } | null;
};

const rows = (strapi: Core.Strapi, name: string, params: Record<string, unknown> = {}): Promise<Row[]> =>
  strapi.db.query(`plugin::wasl.${name}` as UID.Schema).findMany(params) as Promise<Row[]>;

/** Drops keys whose value is null or undefined: the file leaves optional values out. */
const present = <T extends Record<string, unknown>>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined)) as T;

const person = (u: User): ProfilePerson =>
  present<Record<string, unknown>>({
    username: u.username,
    fullNameAr: u.fullNameAr ?? u.username,
    fullNameEn: u.fullNameEn,
    role: (u.role?.type ?? '') as StaffRole,
  }) as ProfilePerson;

const deadline = (amount: unknown, unit: unknown): Deadline | undefined =>
  typeof amount === 'number' && typeof unit === 'string' ? ({ amount, unit } as Deadline) : undefined;

const hijriKey = (isoDay: string): string => {
  const { year, month, day } = hijriParts(new Date(`${isoDay}T09:00:00Z`));
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
};
const daysBetween = (start: string, end: string) => Math.round((Date.parse(end) - Date.parse(start)) / 86_400_000) + 1;

const readPolicies = async (strapi: Core.Strapi): Promise<ProfilePolicy[]> => {
  const all = await rows(strapi, 'policy-document', {
    populate: { supersedes: { select: ['policyKey'] } },
    orderBy: { id: 'asc' },
  });
  const byDocument = new Map<string, Row[]>();
  for (const row of all)
    byDocument.set(String(row.documentId), [...(byDocument.get(String(row.documentId)) ?? []), row]);
  return [...byDocument.values()].map((versions) => {
    const published = versions.find((v) => v.publishedAt);
    const r = published ?? versions[0];
    const signatories = Array.isArray(r.signatories) ? (r.signatories as { name: string; title?: string }[]) : [];
    const approval = present({
      meetingNumber: r.boardMeetingNumber as string | null,
      session: r.boardSession as string | null,
      date: r.approvalDate as string | null,
      dateHijri: r.approvalDateHijri as string | null,
      chair: r.chairName as string | null,
    });
    const hasApproval = Object.keys(approval).length > 0 || signatories.length > 0;
    return present({
      key: r.policyKey as string,
      kind: r.kind as ProfilePolicy['kind'],
      titleAr: r.titleAr as string,
      titleEn: r.titleEn as string | null,
      version: r.versionNumber as number,
      officerTool: Boolean(r.isOfficerTool),
      publish: Boolean(published),
      supersedes: (r.supersedes as { policyKey?: string } | null)?.policyKey,
      approval: hasApproval ? { ...approval, signatories: signatories.map((s) => present({ ...s })) } : undefined,
      bodyAr: r.bodyAr as string | null,
      bodyEn: r.bodyEn as string | null,
    }) as ProfilePolicy;
  });
};

const readCategories = async (strapi: Core.Strapi, byCategory: Record<string, number>) => {
  const routing = await rows(strapi, 'contact-officer-assignment', {
    where: { active: true },
    populate: { officer: { select: ['username', 'fullNameAr'] } },
    orderBy: { id: 'asc' },
  });
  const categories = await rows(strapi, 'complaint-category', {
    where: { enabled: true },
    orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
  });
  return categories.map((c) =>
    present({
      key: c.key as string,
      nameAr: c.nameAr as string,
      nameEn: c.nameEn as string | null,
      deadlineWorkingDays: byCategory[c.key as string],
      officers: routing
        .filter((r) => r.complaintCategory === c.key && r.officer)
        .map((r) => {
          const officer = r.officer as User;
          return present({
            username: officer.username,
            fullNameAr: officer.fullNameAr ?? officer.username,
            areaAr: r.areaAr as string,
            beneficiaryCategory: r.beneficiaryCategory as string | null,
          });
        }),
    }),
  );
};

/** The database's configuration as a profile, or null when no association profile exists yet. */
export const readProfileFromDb = async (strapi: Core.Strapi): Promise<AssociationProfile | null> => {
  const p = (await strapi.db.query('plugin::wasl.association-profile').findOne({})) as Row | null;
  if (!p) return null;
  const channels = await rows(strapi, 'channel', {
    where: { enabled: true },
    orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
  });
  const holidays = await rows(strapi, 'holiday', { orderBy: [{ startDate: 'asc' }, { id: 'asc' }] });
  const committees = await rows(strapi, 'committee', {
    populate: {
      members: { select: ['username', 'fullNameAr', 'fullNameEn'], populate: { role: { select: ['type'] } } },
    },
    orderBy: { id: 'asc' },
  });
  const services = await rows(strapi, 'service', {
    populate: { committee: { select: ['key'] } },
    orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
  });
  const surveys = await rows(strapi, 'survey', { populate: { service: { select: ['key'] } }, orderBy: { id: 'asc' } });
  const branches = await rows(strapi, 'branch', { orderBy: { id: 'asc' } });
  return {
    format: 'wasl-association-profile/1',
    key: (p.profileKey as string | null) ?? 'association',
    identity: present({
      nameAr: p.nameAr as string,
      nameEn: p.nameEn as string | null,
      registrationNumber: p.registrationNumber as string | null,
      city: p.city as string | null,
      region: p.region as string | null,
      website: p.website as string | null,
      phone: p.phone as string | null,
      email: p.email as string | null,
      socialAccounts: (p.socialAccounts as Record<string, string> | null) ?? {},
    }),
    channels: channels.map((c) => c.key as string),
    complaints: {
      deadlineWorkingDays: p.complaintSlaDays as number,
      dueSoonWorkingDays: (p.dueSoonWorkingDays as number | null) ?? 2,
      categories: await readCategories(strapi, (p.complaintSlaByCategory as Record<string, number> | null) ?? {}),
    },
    officerTools: (p.tools as string[] | null) ?? [],
    stakeholderKinds: (p.stakeholderKinds as string[] | null) ?? [],
    calendar: {
      weekendDays: (p.weekendDays as number[] | null) ?? [5, 6],
      workdayStart: p.workdayStart as string,
      workdayEnd: p.workdayEnd as string,
      holidays: holidays.map((h) =>
        present({
          nameAr: h.nameAr as string,
          nameEn: h.nameEn as string | null,
          kind: h.kind as string,
          ...(h.hijriYear ? { hijri: hijriKey(h.startDate as string) } : { gregorian: h.startDate as string }),
          days: daysBetween(h.startDate as string, h.endDate as string),
        }),
      ),
    },
    requestDeadline: deadline(p.defaultSlaDays, p.defaultSlaUnit) as Deadline,
    branches: branches.map((b) =>
      present({
        code: b.code as string,
        nameAr: b.nameAr as string,
        nameEn: b.nameEn as string | null,
        city: b.city as string | null,
        phone: b.phone as string | null,
      }),
    ),
    committees: committees.map((c) =>
      present({
        key: c.key as string,
        nameAr: c.nameAr as string,
        nameEn: c.nameEn as string | null,
        type: c.type as string,
        quorum: c.quorum as number,
        members: ((c.members as User[] | null) ?? []).map(person).sort((a, b) => (a.username < b.username ? -1 : 1)),
      }),
    ),
    services: services.map((s) =>
      present({
        key: s.key as string,
        nameAr: s.nameAr as string,
        nameEn: s.nameEn as string | null,
        descriptionAr: s.descriptionAr as string | null,
        descriptionEn: s.descriptionEn as string | null,
        category: s.category as string,
        committee: (s.committee as { key?: string } | null)?.key,
        eligibility: ((s.eligibilityRules as Record<string, unknown>[] | null) ?? []).map(({ type, ...rest }) => ({
          field: String(type),
          ...rest,
        })),
        documents: (s.requiredDocuments as { key: string; labelAr: string; labelEn: string }[] | null) ?? [],
        flags: {
          needsInterview: Boolean(s.needsInterview),
          needsResearch: s.needsResearch !== false,
          needsReferral: Boolean(s.needsReferral),
          ratingRequired: Boolean(s.ratingRequired),
          confidential: Boolean(s.confidential),
          published: Boolean(s.published),
        },
        deadline: deadline(s.slaDays, s.slaUnit),
        onlineRegistrationUrl: s.onlineRegistrationUrl as string | null,
      }),
    ),
    surveys: surveys.map((s) =>
      present({
        key: s.key as string,
        titleAr: s.titleAr as string,
        titleEn: s.titleEn as string | null,
        introAr: s.introAr as string | null,
        kind: s.kind as 'periodic' | 'post_service',
        service: (s.service as { key?: string } | null)?.key,
        active: s.active !== false,
        questions: (s.questions as Record<string, unknown>[] | null) ?? [],
      }),
    ),
    policies: await readPolicies(strapi),
  } as AssociationProfile;
};
