/**
 * The field-visibility table (P1): per resource, per role, per field one of hidden | masked | readonly | full.
 * Derived from the rules in access.ts so that behaviour only tightens: private columns are hidden from
 * everyone, `masked.fields` are masked for roles not in `unmaskedFor`, server-owned fields and fields
 * outside a role's `writable` list are read-only, and a role without any grant sees nothing.
 * Read by the serializer, the list-query validator (a hidden or masked field is never filtered, sorted
 * or searched), the console, the README's permission table and the tests.
 */
import { RESOURCES, RESOURCE_NAMES, type ResourceName, type ResourceRule } from './access';
import { STAFF_ROLES, type StaffRole } from './roles';

export type FieldVisibility = 'hidden' | 'masked' | 'readonly' | 'full';

/**
 * Private columns (`private: true` in the schemas, a unit test keeps the two in step): server-side keys
 * and secrets that never leave the server and are never filtered or sorted on, by anyone.
 */
export const HIDDEN_FIELDS: Partial<Record<ResourceName, readonly string[]>> = {
  beneficiaries: ['searchKey'],
  complaints: ['trackingSecretHash', 'idempotencyKey', 'idempotencyHash'],
  'survey-invitations': ['tokenHash', 'dedupeKey'],
};

/**
 * Private search keys `q` may use, and the visible fields whose values each one holds: a role uses a key
 * only when it sees every one of those fields in full, so `q` never matches a value the caller cannot see.
 */
export const SEARCH_KEY_HOLDS: Partial<Record<ResourceName, Record<string, readonly string[]>>> = {
  beneficiaries: { searchKey: ['fullNameAr', 'fullNameEn'] },
};

export type RoleVisibility = {
  /** Fields that are not `otherwise`. */
  fields: Readonly<Record<string, FieldVisibility>>;
  /** Every field not listed: full, read-only (the role writes only a `writable` list), or hidden (no grant). */
  otherwise: FieldVisibility;
};

const rolesOf = (rule: ResourceRule): StaffRole[] => STAFF_ROLES.filter((role) => (rule.grants[role] ?? []).length > 0);
const writes = (rule: ResourceRule, role: StaffRole) =>
  (rule.grants[role] ?? []).some((a) => a === 'create' || a === 'update');

const roleVisibility = (resource: ResourceName, role: StaffRole): RoleVisibility => {
  const rule: ResourceRule = RESOURCES[resource];
  if (!rolesOf(rule).includes(role)) return { fields: {}, otherwise: 'hidden' };
  const fields: Record<string, FieldVisibility> = {};
  for (const field of rule.serverOwned ?? []) fields[field] = 'readonly';
  for (const field of rule.writable?.[role] ?? []) fields[field] = 'full';
  if (rule.masked && !rule.masked.unmaskedFor.includes(role))
    for (const field of rule.masked.fields) fields[field] = 'masked';
  for (const field of HIDDEN_FIELDS[resource] ?? []) fields[field] = 'hidden';
  // A role that reads but never writes sees every other field in full: its grants, not the field, stop its writes.
  const otherwise: FieldVisibility = writes(rule, role) && rule.writable?.[role] ? 'readonly' : 'full';
  return { fields, otherwise };
};

export const VISIBILITY: Readonly<Record<ResourceName, Readonly<Record<StaffRole, RoleVisibility>>>> =
  Object.fromEntries(
    RESOURCE_NAMES.map((resource) => [
      resource,
      Object.fromEntries(STAFF_ROLES.map((role) => [role, roleVisibility(resource, role)])),
    ]),
  ) as Record<ResourceName, Record<StaffRole, RoleVisibility>>;

export const visibilityOf = (resource: ResourceName, role: StaffRole, field: string): FieldVisibility => {
  const entry = VISIBILITY[resource][role];
  return entry.fields[field] ?? entry.otherwise;
};

/** The role sees the field's true value (full or read-only). */
export const seesValue = (resource: ResourceName, role: StaffRole, field: string): boolean => {
  const visibility = visibilityOf(resource, role, field);
  return visibility === 'full' || visibility === 'readonly';
};

/** Fields `q` searches for this role: visible search fields, and private keys whose every value the role sees. */
export const searchFieldsFor = (resource: ResourceName, role: StaffRole): string[] => {
  const rule: ResourceRule = RESOURCES[resource];
  const keys = SEARCH_KEY_HOLDS[resource] ?? {};
  return (rule.search ?? []).filter((field) =>
    field in keys ? keys[field].every((held) => seesValue(resource, role, held)) : seesValue(resource, role, field),
  );
};

/** The fields a role sees masked on a resource (for the README table and the tests). */
export const maskedFieldsFor = (resource: ResourceName, role: StaffRole): string[] =>
  Object.entries(VISIBILITY[resource][role].fields)
    .filter(([, v]) => v === 'masked')
    .map(([field]) => field);
