import { staffOnly } from './route-config';

/** H6: contact tasks for channels with no automated sender; cms/services/contact-tasks.ts. */
export default [
  {
    method: 'GET',
    path: '/service-requests/:id/contact-tasks',
    handler: 'contact-tasks.forRequest',
    config: staffOnly(),
  },
  { method: 'GET', path: '/complaints/:id/contact-tasks', handler: 'contact-tasks.forComplaint', config: staffOnly() },
  { method: 'POST', path: '/contact-tasks/:id/done', handler: 'contact-tasks.done', config: staffOnly() },
];
