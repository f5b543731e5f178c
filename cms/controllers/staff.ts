import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { actorOf } from '../utils/actor';
import { bodyOf } from '../utils/request-body';
import { waslError } from '../utils/errors';
import { parseStaffCreate, parseStaffUpdate } from '../validation/staff-body';
import { getService } from '../utils/services';

/**
 * The staff directory in the simple-rest shape and a policy's acknowledgement status (PD, I1), and the
 * association admin's account administration: create, block or re-role, issue a password reset link (P1).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const staff = () => getService(strapi, 'staff');
  const admin = () => getService(strapi, 'staff-admin');
  return {
    async find(ctx: Context) {
      actorOf(ctx);
      const { records, start, end, total } = await staff().list(ctx.query);
      ctx.set('Content-Range', `staff ${start}-${end}/${total}`);
      ctx.set('Access-Control-Expose-Headers', 'Content-Range');
      ctx.body = records;
    },
    async findOne(ctx: Context) {
      actorOf(ctx);
      ctx.body = await staff().findOne(ctx.params.id);
    },
    async policySignatures(ctx: Context) {
      actorOf(ctx);
      ctx.body = await staff().policySignatures(ctx.params.id);
    },
    async create(ctx: Context) {
      const actor = actorOf(ctx);
      const parsed = parseStaffCreate(bodyOf(ctx));
      if (!parsed.ok) throw waslError('VALIDATION_FAILED', parsed.errors);
      ctx.status = 201;
      ctx.body = await admin().create(actor, parsed.value);
    },
    async update(ctx: Context) {
      const actor = actorOf(ctx);
      const parsed = parseStaffUpdate(bodyOf(ctx));
      if (!parsed.ok) throw waslError('VALIDATION_FAILED', parsed.errors);
      ctx.body = await admin().update(actor, ctx.params.id, parsed.value);
    },
    /** The answer says until when the link holds; the link itself is only in the member's mail. */
    async issuePasswordReset(ctx: Context) {
      const actor = actorOf(ctx);
      ctx.status = 201;
      ctx.body = await getService(strapi, 'password-reset').issue(actor, ctx.params.id);
    },
  };
};
