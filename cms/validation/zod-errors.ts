/**
 * Turns zod issues into Wasl field errors (stable code + params, rendered in Arabic and English by
 * constants/errors.ts), so every endpoint body schema answers in the same shape as the record adapter.
 */
import type { z } from 'zod';
import type { ErrorCode } from '../constants/errors';
import type { FieldError } from '../utils/errors';

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

type Issue = z.core.$ZodIssue;

const fieldOf = (issue: Issue): string => (issue.path.length ? issue.path.map(String).join('.') : 'body');

const codeOf = (issue: Issue, body: unknown): { code: ErrorCode; params?: Record<string, string | number> } => {
  switch (issue.code) {
    case 'invalid_type': {
      const top = issue.path[0];
      const missing = typeof top === 'string' && typeof body === 'object' && body !== null && !(top in body);
      return { code: missing ? 'FIELD_REQUIRED' : 'FIELD_INVALID_TYPE' };
    }
    case 'too_big':
      return issue.origin === 'string'
        ? { code: 'FIELD_TOO_LONG', params: { max: Number(issue.maximum) } }
        : { code: 'FIELD_OUT_OF_RANGE', params: { min: 0, max: Number(issue.maximum) } };
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1
          ? { code: 'FIELD_REQUIRED' }
          : { code: 'FIELD_TOO_SHORT', params: { min: Number(issue.minimum) } };
      return { code: 'FIELD_OUT_OF_RANGE', params: { min: Number(issue.minimum), max: '∞' } };
    case 'invalid_value':
      return { code: 'FIELD_INVALID_ENUM', params: { values: issue.values.map(String).join(', ') } };
    case 'invalid_format':
      return { code: issue.format === 'email' ? 'EMAIL_INVALID' : 'FIELD_INVALID_TYPE' };
    case 'custom': {
      // A refinement names its code and, optionally, the values its message shows (`{ code, key: 'q1' }`).
      const { code, ...params } = (issue.params ?? {}) as { code?: ErrorCode } & Record<string, string | number>;
      return { code: code ?? 'FIELD_INVALID_TYPE', ...(Object.keys(params).length ? { params } : {}) };
    }
    default:
      return { code: 'FIELD_INVALID_TYPE' };
  }
};

/** Every issue of a failed parse as field errors; unknown keys become one UNKNOWN_FIELD each. */
export const fieldErrorsOf = (error: z.ZodError, body: unknown): FieldError[] =>
  error.issues.flatMap((issue): FieldError[] => {
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((key) => ({
        field: [...issue.path.map(String), key].join('.'),
        code: 'UNKNOWN_FIELD' as const,
      }));
    return [{ field: fieldOf(issue), ...codeOf(issue, body) }];
  });

export const parseWith = <T>(schema: z.ZodType<T>, body: unknown): Parsed<T> => {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return { ok: false, errors: [{ field: 'body', code: 'VALIDATION_FAILED' }] };
  const result = schema.safeParse(body);
  return result.success ? { ok: true, value: result.data } : { ok: false, errors: fieldErrorsOf(result.error, body) };
};
