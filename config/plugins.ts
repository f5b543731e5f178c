import path from 'path';
import type { Core } from '@strapi/strapi';
import { requireEnv } from '../cms/utils/require-env';

const config = ({ env }: Core.Config.Shared.ConfigParams) => ({
  // The Strapi code of Wasl is a local plugin; config runs from dist/config, so this is dist/cms.
  wasl: { enabled: true, resolve: path.resolve(__dirname, '../cms') },
  'users-permissions': {
    config: {
      jwtSecret: requireEnv(env, 'JWT_SECRET'),
      jwt: { expiresIn: env('JWT_EXPIRES_IN', '8h') },
      register: { allowedFields: [] },
      // Sign-in attempts per IP in 5 minutes. users-permissions' default (5) locks out an office whose
      // staff share one public IP at the start of the day; 50 still stops password guessing.
      ratelimit: { interval: { min: 5 }, max: env.int('LOGIN_RATE_LIMIT_MAX', 50) },
    },
  },
});

export default config;
