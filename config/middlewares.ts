export default [
  'plugin::wasl.health',
  'strapi::logger',
  'plugin::wasl.bilingual-errors',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  'plugin::wasl.public-intake-size',
  'plugin::wasl.body-errors',
  'strapi::body',
  'strapi::session',
  // The icon lives under public/: the repository's top level holds no app files (README "Layout").
  { name: 'strapi::favicon', config: { path: 'public/favicon.png' } },
  'plugin::wasl.console',
  'strapi::public',
];
