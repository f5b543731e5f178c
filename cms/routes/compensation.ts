import { staffOnly } from './route-config';

/** C1–C4: compensation claims, opened from a complaint. */
export default [
  { method: 'POST', path: '/complaints/:id/compensation-claims', handler: 'compensation.open', config: staffOnly() },
  { method: 'GET', path: '/compensation-claims/:id/settlement', handler: 'compensation.explain', config: staffOnly() },
  {
    method: 'POST',
    path: '/compensation-claims/:id/conditions',
    handler: 'compensation.condition',
    config: staffOnly(),
  },
  {
    method: 'POST',
    path: '/compensation-claims/:id/negotiation',
    handler: 'compensation.negotiate',
    config: staffOnly(),
  },
  { method: 'POST', path: '/compensation-claims/:id/settle', handler: 'compensation.settle', config: staffOnly() },
  { method: 'POST', path: '/compensation-claims/:id/close', handler: 'compensation.close', config: staffOnly() },
  // MC3: complaint statistics (grants: manager, association admin).
  { method: 'GET', path: '/complaint-stats', handler: 'complaint-stats.summary', config: staffOnly() },
];
