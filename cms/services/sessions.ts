/**
 * Revocable staff sessions (P1) on users-permissions' refresh mode (config/plugins.ts). The plugin
 * keeps sessions in Strapi's SessionManager (table strapi_sessions) and deletes them on its own
 * change-password, reset-password and user removal; this service adds what it leaves out:
 *  - its per-request check only verifies the access token's signature and expiry, so a revoked
 *    session would still be served for up to JWT_ACCESS_TTL: `installSessionCheck` makes every
 *    request also find its session (one read on strapi_sessions' unique session_id index);
 *  - a user update through any path (Wasl's staff routes, Strapi's content manager, a service call)
 *    that changes the password, the blocked flag or the role revokes every session of that user
 *    (`watchUserChanges`, a database lifecycle, so no path can skip it), and the audit log says so.
 */
import type { Core } from '@strapi/strapi';
import { getService } from '../utils/services';

const USER = 'plugin::users-permissions.user';
const ORIGIN = 'users-permissions';
const WATCHED = ['password', 'blocked', 'role'] as const;

type TokenPayload = { id?: number | string; sessionId?: string };
type JwtService = {
  verify(token: string): Promise<TokenPayload>;
  getToken(ctx: unknown): Promise<TokenPayload | null>;
};
type UserState = { id: number; password: string | null; blocked: boolean; roleId: number | null };
type LifecycleEvent = {
  params: { where?: unknown; data?: Record<string, unknown> };
  state: Record<string, unknown>;
  result?: unknown;
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const manager = () => strapi.sessionManager(ORIGIN);
  const revokeAll = async (userId: number | string): Promise<void> => {
    await manager().invalidateRefreshToken(String(userId));
  };

  const usersMatching = async (where: unknown): Promise<UserState[]> => {
    const rows = (await strapi.db
      .query(USER)
      .findMany({ where, select: ['id', 'password', 'blocked'], populate: { role: { select: ['id'] } } })) as {
      id: number;
      password?: string | null;
      blocked?: boolean | null;
      role?: { id: number } | null;
    }[];
    return rows.map((r) => ({
      id: r.id,
      password: r.password ?? null,
      blocked: Boolean(r.blocked),
      roleId: r.role?.id ?? null,
    }));
  };

  const changedFields = (before: UserState, after: UserState): string[] => [
    ...(before.password !== after.password ? ['password'] : []),
    ...(before.blocked !== after.blocked ? ['blocked'] : []),
    ...(before.roleId !== after.roleId ? ['role'] : []),
  ];

  return {
    /** Ends every session of the user: their access tokens answer 401 at once, their refresh tokens are refused. */
    revokeAll,

    /** Called once at bootstrap (cms/bootstrap.ts). */
    install(): void {
      this.installSessionCheck();
      this.watchUserChanges();
    },

    installSessionCheck(): void {
      strapi.get('services').extend('plugin::users-permissions.jwt', (jwt: JwtService) => ({
        ...jwt,
        async verify(token: string): Promise<TokenPayload> {
          const payload = await jwt.verify(token);
          // Thrown errors make the strategy answer "not authenticated": the request gets 401.
          if (!payload.sessionId || !(await manager().isSessionActive(payload.sessionId)))
            throw new Error('Session ended');
          return payload;
        },
      }));
    },

    watchUserChanges(): void {
      const touchesWatched = (event: LifecycleEvent) =>
        WATCHED.some((field) => event.params.data && field in event.params.data);
      const before = async (event: LifecycleEvent) => {
        if (touchesWatched(event)) event.state.waslBefore = await usersMatching(event.params.where);
      };
      const after = async (event: LifecycleEvent) => {
        const previous = event.state.waslBefore as UserState[] | undefined;
        if (!previous?.length) return;
        const now = new Map((await usersMatching({ id: { $in: previous.map((u) => u.id) } })).map((u) => [u.id, u]));
        for (const old of previous) {
          const current = now.get(old.id);
          const fields = current ? changedFields(old, current) : [];
          if (!fields.length) continue;
          await revokeAll(old.id);
          await getService(strapi, 'audit').record({
            actor: null,
            action: 'sessions_revoked',
            resource: 'users',
            recordId: String(old.id),
            summary: { changed: fields },
          });
        }
      };
      strapi.db.lifecycles.subscribe({
        models: [USER],
        beforeUpdate: before,
        afterUpdate: after,
        beforeUpdateMany: before,
        afterUpdateMany: after,
      });
    },
  };
};
