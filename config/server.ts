import type { Core } from '@strapi/strapi';
import { requireEnv } from '../cms/utils/require-env';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  app: { keys: requireEnv(env, 'APP_KEYS').split(',') },
  // Behind a load balancer (DESIGN.md "Beyond one machine") the client IP comes from X-Forwarded-For.
  // Strapi 5 reads `server.proxy.koa`; a bare boolean here is silently ignored.
  proxy: { koa: env.bool('TRUST_PROXY', false) },
});

export default config;
