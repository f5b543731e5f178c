import pkg from './package.json';
import contentTypes from './content-types';
import middlewares from './middlewares';
import { bootstrap } from './bootstrap';

/** Wasl's Strapi plugin (`plugin::wasl.*`): content types, routes and services of DESIGN.md. */
export default () => ({
  register() {},
  bootstrap,
  destroy() {},
  contentTypes,
  middlewares,
  controllers: {},
  services: {},
  routes: [],
  policies: {},
});

export const pluginName = pkg.strapi.name;
