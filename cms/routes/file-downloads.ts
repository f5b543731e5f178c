import { staffOnly } from './route-config';

/** P1: the only way to private files (cms/services/file-downloads.ts); grants in cms/constants/access.ts. */
export default [
  {
    method: 'GET',
    path: '/complaints/:id/attachments',
    handler: 'file-downloads.listComplaintAttachments',
    config: staffOnly(),
  },
  {
    method: 'GET',
    path: '/complaints/:id/attachments/:attachmentId',
    handler: 'file-downloads.complaintAttachment',
    config: staffOnly(),
  },
  {
    method: 'GET',
    path: '/attestations/:id/signature',
    handler: 'file-downloads.attestationSignature',
    config: staffOnly(),
  },
];
