import { staffOnly } from './route-config';

/** The request journey's named actions (H2–H8); the role checks live in cms/domain/request-journey.ts. */
export default [
  { method: 'GET', path: '/service-requests/:id/journey', handler: 'journey.explain', config: staffOnly() },
  { method: 'POST', path: '/service-requests/:id/transitions', handler: 'journey.transition', config: staffOnly() },
  { method: 'POST', path: '/service-requests/:id/votes', handler: 'journey.vote', config: staffOnly() },
  { method: 'POST', path: '/attestations/:id/signature', handler: 'attestation.sign', config: staffOnly() },
];
