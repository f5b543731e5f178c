import type { Context } from 'koa';
import { actorOf } from '../utils/actor';

type SessionUser = { id: number; username: string; fullNameAr?: string | null; fullNameEn?: string | null };

/**
 * Who is signed in, with the staff role the console shapes its menus by. users-permissions' own
 * /users/me does not return the role, and granting roles read access to the role list would show
 * every role's permissions (P1).
 */
export default () => ({
  async me(ctx: Context) {
    const actor = actorOf(ctx);
    const user = ctx.state.user as SessionUser;
    ctx.body = {
      id: user.id,
      username: user.username,
      fullNameAr: user.fullNameAr ?? null,
      fullNameEn: user.fullNameEn ?? null,
      role: actor.role,
    };
  },
});
