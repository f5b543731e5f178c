import { staffOnly } from './route-config';

/** The staff directory (read-only) and who has signed a policy; grants in cms/constants/access.ts DIRECTORY_GRANTS. */
export default [
  { method: 'GET', path: '/staff', handler: 'staff.find', config: staffOnly() },
  { method: 'GET', path: '/staff/:id', handler: 'staff.findOne', config: staffOnly() },
  { method: 'GET', path: '/policy-documents/:id/signatures', handler: 'staff.policySignatures', config: staffOnly() },
];
