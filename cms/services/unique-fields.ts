/**
 * Unique attributes written through the generic record adapter answer 409 DUPLICATE_VALUE naming the
 * field in Arabic and English (HRF-P1 data integrity), whichever layer notices first:
 * - before the write, a query per unique attribute in the body (the usual case);
 * - under a race, Strapi's entity validator (a 400 ValidationError whose details path names a unique
 *   attribute) or the database's unique index; both are re-checked against the data to name the field.
 * Matching uses the error's details path and the schema, never Strapi's English prose.
 */
import type { Core, UID } from '@strapi/strapi';
import { labelOf } from '../constants/field-labels';
import { isUniqueViolation, waslError, type FieldError } from '../utils/errors';
import type { Attributes } from '../validation/attributes';

type Scope = { strapi: Core.Strapi; uid: UID.CollectionType; resource: string; attributes: Attributes };

const uniqueFields = (attributes: Attributes): string[] =>
  Object.entries(attributes)
    .filter(([, a]) => (a as { unique?: boolean }).unique === true)
    .map(([name]) => name);

const fieldError = (resource: string, field: string): FieldError => {
  const label = labelOf(resource, field);
  return { field, code: 'VALUE_ALREADY_USED', params: { labelAr: label.ar, labelEn: label.en } };
};

/** The unique fields of `data` whose value another row (not `exceptId`) already holds. */
export const duplicateFields = async (
  { strapi, uid, resource, attributes }: Scope,
  data: Record<string, unknown>,
  exceptId?: number,
): Promise<FieldError[]> => {
  const errors: FieldError[] = [];
  for (const field of uniqueFields(attributes)) {
    const value = data[field];
    if (value === undefined || value === null || value === '') continue;
    const where = exceptId === undefined ? { [field]: value } : { [field]: value, id: { $ne: exceptId } };
    if (await strapi.db.query(uid).findOne({ where, select: ['id'] })) errors.push(fieldError(resource, field));
  }
  return errors;
};

/** The unique attributes a Strapi ValidationError's details point at (details.errors[].path[0]). */
const uniquePathsOf = (error: unknown, attributes: Attributes): string[] => {
  if (!(error instanceof Error) || error.name !== 'ValidationError') return [];
  const details = (error as { details?: { errors?: { path?: unknown }[] } }).details;
  const unique = new Set(uniqueFields(attributes));
  return (details?.errors ?? [])
    .map((e) => (Array.isArray(e.path) ? String(e.path[0]) : ''))
    .filter((p) => unique.has(p));
};

/** Turns a uniqueness failure from the validator or the index into 409 DUPLICATE_VALUE; anything else is re-thrown. */
export const asDuplicate = async (
  scope: Scope,
  error: unknown,
  data: Record<string, unknown>,
  exceptId?: number,
): Promise<never> => {
  const fromValidator = uniquePathsOf(error, scope.attributes);
  if (!fromValidator.length && !isUniqueViolation(error)) throw error;
  const found = await duplicateFields(scope, data, exceptId);
  if (found.length) throw waslError('DUPLICATE_VALUE', found);
  if (fromValidator.length)
    throw waslError(
      'DUPLICATE_VALUE',
      fromValidator.map((field) => fieldError(scope.resource, field)),
    );
  throw waslError('DUPLICATE_VALUE');
};
