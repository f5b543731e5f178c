import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { actorOf } from '../utils/actor';
import { waslError } from '../utils/errors';
import { removeTemporaryUploads } from '../validation/public-request';
import type { IncomingFile } from '../services/complaint-attachments';
import { getService } from '../utils/services';
import { send } from './file-downloads';

/** The multipart field `photos` (one file or several); any other file field is refused. */
const photosOf = (ctx: Context): IncomingFile[] => {
  const files = (ctx.request as { files?: Record<string, IncomingFile | IncomingFile[]> }).files ?? {};
  const unknown = Object.keys(files).filter((k) => k !== 'photos');
  if (unknown.length)
    throw waslError(
      'VALIDATION_FAILED',
      unknown.map((field) => ({ field, code: 'UNKNOWN_FIELD' as const })),
    );
  const value = files.photos;
  return value ? (Array.isArray(value) ? value : [value]) : [];
};

/** MC7, S2: POST /inspection-findings/:id/photos (multipart), GET /inspection-findings/:id/photos/:fileId. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const photos = () => getService(strapi, 'inspection-photos');
  return {
    async add(ctx: Context) {
      try {
        const actor = actorOf(ctx);
        ctx.status = 201;
        ctx.body = await photos().add(ctx.params.id, photosOf(ctx), actor);
      } finally {
        await removeTemporaryUploads(ctx);
      }
    },
    async download(ctx: Context) {
      const fileId = Number(ctx.params.fileId);
      if (!Number.isInteger(fileId) || fileId <= 0) throw waslError('NOT_FOUND');
      send(ctx, await photos().download(ctx.params.id, fileId, actorOf(ctx)));
    },
  };
};
