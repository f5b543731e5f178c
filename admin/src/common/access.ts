/**
 * The console reads the same role × resource × action matrix as the server (cms/constants/access.ts):
 * menus, buttons and inputs follow the role; the server still enforces every one of them.
 */
import { usePermissions } from 'react-admin';
import {
  canDo,
  grantedActions,
  resourceRule,
  type RecordAction,
  type ResourceName,
} from '../../../cms/constants/access';
import { isStaffRole, type StaffRole } from '../../../cms/constants/roles';

export const useRole = (): StaffRole | null => {
  const { permissions } = usePermissions<string>();
  return isStaffRole(permissions) ? permissions : null;
};

export const can = (role: StaffRole | null, resource: ResourceName, action: RecordAction): boolean =>
  role !== null && canDo(role, resource, action);

/** Whether this role may write this field (server-owned fields and per-role field lists). */
export const canWrite = (role: StaffRole | null, resource: ResourceName, field: string): boolean => {
  if (!role) return false;
  const rule = resourceRule(resource);
  if (rule.serverOwned?.includes(field)) return false;
  const only = rule.writable?.[role];
  return only ? only.includes(field) : canDo(role, resource, 'update') || canDo(role, resource, 'create');
};

export const useCan = (resource: ResourceName, action: RecordAction): boolean => can(useRole(), resource, action);

/** Whether the signed-in role is granted a named route (the same grants the server's is-staff policy checks). */
export const useGranted = (action: string): boolean => {
  const role = useRole();
  return role !== null && grantedActions(role).includes(action);
};
