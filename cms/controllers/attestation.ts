import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { actorOf } from '../utils/actor';
import { waslError } from '../utils/errors';

/** H5: the signature image of an attestation, sent as `{ "image": "data:image/png;base64,…" }`. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async sign(ctx: Context) {
    const actor = actorOf(ctx);
    const body = (ctx.request as { body?: unknown }).body;
    if (typeof body !== 'object' || body === null || Array.isArray(body)) throw waslError('VALIDATION_FAILED', [{ field: 'body', code: 'VALIDATION_FAILED' }]);
    const unknown = Object.keys(body).filter((k) => k !== 'image');
    if (unknown.length) throw waslError('VALIDATION_FAILED', unknown.map((field) => ({ field, code: 'UNKNOWN_FIELD' as const })));
    const { image } = body as { image?: unknown };
    if (image === undefined || image === '') throw waslError('VALIDATION_FAILED', [{ field: 'image', code: 'FIELD_REQUIRED' }]);
    ctx.body = await strapi.plugin('wasl').service('attestation-signature').sign(ctx.params.id, image, actor);
  },
});
