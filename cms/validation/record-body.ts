/**
 * Screens a simple-rest write body before any rule runs: unknown keys are refused, fields the role
 * may not write answer 403 (unless unchanged: react-admin sends the whole record back on update),
 * system columns are ignored.
 */
import type { ResourceRule } from '../constants/access';
import type { StaffRole } from '../constants/roles';
import type { FieldError } from '../utils/errors';
import { SYSTEM_FIELDS, type Attributes } from './attributes';
import { isMaskedFor, type WaslRecord } from '../services/serialize';

export type Screened = { data: Record<string, unknown>; invalid: FieldError[]; forbidden: FieldError[] };

type ScreenInput = {
  body: unknown;
  attributes: Attributes;
  rule: ResourceRule;
  role: StaffRole;
  /** The record as this role last saw it, on update. */
  current?: WaslRecord;
};

const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export const mayWrite = (rule: ResourceRule, role: StaffRole, field: string): boolean => {
  if (rule.serverOwned?.includes(field) || isMaskedFor(rule, role, field)) return false;
  const only = rule.writable?.[role];
  return !only || only.includes(field);
};

export const screenBody = ({ body, attributes, rule, role, current }: ScreenInput): Screened => {
  const screened: Screened = { data: {}, invalid: [], forbidden: [] };
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    screened.invalid.push({ field: 'body', code: 'VALIDATION_FAILED' });
    return screened;
  }
  for (const [field, value] of Object.entries(body as Record<string, unknown>)) {
    if (SYSTEM_FIELDS.includes(field)) continue;
    const attribute = attributes[field];
    if (!attribute || attribute.private) {
      screened.invalid.push({ field, code: 'UNKNOWN_FIELD' });
    } else if (current && sameValue(current[field], value)) {
      continue;
    } else if (!mayWrite(rule, role, field)) {
      screened.forbidden.push({ field, code: 'FORBIDDEN_FIELD' });
    } else {
      screened.data[field] = value;
    }
  }
  return screened;
};
