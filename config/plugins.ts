import path from 'path';
import type { Core } from '@strapi/strapi';
import { requireEnv } from '../cms/utils/require-env';
import { durationSeconds } from '../cms/utils/duration';

const WORK_DAY = 8 * 3600;

const config = ({ env }: Core.Config.Shared.ConfigParams) => {
  // P1: sessions live in the database (Strapi's SessionManager, table strapi_sessions), so changing a
  // password, blocking a user or signing out revokes them. The access token is short (JWT_ACCESS_TTL,
  // 15 min) and is re-checked against its session on every request (cms/services/sessions.ts); the
  // refresh token lasts the work day (JWT_EXPIRES_IN, 8h), idle or not.
  const session = durationSeconds(env('JWT_EXPIRES_IN', '8h'), WORK_DAY);
  return {
    // The Strapi code of Wasl is a local plugin; config runs from dist/config, so this is dist/cms.
    wasl: { enabled: true, resolve: path.resolve(__dirname, '../cms') },
    'users-permissions': {
      config: {
        jwtSecret: requireEnv(env, 'JWT_SECRET'),
        jwtManagement: 'refresh',
        sessions: {
          accessTokenLifespan: durationSeconds(env('JWT_ACCESS_TTL', '15m'), 15 * 60),
          maxRefreshTokenLifespan: session,
          idleRefreshTokenLifespan: session,
          maxSessionLifespan: session,
          idleSessionLifespan: session,
          httpOnly: false,
        },
        register: { allowedFields: [] },
        // The plugin's per-IP bucket now guards only its other routes (change-password): sign-in has
        // Wasl's own limiter, per account and per IP, counting failures only (cms/services/sign-in-limit.ts).
        ratelimit: { interval: { min: 5 }, max: env.int('LOGIN_RATE_LIMIT_MAX', 50) },
      },
    },
  };
};

export default config;
