import type { Core } from '@strapi/strapi';
import { grantedActions } from '../constants/access';
import { isStaffRole } from '../constants/roles';
import { waslError } from '../utils/errors';

type PolicyContext = { state: { user?: { role?: { type?: string } }; route?: { handler?: unknown } } };

/**
 * Staff routes (P1): an authenticated user whose role is one of DESIGN.md's staff roles, and whose
 * role is granted this route's action in cms/constants/access.ts. Checked here for every Wasl route as
 * well as by users-permissions: routes that once shared one config object were all checked against the
 * first route's scope (cms/routes/route-config.ts), and one matrix should not depend on one framework detail.
 */
export default (policyContext: PolicyContext, _config: unknown, _deps: { strapi: Core.Strapi }): boolean => {
  const role = policyContext.state.user?.role?.type;
  if (!isStaffRole(role)) return false;
  const handler = policyContext.state.route?.handler;
  if (typeof handler !== 'string' || !grantedActions(role).includes(`plugin::wasl.${handler}`))
    throw waslError('FORBIDDEN');
  return true;
};
