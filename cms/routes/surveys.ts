import { staffOnly } from './route-config';

/**
 * Surveys (S1, MC4, ALL-SAT): a questionnaire's aggregated results (manager, association admin, follow-up
 * committee) and a periodic campaign (manager, association admin); who may is cms/constants/access.ts.
 */
export default [
  { method: 'GET', path: '/surveys/:id/results', handler: 'survey-tools.results', config: staffOnly() },
  { method: 'POST', path: '/surveys/:id/campaigns', handler: 'survey-tools.campaign', config: staffOnly() },
];
