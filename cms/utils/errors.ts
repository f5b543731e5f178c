/**
 * One way to fail: a stable code from constants/errors.ts, turned into the @strapi/utils error
 * (or an http-errors 409, which Strapi has no class for) so the answer carries the code and the
 * Arabic and English messages, per field where a field is at fault.
 */
import { errors } from '@strapi/utils';
import createHttpError from 'http-errors';
import { describeError, type ErrorCode } from '../constants/errors';

type Params = Record<string, string | number>;

export type FieldError = { field: string; code: ErrorCode; params?: Params };

export type FieldErrorBody = {
  path: string[];
  field: string;
  code: ErrorCode;
  message: string;
  messageAr: string;
  messageEn: string;
};

export const describeFieldError = ({ field, code, params }: FieldError): FieldErrorBody => {
  const { ar, en } = describeError(code, { field, ...params });
  return { path: [field], field, code, message: en, messageAr: ar, messageEn: en };
};

/**
 * 401 and 403 are http-errors, not @strapi/utils errors: Strapi's authorize middleware catches any
 * UnauthorizedError/ForbiddenError thrown after it and answers a bare "Forbidden" without details,
 * which would lose the code and the Arabic message.
 */
export const waslError = (
  code: ErrorCode,
  fieldErrors: FieldError[] = [],
  params: Params = {},
  extra: Record<string, unknown> = {},
): Error => {
  const { status, ar, en } = describeError(code, params);
  const details = { code, messageAr: ar, messageEn: en, errors: fieldErrors.map(describeFieldError), ...extra };
  switch (status) {
    case 404:
      return new errors.NotFoundError(en, details);
    case 413:
      return new errors.PayloadTooLargeError(en, details);
    case 429:
      return new errors.RateLimitError(en, details);
    case 400:
      return new errors.ValidationError(en, details);
    default:
      return createHttpError(status, en, { details, expose: true });
  }
};

/** The error a caller may already have thrown through waslError, for re-throwing untouched. */
export const isWaslError = (error: unknown): error is Error & { details: { code: ErrorCode } } =>
  error instanceof Error && typeof (error as { details?: { code?: unknown } }).details?.code === 'string';

/** A unique index refused the write, on SQLite or PostgreSQL (the index is the last word under races). */
export const isUniqueViolation = (error: unknown): boolean =>
  error instanceof Error &&
  /UNIQUE constraint failed|duplicate key value violates unique constraint/i.test(error.message);
