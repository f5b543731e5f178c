/**
 * Route configs for Wasl's staff routes. Always a fresh object per route: Strapi writes each route's
 * auth scope into its config with defaultsDeep, so routes sharing one object would all be checked
 * against the first route's permission.
 */
export const staffOnly = () => ({ policies: ['plugin::wasl.is-staff'] });
