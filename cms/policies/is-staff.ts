import type { Core } from '@strapi/strapi';
import { isStaffRole } from '../constants/roles';

type PolicyContext = { state: { user?: { role?: { type?: string } } } };

/** Staff routes: an authenticated user whose role is one of DESIGN.md's staff roles (P1). */
export default (policyContext: PolicyContext, _config: unknown, _deps: { strapi: Core.Strapi }): boolean =>
  isStaffRole(policyContext.state.user?.role?.type);
