import type { Context, Next } from 'koa';
import { waslError } from '../utils/errors';

type ParserError = { httpCode?: unknown; status?: unknown; body?: unknown };

/**
 * CM1 hardening: a request body the parser cannot read (a multipart body without a boundary, a
 * truncated upload, JSON that does not parse) is the sender's fault, so it answers 400 with a stable
 * code — never a 5xx. formidable marks its own errors with `httpCode`; co-body's JSON errors carry
 * status 400 and the raw text in `body`.
 * P1: a JSON parse error is replaced here, before `strapi::errors` sees it: that middleware logs any
 * error that is not Strapi's own, and both the raw text and V8's SyntaxError message ("Unexpected
 * token … in "{"password":"…"") quote the body, a password among them. Nothing of it is kept.
 * Registered just before `strapi::body` in config/middlewares.ts.
 */
export default () => async (ctx: Context, next: Next) => {
  try {
    await next();
  } catch (error) {
    const e = error as ParserError;
    const formidable = typeof e?.httpCode === 'number' && e.status === undefined;
    const json = error instanceof SyntaxError || (e?.status === 400 && typeof e.body === 'string');
    if (formidable || json) throw waslError('VALIDATION_FAILED', [{ field: 'body', code: 'BODY_MALFORMED' }]);
    throw error;
  }
};
