/**
 * The association admin's staff administration (P1, segregation of duties): create an account
 * (without a password: the new member sets one through a reset link), block or unblock it, change its
 * role. Every change is audited in the same transaction; blocking or re-roling revokes the member's
 * sessions (cms/services/sessions.ts watches the user table, whatever path the change takes). The
 * admin cannot block or re-role themselves, so the association always keeps one admin who can act.
 */
import type { Core } from '@strapi/strapi';
import type { Actor } from './audit';
import type { StaffCreateInput, StaffUpdateInput } from '../validation/staff-body';
import { STAFF_ROLES } from '../constants/roles';
import { waslError, type FieldError } from '../utils/errors';
import { getService } from '../utils/services';

const USER = 'plugin::users-permissions.user';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const users = () => strapi.db.query(USER);
  const directory = () => getService(strapi, 'staff');
  const audit = () => getService(strapi, 'audit');
  const roleIdOf = async (type: string): Promise<number> => {
    const id = (await getService(strapi, 'roles').roleId(type)) as number | null;
    if (id === null)
      throw waslError('VALIDATION_FAILED', [
        { field: 'role', code: 'FIELD_INVALID_ENUM', params: { values: STAFF_ROLES.join(', ') } },
      ]);
    return id;
  };

  return {
    async update(actor: Actor, id: string, input: StaffUpdateInput) {
      if (input.blocked === undefined && input.role === undefined)
        throw waslError('VALIDATION_FAILED', [{ field: 'body', code: 'FIELD_REQUIRED' }]);
      const current = await directory().findOne(id);
      if (current.id === actor.id)
        throw waslError('OWN_ACCOUNT', [{ field: input.role !== undefined ? 'role' : 'blocked', code: 'OWN_ACCOUNT' }]);
      const roleId = input.role === undefined ? undefined : await roleIdOf(input.role);
      const changed = [
        ...(input.blocked !== undefined && input.blocked !== current.blocked ? ['blocked'] : []),
        ...(input.role !== undefined && input.role !== current.role ? ['role'] : []),
      ];
      if (!changed.length) return current;
      await strapi.db.transaction(async () => {
        await users().update({
          where: { id: current.id },
          data: {
            ...(input.blocked !== undefined ? { blocked: input.blocked } : {}),
            ...(roleId !== undefined ? { role: roleId } : {}),
          },
        });
        await audit().record({
          actor,
          action: 'update',
          resource: 'staff',
          recordId: String(current.id),
          summary: {
            fields: changed,
            ...(changed.includes('role') ? { from: current.role, to: input.role } : {}),
            ...(changed.includes('blocked') ? { blocked: input.blocked } : {}),
          },
        });
      });
      return directory().findOne(id);
    },

    async create(actor: Actor, input: StaffCreateInput) {
      const email = input.email.toLowerCase();
      const taken = (await users().findMany({
        select: ['username', 'email'],
        where: { $or: [{ username: input.username }, { email }] },
      })) as { username: string; email: string }[];
      const conflicts: FieldError[] = [
        ...(taken.some((u) => u.username === input.username)
          ? [{ field: 'username', code: 'DUPLICATE_VALUE' as const }]
          : []),
        ...(taken.some((u) => u.email === email) ? [{ field: 'email', code: 'DUPLICATE_VALUE' as const }] : []),
      ];
      if (conflicts.length) throw waslError('DUPLICATE_VALUE', conflicts);
      const role = await roleIdOf(input.role);
      const created = await strapi.db.transaction(async () => {
        const row = (await strapi
          .plugin('users-permissions')
          .service('user')
          .add({
            username: input.username,
            email,
            provider: 'local',
            confirmed: true,
            blocked: false,
            role,
            fullNameAr: input.fullNameAr,
            fullNameEn: input.fullNameEn ?? null,
          })) as { id: number };
        await audit().record({
          actor,
          action: 'create',
          resource: 'staff',
          recordId: String(row.id),
          summary: { fields: Object.keys(input), role: input.role },
        });
        return row;
      });
      return directory().findOne(String(created.id));
    },
  };
};
