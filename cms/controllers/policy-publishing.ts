import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { actorOf } from '../utils/actor';
import { getService } from '../utils/services';

/**
 * PD1–PD4: POST /api/wasl/policy-documents/:id/publish and …/unpublish (association admin). The checks,
 * the snapshot and the audit entry are the document-service middleware's (cms/services/policy-publishing.ts),
 * the same for /admin's content manager; the answer is the admin's record with its published version.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async publish(ctx: Context) {
    ctx.body = await getService(strapi, 'policy-publishing').publishDocument(ctx.params.id, actorOf(ctx));
  },
  async unpublish(ctx: Context) {
    ctx.body = await getService(strapi, 'policy-publishing').unpublishDocument(ctx.params.id, actorOf(ctx));
  },
});
