import { RESOURCE_NAMES, type RecordAction } from '../constants/access';

import { staffOnly } from './route-config';

const ROUTES: { method: string; suffix: string; action: RecordAction }[] = [
  { method: 'GET', suffix: '', action: 'find' },
  { method: 'GET', suffix: '/:id', action: 'findOne' },
  { method: 'POST', suffix: '', action: 'create' },
  { method: 'PUT', suffix: '/:id', action: 'update' },
  { method: 'DELETE', suffix: '/:id', action: 'delete' },
];

/** The simple-rest contract for every console resource: /api/wasl/<resource>[/:id]. */
export default RESOURCE_NAMES.flatMap((resource) =>
  ROUTES.map(({ method, suffix, action }) => ({
    method,
    path: `/${resource}${suffix}`,
    handler: `${resource}.${action}`,
    config: staffOnly(),
  })),
);
