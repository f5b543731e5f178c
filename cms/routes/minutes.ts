import { staffOnly } from './route-config';

/** H6: committee minutes; membership is checked by cms/domain/committee-minutes.ts. */
export default [
  { method: 'GET', path: '/committee-meetings/:id/minutes', handler: 'minutes.show', config: staffOnly() },
  { method: 'PUT', path: '/committee-meetings/:id/minutes', handler: 'minutes.write', config: staffOnly() },
  {
    method: 'POST',
    path: '/committee-meetings/:id/minutes/approvals',
    handler: 'minutes.approve',
    config: staffOnly(),
  },
];
