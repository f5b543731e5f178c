import { staffOnly } from './route-config';

/** PD1–PD4: the association admin publishes and withdraws a policy document (grants: cms/constants/access.ts). */
export default [
  {
    method: 'POST',
    path: '/policy-documents/:id/publish',
    handler: 'policy-publishing.publish',
    config: staffOnly(),
  },
  {
    method: 'POST',
    path: '/policy-documents/:id/unpublish',
    handler: 'policy-publishing.unpublish',
    config: staffOnly(),
  },
];
