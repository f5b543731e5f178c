import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { actorOf } from '../utils/actor';
import { waslError } from '../utils/errors';
import { bodyOf } from '../utils/request-body';
import { parseSignatureBody } from '../validation/journey-body';
import { getService } from '../utils/services';

/** H5: the signature image of an attestation, sent as `{ "image": "data:image/png;base64,…" }`. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async sign(ctx: Context) {
    const actor = actorOf(ctx);
    const parsed = parseSignatureBody(bodyOf(ctx));
    if (!parsed.ok) throw waslError('VALIDATION_FAILED', parsed.errors);
    // P1: the attestation of a confidential case the caller is not on does not exist for them.
    await getService(strapi, 'confidential').assertVisible('attestations', ctx.params.id, actor);
    ctx.body = await getService(strapi, 'attestation-signature').sign(ctx.params.id, parsed.value.image, actor);
  },
});
