import { staffOnly } from './route-config';

/**
 * The staff directory, who has signed a policy, and the association admin's account administration;
 * grants in cms/constants/access.ts DIRECTORY_GRANTS. The password reset itself is public (`auth:
 * false`): its holder has no session yet; the token is the credential, limited per IP.
 */
export default [
  { method: 'GET', path: '/staff', handler: 'staff.find', config: staffOnly() },
  { method: 'POST', path: '/staff', handler: 'staff.create', config: staffOnly() },
  { method: 'GET', path: '/staff/:id', handler: 'staff.findOne', config: staffOnly() },
  { method: 'PUT', path: '/staff/:id', handler: 'staff.update', config: staffOnly() },
  { method: 'POST', path: '/staff/:id/password-reset', handler: 'staff.issuePasswordReset', config: staffOnly() },
  { method: 'GET', path: '/policy-documents/:id/signatures', handler: 'staff.policySignatures', config: staffOnly() },
  { method: 'POST', path: '/password-reset', handler: 'password-reset.reset', config: { auth: false as const } },
];
