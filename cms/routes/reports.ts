import { staffOnly } from './route-config';

/** MC4, S5, S6: the monthly report on demand (grants: manager, association admin). */
export default [{ method: 'GET', path: '/reports/monthly', handler: 'monthly-report.monthly', config: staffOnly() }];
