import type { Core } from '@strapi/strapi';

export const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  strapi.log.info('[wasl] plugin ready');
};
