import type { Core } from '@strapi/strapi';

/**
 * The address the public and the staff reach this server at, without a trailing slash: PUBLIC_URL
 * (config/server.ts `url`), else http://localhost:<port>. The links in mails (password reset, survey
 * invitations, emergency reports) start with it.
 */
export const publicBaseUrl = (strapi: Core.Strapi): string =>
  (strapi.config.get<string>('server.url') || `http://localhost:${strapi.config.get<number>('server.port')}`).replace(
    /\/$/,
    '',
  );
