/**
 * CM1 hardening: the public complaint form is refused by its declared size before the body parser
 * runs. Strapi's body middleware accepts up to 200 MB and writes every file to the OS temp dir before a
 * controller can look at it; for an anonymous endpoint that is a free disk-filling tool. So, for
 * POST /api/wasl/public/complaints and the website's form that posts to /complaints/new (and /en/…) only
 * (the admin's media uploads keep Strapi's own limits):
 * - Content-Length above count × max size of the attachments + the form's own overhead → 413
 *   SUBMISSION_TOO_LARGE, nothing read, the connection closed;
 * - a multipart body without Content-Length (chunked) → 411 CONTENT_LENGTH_REQUIRED, as its size
 *   could only be learnt by reading it (browsers always send the length of a form).
 * Registered before `strapi::body` in config/middlewares.ts.
 */
import type { Context, Next } from 'koa';
import { maxAttachmentBytes, maxAttachmentCount } from '../services/complaint-attachments';
import { waslError } from '../utils/errors';

const PUBLIC_INTAKE = /^\/api\/wasl\/public\/complaints\/?$/;
const SITE_FORM = /^(\/en)?\/complaints\/new\/?$/;

/** The JSON fields (at most ~20 KB of UTF-8 text) and the multipart headers of each part, with room to spare. */
export const FORM_OVERHEAD_BYTES = 64 * 1024;

export const publicIntakeMaxBytes = (): number => maxAttachmentCount() * maxAttachmentBytes() + FORM_OVERHEAD_BYTES;

const refuse = (ctx: Context, error: Error): never => {
  ctx.set('Connection', 'close');
  throw error;
};

export default () => async (ctx: Context, next: Next) => {
  if (ctx.method !== 'POST' || !(PUBLIC_INTAKE.test(ctx.path) || SITE_FORM.test(ctx.path))) return next();
  const declared = ctx.get('Content-Length');
  const max = publicIntakeMaxBytes();
  if (!declared && ctx.is('multipart/form-data') === 'multipart/form-data')
    refuse(ctx, waslError('CONTENT_LENGTH_REQUIRED'));
  if (declared && Number(declared) > max)
    refuse(ctx, waslError('SUBMISSION_TOO_LARGE', [], { max: `${Math.round(max / 1024)} KB` }));
  return next();
};
