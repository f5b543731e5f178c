export default [
  'plugin::wasl.health',
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  'plugin::wasl.body-errors',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
