import type { Context } from 'koa';
import { isStaffRole } from '../constants/roles';
import type { StaffActor } from '../services/records';
import { waslError } from './errors';

type AuthUser = { id: number; role?: { type?: string } };

/** The authenticated staff member behind a request; users-permissions has already checked the JWT. */
export const actorOf = (ctx: Context): StaffActor => {
  const user = ctx.state.user as AuthUser | undefined;
  if (!user) throw waslError('UNAUTHENTICATED');
  const role = user.role?.type;
  if (!isStaffRole(role)) throw waslError('FORBIDDEN');
  return { id: user.id, role, ip: ctx.request.ip };
};
