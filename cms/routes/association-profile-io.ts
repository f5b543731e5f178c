import { staffOnly } from './route-config';

/** Issue 14: the association profile's preview, import and export (grants: association admin). */
export default [
  { method: 'POST', path: '/profile/preview', handler: 'association-profile-io.preview', config: staffOnly() },
  { method: 'POST', path: '/profile/import', handler: 'association-profile-io.import', config: staffOnly() },
  { method: 'GET', path: '/profile/export', handler: 'association-profile-io.export', config: staffOnly() },
];
