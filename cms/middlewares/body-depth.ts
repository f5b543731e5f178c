/**
 * Bad input never 5xx: a JSON body nested deeper than any Wasl or Strapi form needs (64 levels; the
 * deepest, eligibility rules and Strapi's rich-text blocks, stay far below) is refused with a field
 * message before a validator recurses into it. Registered just after `strapi::body`.
 */
import type { Context, Next } from 'koa';
import { exceedsDepth } from '../domain/json-depth';
import { waslError } from '../utils/errors';

export const MAX_BODY_DEPTH = 64;

export default () => async (ctx: Context, next: Next) => {
  const body: unknown = (ctx.request as { body?: unknown }).body;
  if (exceedsDepth(body, MAX_BODY_DEPTH))
    throw waslError('VALIDATION_FAILED', [{ field: 'body', code: 'BODY_TOO_DEEP', params: { max: MAX_BODY_DEPTH } }]);
  return next();
};
