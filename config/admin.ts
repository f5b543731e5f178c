import type { Core } from '@strapi/strapi';
import { requireEnv } from '../cms/utils/require-env';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => ({
  auth: { secret: requireEnv(env, 'ADMIN_JWT_SECRET') },
  apiToken: { salt: requireEnv(env, 'API_TOKEN_SALT') },
  transfer: { token: { salt: requireEnv(env, 'TRANSFER_TOKEN_SALT') } },
  secrets: { encryptionKey: requireEnv(env, 'ENCRYPTION_KEY') },
  flags: { nps: false, promoteEE: false },
  // Tests boot Strapi without the admin bundle; the console and the API do not need it.
  serveAdminPanel: env.bool('SERVE_ADMIN_PANEL', true),
});

export default config;
