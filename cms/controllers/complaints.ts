import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { actorOf } from '../utils/actor';
import { waslError } from '../utils/errors';
import {
  parseAct,
  parseAssign,
  parseClose,
  parseEscalate,
  parseReopen,
  parseResolve,
  parseStaffIntake,
} from '../validation/complaint-body';
import type { Parsed } from '../validation/zod-errors';
import { bodyOf } from '../utils/request-body';
import { getService } from '../utils/services';
import type { StaffActor } from '../services/records';
import type { ComplaintStep } from '../domain/complaint-workflow';

const valid = <T>(parsed: Parsed<T>): T => {
  if (!parsed.ok) throw waslError('VALIDATION_FAILED', parsed.errors);
  return parsed.value;
};

/** Staff intake from every channel (ALL-CH) and the named outcomes of a complaint (CM3–CM5, I1). */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const workflow = () => getService(strapi, 'complaint-workflow');
  // Each step's body was validated by its own parser, so the service receives its own input type.
  type Run = (id: string, input: unknown, actor: StaffActor) => Promise<unknown>;
  const step = (name: ComplaintStep, parse: (body: unknown) => Parsed<unknown>) => async (ctx: Context) => {
    const actor = actorOf(ctx);
    ctx.body = await (workflow()[name] as Run)(ctx.params.id, valid(parse(bodyOf(ctx))), actor);
  };

  return {
    async create(ctx: Context) {
      const actor = actorOf(ctx);
      const input = valid(parseStaffIntake(bodyOf(ctx)));
      ctx.status = 201;
      ctx.body = await getService(strapi, 'complaint-staff-intake').receive(input, actor);
    },
    assign: step('assign', parseAssign),
    act: step('act', parseAct),
    escalate: step('escalate', parseEscalate),
    resolve: step('resolve', parseResolve),
    close: step('close', parseClose),
    reopen: step('reopen', parseReopen),
  };
};
