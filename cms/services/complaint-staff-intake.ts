/**
 * ALL-CH: staff record a complaint, inquiry or suggestion received in person, by phone, email, social
 * media, letter, fax or any other channel; it takes the same path as the website's (number, deadline,
 * routing, acknowledgement) with the officer who received it. Also the console's
 * POST /api/wasl/complaints, so no complaint is ever created without a number.
 */
import type { Core } from '@strapi/strapi';
import { canDo } from '../constants/access';
import { waslError, type FieldError } from '../utils/errors';
import type { StaffIntake } from '../validation/complaint-body';
import type { IntakeResult } from './complaint-intake';
import type { StaffActor } from './records';
import { getService } from '../utils/services';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const idOf = async (uid: 'plugin::wasl.beneficiary' | 'plugin::wasl.branch', documentId: string | undefined) =>
    documentId
      ? ((await strapi.db.query(uid).findOne({
          where: { documentId },
          select: ['id', ...(uid === 'plugin::wasl.beneficiary' ? ['category'] : [])],
        })) as { id: number; category?: string } | null)
      : null;

  return {
    async receive(input: StaffIntake, actor: StaffActor) {
      if (!canDo(actor.role, 'complaints', 'create')) throw waslError('FORBIDDEN');
      const [beneficiary, branch] = await Promise.all([
        idOf('plugin::wasl.beneficiary', input.beneficiary),
        idOf('plugin::wasl.branch', input.branch),
      ]);
      const missing: FieldError[] = [];
      if (input.beneficiary && !beneficiary) missing.push({ field: 'beneficiary', code: 'FIELD_INVALID_REFERENCE' });
      if (input.branch && !branch) missing.push({ field: 'branch', code: 'FIELD_INVALID_REFERENCE' });
      // A complaint received later than now is a typo; a few minutes of clock skew between machines are not.
      if (input.receivedAt && new Date(input.receivedAt).getTime() > Date.now() + 5 * 60_000)
        missing.push({ field: 'receivedAt', code: 'DATE_INVALID' });
      if (missing.length) throw waslError('VALIDATION_FAILED', missing);
      const { beneficiary: _b, branch: _r, receivedAt, ...rest } = input;
      const result = (await getService(strapi, 'complaint-intake').receive(
        {
          ...rest,
          beneficiaryCategory: input.beneficiaryCategory ?? beneficiary?.category,
          beneficiaryId: beneficiary?.id ?? null,
          branchId: branch?.id ?? null,
          receivedAt: receivedAt ? new Date(receivedAt) : undefined,
        },
        { actor },
      )) as IntakeResult;
      return getService(strapi, 'records').findOne('complaints', result.documentId, actor);
    },
  };
};
