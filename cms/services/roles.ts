import type { Core } from '@strapi/strapi';
import { grantedActions, PUBLIC_GRANTS } from '../constants/access';
import { ROLE_LABELS, STAFF_ROLES } from '../constants/roles';

const ROLE_UID = 'plugin::users-permissions.role';
const PERMISSION_UID = 'plugin::users-permissions.permission';

/**
 * Creates the staff roles and converges every role's permissions on the access matrix at every start:
 * missing grants are added, anything else removed (users-permissions' own defaults for the public
 * role included: no self-registration, no OAuth), so an upgrade never leaves extra rights (P1).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const converge = async (roleId: number, desired: string[]) => {
    const current = (await strapi.db.query(PERMISSION_UID).findMany({ where: { role: roleId } })) as {
      id: number;
      action: string;
    }[];
    const have = new Set(current.map((p) => p.action));
    const missing = desired.filter((action) => !have.has(action));
    const stale = current.filter((p) => !desired.includes(p.action));
    for (const action of missing) await strapi.db.query(PERMISSION_UID).create({ data: { action, role: roleId } });
    if (stale.length)
      await strapi.db.query(PERMISSION_UID).deleteMany({ where: { id: { $in: stale.map((p) => p.id) } } });
  };

  return {
    async ensureRoles(): Promise<void> {
      // Plugins bootstrap in an order we do not control: when Wasl runs before users-permissions on an
      // empty database, let users-permissions create its public and authenticated roles first (it only
      // does so while no role exists).
      if ((await strapi.db.query(ROLE_UID).count()) === 0) {
        await strapi.plugin('users-permissions').service('users-permissions').initialize();
      }
      await strapi.db.transaction(async () => {
        for (const type of STAFF_ROLES) {
          const existing = await strapi.db.query(ROLE_UID).findOne({ where: { type } });
          const role =
            existing ??
            (await strapi.db.query(ROLE_UID).create({
              data: { type, name: ROLE_LABELS[type].en, description: ROLE_LABELS[type].ar },
            }));
          await converge(role.id, grantedActions(type));
        }
        // The website may sign staff in and nothing more; the default authenticated role gets nothing of Wasl's.
        const publicRole = await strapi.db.query(ROLE_UID).findOne({ where: { type: 'public' } });
        if (publicRole) await converge(publicRole.id, [...PUBLIC_GRANTS]);
        const authenticated = await strapi.db.query(ROLE_UID).findOne({ where: { type: 'authenticated' } });
        if (authenticated) await converge(authenticated.id, []);
      });
      // Staff accounts are created by the association admin, never by self-registration.
      const store = strapi.store({ type: 'plugin', name: 'users-permissions', key: 'advanced' });
      const advanced = ((await store.get()) ?? {}) as Record<string, unknown>;
      if (advanced.allow_register !== false) await store.set({ value: { ...advanced, allow_register: false } });
    },

    async roleId(type: string): Promise<number | null> {
      const role = await strapi.db.query(ROLE_UID).findOne({ where: { type } });
      return role?.id ?? null;
    },
  };
};
