// A fresh config per route: Strapi writes each route's auth scope into its config object (defaultsDeep),
// so routes sharing one object would all be checked against the first route's permission.
const STAFF = () => ({ policies: ['plugin::wasl.is-staff'] });

/** C1–C4: compensation claims, opened from a complaint. */
export default [
  { method: 'POST', path: '/complaints/:id/compensation-claims', handler: 'compensation.open', config: STAFF() },
  { method: 'GET', path: '/compensation-claims/:id/settlement', handler: 'compensation.explain', config: STAFF() },
  { method: 'POST', path: '/compensation-claims/:id/conditions', handler: 'compensation.condition', config: STAFF() },
  { method: 'POST', path: '/compensation-claims/:id/negotiation', handler: 'compensation.negotiate', config: STAFF() },
  { method: 'POST', path: '/compensation-claims/:id/settle', handler: 'compensation.settle', config: STAFF() },
  { method: 'POST', path: '/compensation-claims/:id/close', handler: 'compensation.close', config: STAFF() },
  // MC3: complaint statistics (grants: manager, association admin).
  { method: 'GET', path: '/complaint-stats', handler: 'complaint-stats.summary', config: STAFF() },
];
