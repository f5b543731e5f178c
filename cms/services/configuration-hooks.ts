/**
 * Rules of the configuration an association admin edits in the console, beyond each content type's own
 * schema: a committee whose quorum its members can reach, staffed by people whose role does its work (H6);
 * routing rules to contact officers who can work a complaint, for a category that exists (I1); complaint
 * deadlines per existing category (CM4); officer tools that are existing policy documents (ALL-TOOLS).
 */
import type { Core } from '@strapi/strapi';
import { isStaffRole } from '../constants/roles';
import { canDoWork, committeeWork, COMPLAINT_WORK, type StaffWork } from '../domain/staff-work';
import { waslError, type FieldError } from '../utils/errors';
import type { HookContext, RecordHook } from './record-hooks';

type Data = Record<string, unknown>;
const idsOf = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).flatMap((v) =>
    typeof v === 'string' ? [v] : v && typeof v === 'object' && 'documentId' in v ? [String(v.documentId)] : [],
  );

/** Each named user must be an active staff account whose role does the work; field errors otherwise. */
const staffRefusals = async (
  strapi: Core.Strapi,
  field: string,
  documentIds: string[],
  work: StaffWork | null,
): Promise<FieldError[]> => {
  if (documentIds.length === 0) return [];
  const users = (await strapi.db.query('plugin::users-permissions.user').findMany({
    where: { documentId: { $in: documentIds } },
    select: ['documentId', 'username', 'blocked'],
    populate: { role: { select: ['type'] } },
  })) as { documentId: string; username: string; blocked: boolean | null; role?: { type?: string } | null }[];
  const errors: FieldError[] = [];
  for (const user of users) {
    const role = user.role?.type;
    if (user.blocked || !isStaffRole(role))
      errors.push({ field, code: 'STAFF_ACCOUNT_INACTIVE', params: { username: user.username } });
    else if (work && !canDoWork(role, work))
      errors.push({
        field,
        code: 'STAFF_ROLE_UNSUITED',
        params: { username: user.username, workAr: work.workAr, workEn: work.workEn },
      });
  }
  return errors;
};

const refuse = (errors: FieldError[]): FieldError[] => {
  if (errors.length) throw waslError('VALIDATION_FAILED', errors);
  return [];
};

/** H6: a committee that has members has a quorum they can reach; every member can do the committee's work. */
export const committeesHook: RecordHook = {
  normalise({ data, existing }: HookContext) {
    const merged = { ...existing, ...data };
    const members = idsOf(merged.members ?? []).length;
    const quorum = merged.quorum;
    if (members === 0 || typeof quorum !== 'number' || quorum <= members) return [];
    return [{ field: 'quorum', code: 'QUORUM_ABOVE_MEMBERS', params: { quorum, members } }];
  },
  async conflicts({ strapi, data, existing }: HookContext) {
    if (!('members' in data) && !('type' in data)) return [];
    const merged = { ...existing, ...data };
    const work = committeeWork(merged.type);
    return refuse(await staffRefusals(strapi, 'members', idsOf(merged.members ?? []), work));
  },
};

/** I1: a routing rule names an officer who can work the complaint, and what it routes. */
export const contactOfficerAssignmentsHook: RecordHook = {
  normalise({ data, existing }: HookContext) {
    // An emptied choice is "any": stored as null, which routing reads as "every category" (cms/domain/complaint-routing.ts).
    for (const field of ['complaintCategory', 'beneficiaryCategory']) if (data[field] === '') data[field] = null;
    const merged = { ...existing, ...data };
    return !merged.complaintCategory && !merged.beneficiaryCategory
      ? [{ field: 'complaintCategory', code: 'ROUTING_RULE_EMPTY' }]
      : [];
  },
  async conflicts({ strapi, data }: HookContext) {
    const errors = await staffRefusals(strapi, 'officer', 'officer' in data ? idsOf(data.officer) : [], COMPLAINT_WORK);
    if (typeof data.complaintCategory === 'string') {
      const known = await strapi.db
        .query('plugin::wasl.complaint-category')
        .count({ where: { key: data.complaintCategory } });
      if (!known) errors.push({ field: 'complaintCategory', code: 'FIELD_INVALID_REFERENCE' });
    }
    return refuse(errors);
  },
};

const isPlainObject = (value: unknown): value is Data =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** CM4: `{ <category key>: working days }`; an empty value drops the category back to the default. */
const checkSlaByCategory = (data: Data): FieldError[] => {
  const value = data.complaintSlaByCategory;
  if (value === null || value === undefined) return [];
  if (!isPlainObject(value)) return [{ field: 'complaintSlaByCategory', code: 'FIELD_INVALID_TYPE' }];
  const kept: Record<string, number> = {};
  const errors: FieldError[] = [];
  for (const [key, days] of Object.entries(value)) {
    if (days === null || days === '') continue;
    if (typeof days === 'number' && Number.isInteger(days) && days >= 1 && days <= 365) kept[key] = days;
    else
      errors.push({ field: `complaintSlaByCategory.${key}`, code: 'FIELD_OUT_OF_RANGE', params: { min: 1, max: 365 } });
  }
  data.complaintSlaByCategory = kept;
  return errors;
};

/** ALL-TOOLS: an ordered list of policy-document keys, each once. */
const checkTools = (data: Data): FieldError[] => {
  const tools = data.tools;
  if (tools === null || tools === undefined) return [];
  if (!Array.isArray(tools) || !tools.every((t) => typeof t === 'string' && t !== ''))
    return [{ field: 'tools', code: 'FIELD_INVALID_TYPE' }];
  return tools.flatMap((tool, i) =>
    tools.indexOf(tool) === i
      ? []
      : [{ field: `tools.${i}`, code: 'LIST_VALUE_REPEATED' as const, params: { value: tool } }],
  );
};

/** The complaint categories and policy documents the profile names must exist. */
const unknownReferences = async (strapi: Core.Strapi, data: Data): Promise<FieldError[]> => {
  const errors: FieldError[] = [];
  if (isPlainObject(data.complaintSlaByCategory)) {
    const keys = Object.keys(data.complaintSlaByCategory);
    const rows = (await strapi.db
      .query('plugin::wasl.complaint-category')
      .findMany({ where: { key: { $in: keys } }, select: ['key'] })) as { key: string }[];
    const known = new Set(rows.map((r) => r.key));
    for (const key of keys)
      if (!known.has(key)) errors.push({ field: `complaintSlaByCategory.${key}`, code: 'FIELD_INVALID_REFERENCE' });
  }
  if (Array.isArray(data.tools)) {
    const tools = data.tools as string[];
    const rows = (await strapi.db
      .query('plugin::wasl.policy-document')
      .findMany({ where: { policyKey: { $in: tools } }, select: ['policyKey'] })) as { policyKey: string }[];
    const known = new Set(rows.map((r) => r.policyKey));
    tools.forEach((tool, i) => {
      if (!known.has(tool)) errors.push({ field: `tools.${i}`, code: 'FIELD_INVALID_REFERENCE' });
    });
  }
  return errors;
};

/** The profile's per-category deadlines and officer tools (its calendar rules are calendar-settings'). */
export const profileListsHook: Required<Pick<RecordHook, 'normalise' | 'conflicts'>> = {
  normalise: ({ data }: HookContext) => [...checkSlaByCategory(data), ...checkTools(data)],
  conflicts: async ({ strapi, data }: HookContext) => refuse(await unknownReferences(strapi, data)),
};
