/**
 * The website's reads of the service catalogue (MC11, YSR-E), the enabled channels (ALL-CH), the
 * branch offices and the contact officers (I1). Only what the public may see leaves this module: a
 * confidential or unpublished service is never read, and of a contact officer only the display name.
 */
import type { Core } from '@strapi/strapi';
import type { SlaUnit } from '../domain/sla-calendar';
import { getService } from '../utils/services';

export type RequiredDocument = { key: string; labelAr: string; labelEn: string };

export type PublicService = {
  key: string;
  nameAr: string;
  nameEn: string | null;
  descriptionAr: string | null;
  descriptionEn: string | null;
  eligibilityRules: unknown;
  requiredDocuments: RequiredDocument[];
  response: { days: number; unit: SlaUnit };
  updatedAt: string;
};

export type PublicChannel = { key: string; nameAr: string; nameEn: string | null; howToReachAr: string | null };
export type PublicBranch = { nameAr: string; nameEn: string | null; city: string | null; phone: string | null };

/**
 * I1: who answers inquiries of an area and a beneficiary category. The officer is named (the public
 * should know who answers for their area), but never with a username, a personal phone or an e-mail:
 * those are personal data (P1), and an inquiry must go through a channel that records and tracks it
 * (the inquiry form routes it to this officer by its topic).
 */
export type PublicContactOfficer = {
  areaAr: string;
  beneficiaryCategory: string | null;
  topic: { nameAr: string; nameEn: string | null } | null;
  officerNameAr: string | null;
  officerNameEn: string | null;
};

type ServiceRow = Omit<PublicService, 'response' | 'requiredDocuments'> & {
  requiredDocuments: unknown;
  slaDays: number | null;
  slaUnit: SlaUnit | null;
};

const SERVICE_FIELDS = [
  'key',
  'nameAr',
  'nameEn',
  'descriptionAr',
  'descriptionEn',
  'eligibilityRules',
  'requiredDocuments',
  'slaDays',
  'slaUnit',
  'updatedAt',
];

// YSR-E4, YSR-E5: cases of a confidential service exist only for the staff on the case (P1), so the site
// leaves the service out rather than invite an application it could not handle publicly.
const PUBLIC_SERVICES = { published: true, confidential: false };

const documentsOf = (value: unknown): RequiredDocument[] =>
  Array.isArray(value)
    ? value.filter(
        (d: Partial<RequiredDocument>): d is RequiredDocument =>
          typeof d?.key === 'string' && typeof d.labelAr === 'string' && typeof d.labelEn === 'string',
      )
    : [];

/** Published, non-confidential services in the administrator's order, each with its response time (H7). */
export const loadPublicServices = async (strapi: Core.Strapi, key?: string): Promise<PublicService[]> => {
  const rows = (await strapi.db.query('plugin::wasl.service').findMany({
    where: key === undefined ? PUBLIC_SERVICES : { ...PUBLIC_SERVICES, key },
    select: SERVICE_FIELDS,
    orderBy: [{ sortOrder: 'asc' }, { nameAr: 'asc' }],
  })) as ServiceRow[];
  const calendar = getService(strapi, 'calendar');
  const defaults = await calendar.defaults();
  return Promise.all(
    rows.map(async ({ slaDays, slaUnit, requiredDocuments, ...service }) => ({
      ...service,
      requiredDocuments: documentsOf(requiredDocuments),
      response: await calendar.slaFor({ slaDays, slaUnit }, defaults),
    })),
  );
};

/** ALL-CH: the channels the association has enabled, in its order. */
export const loadEnabledChannels = async (strapi: Core.Strapi): Promise<PublicChannel[]> =>
  (await strapi.db.query('plugin::wasl.channel').findMany({
    where: { enabled: true },
    select: ['key', 'nameAr', 'nameEn', 'howToReachAr'],
    orderBy: [{ sortOrder: 'asc' }, { key: 'asc' }],
  })) as PublicChannel[];

export const loadBranches = async (strapi: Core.Strapi): Promise<PublicBranch[]> =>
  (await strapi.db.query('plugin::wasl.branch').findMany({
    where: { active: true },
    select: ['nameAr', 'nameEn', 'city', 'phone'],
    orderBy: [{ code: 'asc' }],
  })) as PublicBranch[];

type AssignmentRow = {
  areaAr: string;
  beneficiaryCategory: string | null;
  complaintCategory: string | null;
  officer: { fullNameAr: string | null; fullNameEn: string | null; blocked: boolean | null } | null;
};

/** I1: the active assignments of officers whose account is not blocked, by area. */
export const loadContactOfficers = async (strapi: Core.Strapi): Promise<PublicContactOfficer[]> => {
  const [rows, topics] = await Promise.all([
    strapi.db.query('plugin::wasl.contact-officer-assignment').findMany({
      where: { active: true },
      select: ['areaAr', 'beneficiaryCategory', 'complaintCategory'],
      populate: { officer: { select: ['fullNameAr', 'fullNameEn', 'blocked'] } },
      orderBy: [{ areaAr: 'asc' }, { id: 'asc' }],
    }) as Promise<AssignmentRow[]>,
    strapi.db.query('plugin::wasl.complaint-category').findMany({
      where: { enabled: true },
      select: ['key', 'nameAr', 'nameEn'],
    }) as Promise<Array<{ key: string; nameAr: string; nameEn: string | null }>>,
  ]);
  return rows
    .filter((r) => r.officer && r.officer.blocked !== true)
    .map((r) => {
      const topic = topics.find((t) => t.key === r.complaintCategory);
      return {
        areaAr: r.areaAr,
        beneficiaryCategory: r.beneficiaryCategory,
        topic: topic ? { nameAr: topic.nameAr, nameEn: topic.nameEn } : null,
        officerNameAr: r.officer?.fullNameAr ?? null,
        officerNameEn: r.officer?.fullNameEn ?? null,
      };
    });
};
