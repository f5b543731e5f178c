import type { Core } from '@strapi/strapi';
import { grantedActions } from '../constants/access';
import { isStaffRole } from '../constants/roles';
import { waslError } from '../utils/errors';

type PolicyContext = { state: { user?: { role?: { type?: string } }; route?: { handler?: unknown } } };

/**
 * Staff routes (P1): an authenticated user whose role is one of DESIGN.md's staff roles, and whose
 * role is granted this route's action in cms/constants/access.ts. The matrix is checked here for every
 * Wasl route rather than trusting users-permissions alone, whose route scopes behave differently when
 * a controller shares its name with a content type.
 */
export default (policyContext: PolicyContext, _config: unknown, _deps: { strapi: Core.Strapi }): boolean => {
  const role = policyContext.state.user?.role?.type;
  if (!isStaffRole(role)) return false;
  const handler = policyContext.state.route?.handler;
  if (typeof handler !== 'string' || !grantedActions(role).includes(`plugin::wasl.${handler}`)) throw waslError('FORBIDDEN');
  return true;
};
