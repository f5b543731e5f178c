/**
 * Route middleware on users-permissions' POST /api/auth/local (wired in cms/register.ts in place of
 * the plugin's rateLimit): refuses a locked account or an IP past its ceiling before the password is
 * checked, counts the failure when the plugin refuses the password, and clears the account's count
 * when the sign-in succeeds (P1, cms/services/sign-in-limit.ts).
 */
import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { errors } from '@strapi/utils';
import { getService } from '../utils/services';

// The plugin's one message for an unknown user and a wrong password (controllers/auth.js callback).
const WRONG_CREDENTIALS = 'Invalid identifier or password';

const isWrongCredentials = (error: unknown) =>
  error instanceof errors.ValidationError && error.message === WRONG_CREDENTIALS;
const retryAfterOf = (error: unknown) => (error as { details?: { retryAfter?: number } }).details?.retryAfter;

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: Context, next: Next) => {
    const limit = getService(strapi, 'sign-in-limit');
    const body = ctx.request.body as { identifier?: unknown } | undefined;
    const identifier = typeof body?.identifier === 'string' ? body.identifier.slice(0, 200) : '';
    const keys = await limit.keysFor(identifier, ctx.request.ip);
    try {
      await limit.assertAllowed(keys);
    } catch (error) {
      const seconds = retryAfterOf(error);
      if (seconds) ctx.set('Retry-After', String(seconds));
      throw error;
    }
    try {
      await next();
    } catch (error) {
      if (isWrongCredentials(error)) await limit.recordFailure(keys);
      throw error;
    }
    if (ctx.status === 200) await limit.recordSuccess(keys);
  };
