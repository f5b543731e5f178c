/**
 * The association profile (issue 14) as the importer reads it, after the JSON Schema
 * (config/associations/profile.schema.json) has filled its defaults. One file configures an association
 * without code: identity (PD5), channels (ALL-CH), complaint routing and deadlines (CM4, I1), officer
 * tools (ALL-TOOLS), stakeholder kinds (ALL-STK), calendar and deadlines (H7), committees, services
 * (YSR-E), questionnaires (S1) and the board-approved policies (PD1–PD4).
 */
import type { SlaUnit } from './sla-calendar';
import type { StaffRole } from '../constants/roles';

export type Deadline = { amount: number; unit: SlaUnit };
export type ProfilePerson = { username: string; fullNameAr: string; fullNameEn?: string; role: StaffRole };
export type ProfileOfficer = { username: string; fullNameAr: string; areaAr: string; beneficiaryCategory?: string };
export type ProfileCategory = {
  key: string;
  nameAr: string;
  nameEn?: string;
  deadlineWorkingDays?: number;
  officers: ProfileOfficer[];
};
export type ProfileHoliday = {
  nameAr: string;
  nameEn?: string;
  kind: string;
  hijri?: string;
  gregorian?: string;
  days: number;
};
export type ProfileCommittee = {
  key: string;
  nameAr: string;
  nameEn?: string;
  type: string;
  quorum: number;
  members: ProfilePerson[];
};
export type ProfileService = {
  key: string;
  nameAr: string;
  nameEn?: string;
  descriptionAr?: string;
  descriptionEn?: string;
  category: string;
  committee?: string;
  eligibility: ({ field: string } & Record<string, unknown>)[];
  documents: { key: string; labelAr: string; labelEn: string }[];
  flags: Record<
    'needsInterview' | 'needsResearch' | 'needsReferral' | 'ratingRequired' | 'confidential' | 'published',
    boolean
  >;
  deadline?: Deadline;
  onlineRegistrationUrl?: string;
};
export type ProfileSurvey = {
  key: string;
  titleAr: string;
  titleEn?: string;
  introAr?: string;
  kind: 'periodic' | 'post_service';
  service?: string;
  active: boolean;
  questions: Record<string, unknown>[];
};
export type ProfileApproval = {
  meetingNumber?: string;
  session?: string;
  date?: string;
  dateHijri?: string;
  chair?: string;
  signatories: { name: string; title?: string }[];
};
export type ProfilePolicy = {
  key: string;
  kind: 'policy' | 'user_guide' | 'internal_guide';
  titleAr: string;
  titleEn?: string;
  version: number;
  officerTool: boolean;
  publish: boolean;
  supersedes?: string;
  approval?: ProfileApproval;
  bodyAr?: string;
  bodyEn?: string;
};

export type AssociationProfile = {
  format: 'wasl-association-profile/1';
  key: string;
  identity: {
    nameAr: string;
    nameEn?: string;
    registrationNumber?: string;
    city?: string;
    region?: string;
    website?: string;
    phone?: string;
    email?: string;
    socialAccounts: Record<string, string>;
  };
  channels: string[];
  complaints: { deadlineWorkingDays: number; dueSoonWorkingDays: number; categories: ProfileCategory[] };
  officerTools: string[];
  stakeholderKinds: string[];
  calendar: { weekendDays: number[]; workdayStart: string; workdayEnd: string; holidays: ProfileHoliday[] };
  requestDeadline: Deadline;
  branches: { code: string; nameAr: string; nameEn?: string; city?: string; phone?: string }[];
  committees: ProfileCommittee[];
  services: ProfileService[];
  surveys: ProfileSurvey[];
  policies: ProfilePolicy[];
};

/** A problem of the file, at a JSON pointer (`/services/2/eligibility/0/field`). */
export type ProfileProblem = { path: string; code: string; params?: Record<string, string | number> };

/** A profile's sections, in the order previews list them (the console names each: admin/src/i18n/configuration.ts). */
export const SECTIONS = [
  'settings',
  'channels',
  'categories',
  'routing',
  'holidays',
  'branches',
  'staff',
  'committees',
  'services',
  'surveys',
  'policies',
] as const;
export type SectionName = (typeof SECTIONS)[number];
