/**
 * Every refusal carries a stable code and an Arabic and English message. Wasl's own errors already
 * do; this fills in the few Strapi raises itself before Wasl code runs (a missing or expired token,
 * a role without the route's grant), which otherwise answer a bare English "Forbidden".
 */
import type { Context, Next } from 'koa';
import { describeError } from '../constants/errors';

type ErrorBody = { error?: { status?: number; details?: Record<string, unknown> } };

const CODE_BY_STATUS: Record<number, 'UNAUTHENTICATED' | 'FORBIDDEN'> = { 401: 'UNAUTHENTICATED', 403: 'FORBIDDEN' };

export default () => async (ctx: Context, next: Next) => {
  await next();
  const body = ctx.body as ErrorBody | undefined;
  if (!CODE_BY_STATUS[ctx.status] || !body?.error || (body.error.details && 'code' in body.error.details)) return;
  // Strapi answers an anonymous call to a staff route 403 (the public role lacks it): the caller must sign in.
  if (ctx.status === 403 && !ctx.get('authorization') && ctx.path.startsWith('/api/wasl/')) ctx.status = 401;
  const code = CODE_BY_STATUS[ctx.status];
  const { ar, en } = describeError(code, {});
  body.error = {
    ...body.error,
    status: ctx.status,
    details: { ...body.error.details, code, messageAr: ar, messageEn: en, errors: [] },
  };
};
