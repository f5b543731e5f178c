import { staffOnly } from './route-config';

/** Issue 12: the statistics for management, GET only (grants: manager, association admin; cms/constants/access.ts). */
export default [
  { method: 'GET', path: '/stats/visitors', handler: 'stats.visitors', config: staffOnly() },
  { method: 'GET', path: '/stats/complaints', handler: 'stats.complaints', config: staffOnly() },
  { method: 'GET', path: '/stats/requests-sla', handler: 'stats.requestsSla', config: staffOnly() },
  { method: 'GET', path: '/stats/satisfaction', handler: 'stats.satisfaction', config: staffOnly() },
  { method: 'GET', path: '/stats/escalations', handler: 'stats.escalations', config: staffOnly() },
];
