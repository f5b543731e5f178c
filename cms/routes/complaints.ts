import { staffOnly } from './route-config';

/** The named outcomes of a complaint (CM3–CM5, I1, MC10); role and state checks live in cms/domain/complaint-workflow.ts. */
export default [
  { method: 'POST', path: '/complaints/:id/assign', handler: 'complaint-workflow.assign', config: staffOnly() },
  { method: 'POST', path: '/complaints/:id/act', handler: 'complaint-workflow.act', config: staffOnly() },
  { method: 'POST', path: '/complaints/:id/escalate', handler: 'complaint-workflow.escalate', config: staffOnly() },
  { method: 'POST', path: '/complaints/:id/resolve', handler: 'complaint-workflow.resolve', config: staffOnly() },
  { method: 'POST', path: '/complaints/:id/close', handler: 'complaint-workflow.close', config: staffOnly() },
  { method: 'POST', path: '/complaints/:id/reopen', handler: 'complaint-workflow.reopen', config: staffOnly() },
];
