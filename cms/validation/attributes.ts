/**
 * Validates a write body against the content type's own schema (type, required, enum, length,
 * range), so every resource gets real validation without a hand-written schema per endpoint.
 * Rules that need the database (duplicates, existence of relations) live in the record service.
 */
import type { FieldError } from '../utils/errors';

export type Attribute = {
  type: string;
  required?: boolean;
  private?: boolean;
  enum?: string[];
  maxLength?: number;
  minLength?: number;
  min?: number | string;
  max?: number | string;
  default?: unknown;
  relation?: string;
  target?: string;
  multiple?: boolean;
};

export type Attributes = Record<string, Attribute>;

/** Columns Strapi fills itself; never accepted from a client. */
export const SYSTEM_FIELDS = [
  'id',
  'documentId',
  'createdAt',
  'updatedAt',
  'publishedAt',
  'locale',
  'createdBy',
  'updatedBy',
  'localizations',
];

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const isToMany = (attribute: Attribute): boolean =>
  attribute.type === 'relation' ? /ToMany$/.test(attribute.relation ?? '') : Boolean(attribute.multiple);

const isValidDate = (value: string): boolean =>
  DATE.test(value) &&
  !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
  new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

const checkString = (field: string, value: unknown, attribute: Attribute): FieldError | null => {
  if (typeof value !== 'string') return { field, code: 'FIELD_INVALID_TYPE' };
  if (attribute.maxLength !== undefined && value.length > attribute.maxLength) {
    return { field, code: 'FIELD_TOO_LONG', params: { max: attribute.maxLength } };
  }
  if (attribute.type === 'email' && value !== '' && !EMAIL.test(value)) return { field, code: 'EMAIL_INVALID' };
  return null;
};

const checkNumber = (field: string, value: unknown, attribute: Attribute): FieldError | null => {
  const ok =
    attribute.type === 'integer' || attribute.type === 'biginteger' ? Number.isInteger(value) : Number.isFinite(value);
  if (!ok || typeof value !== 'number') return { field, code: 'FIELD_INVALID_TYPE' };
  if (attribute.min !== undefined && value < Number(attribute.min))
    return {
      field,
      code: 'FIELD_OUT_OF_RANGE',
      params: { min: Number(attribute.min), max: Number(attribute.max ?? '∞') },
    };
  if (attribute.max !== undefined && value > Number(attribute.max))
    return {
      field,
      code: 'FIELD_OUT_OF_RANGE',
      params: { min: Number(attribute.min ?? '-∞'), max: Number(attribute.max) },
    };
  return null;
};

const checkRelation = (field: string, value: unknown, attribute: Attribute): FieldError | null => {
  const ids = isToMany(attribute) ? value : [value];
  const valid =
    Array.isArray(ids) &&
    ids.every(
      (id) => (typeof id === 'string' && id.length > 0) || (attribute.type === 'media' && Number.isInteger(id)),
    );
  return valid ? null : { field, code: 'FIELD_INVALID_TYPE' };
};

/** One value against its attribute; null and undefined are handled by the caller (required). */
export const checkValue = (field: string, value: unknown, attribute: Attribute): FieldError | null => {
  switch (attribute.type) {
    case 'string':
    case 'text':
    case 'richtext':
    case 'email':
    case 'uid':
    case 'password':
      return checkString(field, value, attribute);
    case 'enumeration':
      return typeof value === 'string' && (attribute.enum ?? []).includes(value)
        ? null
        : { field, code: 'FIELD_INVALID_ENUM', params: { values: (attribute.enum ?? []).join(', ') } };
    case 'integer':
    case 'biginteger':
    case 'decimal':
    case 'float':
      return checkNumber(field, value, attribute);
    case 'boolean':
      return typeof value === 'boolean' ? null : { field, code: 'FIELD_INVALID_TYPE' };
    case 'date':
      return typeof value === 'string' && isValidDate(value) ? null : { field, code: 'DATE_INVALID' };
    case 'datetime':
      return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? null : { field, code: 'DATE_INVALID' };
    case 'json':
      return null;
    case 'relation':
    case 'media':
      return checkRelation(field, value, attribute);
    default:
      return { field, code: 'FIELD_INVALID_TYPE' };
  }
};

const isBlank = (value: unknown): boolean =>
  value === null || value === undefined || (typeof value === 'string' && value.trim() === '');

/** Checks every present field, and on create every required field without a default. */
export const checkAttributes = (
  data: Record<string, unknown>,
  attributes: Attributes,
  mode: 'create' | 'update',
): FieldError[] => {
  const errors: FieldError[] = [];
  for (const [field, value] of Object.entries(data)) {
    const attribute = attributes[field];
    if (!attribute) continue;
    if (isBlank(value)) {
      if (attribute.required) errors.push({ field, code: 'FIELD_REQUIRED' });
      continue;
    }
    const error = checkValue(field, value, attribute);
    if (error) errors.push(error);
  }
  if (mode === 'create') {
    for (const [field, attribute] of Object.entries(attributes)) {
      if (attribute.required && attribute.default === undefined && !(field in data))
        errors.push({ field, code: 'FIELD_REQUIRED' });
    }
  }
  return errors;
};
