import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { actorOf } from '../utils/actor';
import { waslError } from '../utils/errors';
import {
  parseCloseClaim,
  parseCondition,
  parseNegotiate,
  parseOpenClaim,
  parseSettle,
} from '../validation/compensation-body';
import type { Parsed } from '../validation/zod-errors';
import { bodyOf } from '../utils/request-body';
import { getService } from '../utils/services';
import type { StaffActor } from '../services/records';

/** Compensation claims (C1–C4): named routes, thin — the rules are in cms/domain/compensation.ts. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => getService(strapi, 'compensation');
  type Step = 'open' | 'condition' | 'negotiate' | 'settle' | 'close';
  // Each step's body was validated by its own parser just above, so the service receives its own input type.
  type Run = (id: string, input: unknown, actor: StaffActor) => Promise<unknown>;
  const step =
    (name: Step, parse: (body: unknown) => Parsed<unknown>, status = 200) =>
    async (ctx: Context) => {
      const actor = actorOf(ctx);
      const parsed = parse(bodyOf(ctx));
      if (!parsed.ok) throw waslError('VALIDATION_FAILED', parsed.errors);
      ctx.status = status;
      ctx.body = await (service()[name] as Run)(ctx.params.id, parsed.value, actor);
    };

  return {
    open: step('open', parseOpenClaim, 201),
    async explain(ctx: Context) {
      actorOf(ctx);
      ctx.body = await service().explain(ctx.params.id);
    },
    condition: step('condition', parseCondition),
    negotiate: step('negotiate', parseNegotiate),
    settle: step('settle', parseSettle),
    close: step('close', parseCloseClaim),
  };
};
