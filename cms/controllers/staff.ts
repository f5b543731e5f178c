import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { actorOf } from '../utils/actor';

/** Read-only staff directory in the simple-rest shape, and a policy's acknowledgement status (PD, I1). */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const staff = () => strapi.plugin('wasl').service('staff');
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
  };
};
