import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { actorOf } from '../utils/actor';
import { waslError } from '../utils/errors';
import { bodyOf } from '../utils/request-body';
import { parseTaskDoneBody } from '../validation/journey-body';
import { getService } from '../utils/services';

/** H6: the staff's contact tasks on a request or a complaint, and recording one as done. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const tasks = () => getService(strapi, 'contact-tasks');
  return {
    async forRequest(ctx: Context) {
      ctx.body = await tasks().list('service-requests', ctx.params.id, actorOf(ctx));
    },
    async forComplaint(ctx: Context) {
      ctx.body = await tasks().list('complaints', ctx.params.id, actorOf(ctx));
    },
    async done(ctx: Context) {
      const actor = actorOf(ctx);
      const id = Number(ctx.params.id);
      if (!Number.isInteger(id) || id < 1) throw waslError('NOT_FOUND');
      const parsed = parseTaskDoneBody(bodyOf(ctx));
      if (!parsed.ok) throw waslError('VALIDATION_FAILED', parsed.errors);
      ctx.body = await tasks().complete(id, parsed.value.note, actor);
    },
  };
};
