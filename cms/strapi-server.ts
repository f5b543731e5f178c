import contentTypes from './content-types';
import controllers from './controllers';
import middlewares from './middlewares';
import policies from './policies';
import routes from './routes';
import services from './services';
import { bootstrap, destroy } from './bootstrap';
import { register } from './register';

/** Wasl's Strapi plugin (`plugin::wasl.*`): content types, routes and services of DESIGN.md. */
export default () => ({
  register,
  bootstrap,
  destroy,
  contentTypes,
  controllers,
  middlewares,
  policies,
  routes,
  services,
});
