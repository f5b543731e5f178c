const STAFF = { policies: ['plugin::wasl.is-staff'] };

/** H6: committee minutes; membership is checked by cms/domain/committee-minutes.ts. */
export default [
  { method: 'GET', path: '/committee-meetings/:id/minutes', handler: 'minutes.show', config: STAFF },
  { method: 'PUT', path: '/committee-meetings/:id/minutes', handler: 'minutes.write', config: STAFF },
  { method: 'POST', path: '/committee-meetings/:id/minutes/approvals', handler: 'minutes.approve', config: STAFF },
];
