import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { bodyOf } from '../utils/request-body';
import { waslError } from '../utils/errors';
import { parsePasswordReset } from '../validation/staff-body';
import { getService } from '../utils/services';

/** Public: whoever holds a reset link sets the password once (P1, cms/services/password-reset.ts). */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async reset(ctx: Context) {
    const parsed = parsePasswordReset(bodyOf(ctx));
    if (!parsed.ok) throw waslError('VALIDATION_FAILED', parsed.errors);
    try {
      await getService(strapi, 'password-reset').reset(parsed.value, ctx.request.ip);
    } catch (error) {
      const retryAfter = (error as { details?: { retryAfter?: number } }).details?.retryAfter;
      if (retryAfter) ctx.set('Retry-After', String(retryAfter));
      throw error;
    }
    ctx.body = { ok: true };
  },
});
