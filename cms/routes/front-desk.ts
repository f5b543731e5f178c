import { staffOnly } from './route-config';

/** MC1 (the front desk's visitor log) and MC7–MC9, S2 (open corrective actions for senior management). */
export default [
  { method: 'POST', path: '/front-desk/visits', handler: 'front-desk.record', config: staffOnly() },
  { method: 'POST', path: '/front-desk/visits/undo', handler: 'front-desk.undo', config: staffOnly() },
  { method: 'GET', path: '/front-desk/today', handler: 'front-desk.today', config: staffOnly() },
  { method: 'GET', path: '/visit-totals', handler: 'front-desk.daily', config: staffOnly() },
  {
    method: 'GET',
    path: '/stats/inspection-findings',
    handler: 'inspection-stats.inspectionFindings',
    config: staffOnly(),
  },
  // MC7, S2, P1: a finding's photos, private; the download is authorised like a read of the finding.
  { method: 'POST', path: '/inspection-findings/:id/photos', handler: 'inspection-photos.add', config: staffOnly() },
  {
    method: 'GET',
    path: '/inspection-findings/:id/photos/:fileId',
    handler: 'inspection-photos.download',
    config: staffOnly(),
  },
];
