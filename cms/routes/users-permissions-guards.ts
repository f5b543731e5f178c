/**
 * Wasl's checks on users-permissions' own auth routes (P1), set on the plugin's route table during
 * register, before Strapi mounts it:
 *  - POST /auth/local: Wasl's sign-in limiter (per account and per IP, failures only) instead of the
 *    plugin's single per-IP bucket;
 *  - POST /auth/change-password: the staff password policy before the plugin's controller.
 */
import type { Core } from '@strapi/strapi';

type PluginRoute = { method: string; path: string; config?: { middlewares?: unknown[] } & Record<string, unknown> };

export const guardAuthRoutes = (strapi: Core.Strapi): void => {
  const api = (strapi.plugin('users-permissions').routes as unknown as Record<string, { routes: PluginRoute[] }>)[
    'content-api'
  ];
  for (const route of api.routes) {
    if (route.method !== 'POST') continue;
    if (route.path === '/auth/local') route.config = { ...route.config, middlewares: ['plugin::wasl.sign-in-limit'] };
    if (route.path === '/auth/change-password')
      route.config = {
        ...route.config,
        middlewares: [...(route.config?.middlewares ?? []), 'plugin::wasl.password-policy'],
      };
  }
};
