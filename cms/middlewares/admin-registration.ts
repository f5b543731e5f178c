/**
 * P1: the first super admin is created at start-up (cms/services/first-admin.ts), so Strapi's
 * first-admin registration has nothing left to do. It is refused outright, even in the instant an
 * admin table could be empty (every admin deleted behind Strapi's back): whoever reaches the network
 * first never becomes super admin. Invited admins still register through /admin/register.
 */
import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { waslError } from '../utils/errors';

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const adminPath = strapi.config.get<string>('admin.path', '/admin').replace(/\/$/, '');
  return async (ctx: Context, next: Next) => {
    if (ctx.method !== 'POST' || ctx.path.replace(/\/$/, '') !== `${adminPath}/register-admin`) return next();
    // Answered here rather than thrown: an expected refusal, not an error for strapi::errors to log.
    const { message, details } = waslError('FORBIDDEN') as Error & { details: unknown };
    ctx.status = 403;
    ctx.body = { data: null, error: { status: 403, name: 'ForbiddenError', message, details } };
  };
};
