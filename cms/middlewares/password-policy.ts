/**
 * Route middleware on users-permissions' POST /api/auth/change-password (wired in cms/register.ts):
 * the new password meets the staff policy (cms/domain/password-policy.ts) before the plugin's
 * controller sees it, with a field-level Arabic and English message naming the rule (P1).
 */
import type { Context, Next } from 'koa';
import { checkPassword } from '../domain/password-policy';
import { waslError } from '../utils/errors';

export default () => async (ctx: Context, next: Next) => {
  const body = ctx.request.body as { password?: unknown } | undefined;
  const username = (ctx.state.user as { username?: string } | undefined)?.username;
  if (typeof body?.password === 'string') {
    const broken = checkPassword(body.password, username);
    if (broken) throw waslError(broken, [{ field: 'password', code: broken }]);
  }
  return next();
};
