import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { asciiFileName } from '../domain/download-name';
import { actorOf } from '../utils/actor';
import type { OpenedFile } from '../services/private-files';
import { getService } from '../utils/services';

/**
 * P1: private files go out as downloads, never rendered by the browser as a page: attachment
 * disposition, the stored type (what the decoder checked), nosniff, and no copy in any cache.
 */
export const send = (ctx: Context, file: OpenedFile) => {
  ctx.attachment(file.name, { fallback: asciiFileName(file.name) });
  ctx.type = file.mime;
  ctx.length = file.bytes;
  ctx.set('X-Content-Type-Options', 'nosniff');
  ctx.set('Cache-Control', 'private, no-store');
  ctx.set('Access-Control-Expose-Headers', 'Content-Disposition');
  ctx.body = file.stream;
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const downloads = () => getService(strapi, 'file-downloads');
  return {
    async listComplaintAttachments(ctx: Context) {
      ctx.set('Cache-Control', 'private, no-store');
      ctx.body = await downloads().listComplaintAttachments(ctx.params.id, actorOf(ctx));
    },
    async complaintAttachment(ctx: Context) {
      send(ctx, await downloads().complaintAttachment(ctx.params.id, ctx.params.attachmentId, actorOf(ctx)));
    },
    async attestationSignature(ctx: Context) {
      send(ctx, await downloads().attestationSignature(ctx.params.id, actorOf(ctx)));
    },
  };
};
