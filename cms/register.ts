import type { Core } from '@strapi/strapi';
import { registerAdminReadAudit } from './services/admin-read-audit';
import { guardAuthRoutes } from './routes/users-permissions-guards';
import { getService } from './utils/services';

/** Staff accounts carry their Arabic and English names (shown on events, minutes and acknowledgements). */
export const register = ({ strapi }: { strapi: Core.Strapi }) => {
  const user = strapi.plugin('users-permissions').contentType('user') as unknown as {
    attributes: Record<string, unknown>;
  };
  user.attributes.fullNameAr = { type: 'string', maxLength: 160 };
  user.attributes.fullNameEn = { type: 'string', maxLength: 160 };
  // P1: the super admin's reads of Wasl records through /admin are audited (document-service middlewares register here).
  registerAdminReadAudit(strapi);
  guardAuthRoutes(strapi);
  // PD1–PD4: every publish of a policy document, from the console, /admin or the seed, is checked and audited.
  getService(strapi, 'policy-publishing').install();
};
