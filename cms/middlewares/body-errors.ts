import type { Context, Next } from 'koa';
import { waslError } from '../utils/errors';

/**
 * CM1 hardening: a request body the parser cannot read (a multipart body without a boundary, a
 * truncated upload) is the sender's fault, so it answers 400 with a stable code — never a 5xx.
 * formidable marks its own errors with `httpCode`; koa-body's JSON errors already carry a 4xx status.
 * Registered just before `strapi::body` in config/middlewares.ts.
 */
export default () => async (ctx: Context, next: Next) => {
  try {
    await next();
  } catch (error) {
    const e = error as { httpCode?: unknown; status?: unknown };
    if (typeof e?.httpCode === 'number' && e.status === undefined) throw waslError('VALIDATION_FAILED', [{ field: 'body', code: 'BODY_MALFORMED' }]);
    throw error;
  }
};
