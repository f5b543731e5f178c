import { staffOnly } from './route-config';

/** The named outcomes of a complaint (CM3–CM5, I1, MC10); role and state checks live in cms/domain/complaint-workflow.ts. */
export default ['assign', 'act', 'escalate', 'resolve', 'close', 'reopen'].map((step) => ({
  method: 'POST', path: `/complaints/:id/${step}`, handler: `complaint-workflow.${step}`, config: staffOnly(),
}));
