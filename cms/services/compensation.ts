/**
 * Compensation claims (C1–C4): opened from a complaint, the conditions recorded one by one with their
 * evidence, the negotiation logged round by round, then settled — only when cms/domain/compensation
 * finds C1, C2 and C3 each established with evidence, re-checked against the evidence as it stands
 * now (minutes edited after approval no longer prove anything) — or closed as declined or withdrawn.
 */
import type { Core } from '@strapi/strapi';
import {
  checkClaimStep,
  CLAIM_STEP_ROLES,
  CONDITIONS,
  explainSettlement,
  type ClaimStatus,
  type Condition,
  type ConditionRecord,
} from '../domain/compensation';
import { waslError } from '../utils/errors';
import type {
  CloseClaimInput,
  ConditionInput,
  EvidenceInput,
  NegotiateInput,
  OpenClaimInput,
  SettleInput,
} from '../validation/compensation-body';
import type { StaffActor } from './records';
import { getService } from '../utils/services';

const CLAIM = 'plugin::wasl.compensation-claim';

type StoredCondition = {
  established: boolean;
  evidence: EvidenceInput | null;
  note: string | null;
  recordedBy: number;
  at: string;
};
type Claim = {
  id: number;
  documentId: string;
  status: ClaimStatus;
  version: number;
  conditions: Partial<Record<Condition, StoredCondition>> | null;
  negotiationLog: unknown[] | null;
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const load = async (documentId: string): Promise<Claim> => {
    const row = await strapi.db.query(CLAIM).findOne({
      where: { documentId },
      select: ['id', 'documentId', 'status', 'version', 'conditions', 'negotiationLog'],
    });
    if (!row) throw waslError('NOT_FOUND');
    return row as Claim;
  };

  /** C3: the evidence as it stands in the database now. */
  const evidenceFacts = async (evidence: EvidenceInput | null): Promise<ConditionRecord['evidence']> => {
    if (!evidence) return null;
    if (evidence.kind === 'final_ruling') {
      const file = await strapi.db.query('plugin::upload.file').count({ where: { id: evidence.document } });
      return {
        kind: 'final_ruling',
        hasDocument: file > 0,
        authority: evidence.authority,
        issuedAt: evidence.issuedAt,
        final: evidence.final,
      };
    }
    const meeting = (await strapi.db.query('plugin::wasl.committee-meeting').findOne({
      where: { documentId: evidence.meeting },
      select: ['meetingAt', 'status'],
      populate: { committee: { select: ['type'] } },
    })) as { meetingAt: string | null; status: string; committee: { type: string } | null } | null;
    return {
      kind: 'committee_minutes',
      committeeType: meeting?.committee?.type ?? null,
      meetingAt: meeting?.meetingAt ?? null,
      approved: meeting?.status === 'minutes_approved',
      harm: evidence.harm,
      size: evidence.size,
      causes: evidence.causes,
    };
  };

  const explain = async (claim: Claim) => {
    const records: Partial<Record<Condition, ConditionRecord>> = {};
    for (const c of CONDITIONS) {
      const stored = claim.conditions?.[c];
      if (stored) records[c] = { established: stored.established, evidence: await evidenceFacts(stored.evidence) };
    }
    return explainSettlement(records);
  };

  /** Writes a step with the version check, its audit entry, in one transaction. */
  const write = async (
    claim: Claim,
    actor: StaffActor,
    version: number | undefined,
    action: string,
    columns: Record<string, unknown>,
    attributes?: Record<string, unknown>,
  ) => {
    const expected = version ?? claim.version;
    await strapi.db.transaction(async ({ trx }) => {
      const changed = await trx('wasl_compensation_claims')
        .where({ id: claim.id, version: expected })
        .update({ ...columns, version: expected + 1, updated_at: new Date() });
      if (changed !== 1) throw waslError('STALE_VERSION');
      // The console's checklist columns, through the query engine (it knows their column names).
      if (attributes) await strapi.db.query(CLAIM).update({ where: { id: claim.id }, data: attributes });
      await getService(strapi, 'audit').record({
        actor,
        action,
        resource: 'compensation-claims',
        recordId: claim.documentId,
        summary: { fields: Object.keys(columns) },
      });
    });
    return getService(strapi, 'records').findOne('compensation-claims', claim.documentId, actor);
  };

  const checked = async (
    documentId: string,
    step: 'condition' | 'negotiate' | 'settle' | 'close',
    actor: StaffActor,
  ) => {
    const claim = await load(documentId);
    const check = checkClaimStep(step, claim.status, actor.role);
    if (!check.ok) throw waslError(check.code);
    return claim;
  };

  const logEntry = (claim: Claim, actor: StaffActor, entry: Record<string, unknown>) =>
    JSON.stringify([...(claim.negotiationLog ?? []), { at: new Date().toISOString(), by: actor.id, ...entry }]);

  return {
    async open(complaintId: string, input: OpenClaimInput, actor: StaffActor) {
      if (!CLAIM_STEP_ROLES.open.includes(actor.role)) throw waslError('ROLE_NOT_ALLOWED');
      const complaint = (await strapi.db.query('plugin::wasl.complaint').findOne({
        where: { documentId: complaintId },
        select: ['id', 'kind'],
        populate: { beneficiary: { select: ['id'] } },
      })) as { id: number; kind: string; beneficiary: { id: number } | null } | null;
      if (!complaint) throw waslError('NOT_FOUND');
      if (complaint.kind !== 'complaint') throw waslError('TRANSITION_NOT_ALLOWED');
      const created = await strapi.db.transaction(async () => {
        const trackingNumber: string = await getService(strapi, 'tracking').next('claim', new Date());
        const row = (await strapi.db.query(CLAIM).create({
          data: {
            trackingNumber,
            complaint: complaint.id,
            beneficiary: complaint.beneficiary?.id ?? null,
            status: 'open',
            version: 1,
            harmDescription: input.harmDescription,
            conditions: {},
            negotiationLog: [],
          },
        })) as { documentId: string };
        await getService(strapi, 'audit').record({
          actor,
          action: 'open_claim',
          resource: 'compensation-claims',
          recordId: row.documentId,
          summary: { complaint: complaintId },
        });
        return row;
      });
      return getService(strapi, 'records').findOne('compensation-claims', created.documentId, actor);
    },

    async explain(documentId: string) {
      return explain(await load(documentId));
    },

    async condition(documentId: string, input: ConditionInput, actor: StaffActor) {
      const claim = await checked(documentId, 'condition', actor);
      if (
        input.evidence?.kind === 'committee_minutes' &&
        !(await strapi.db
          .query('plugin::wasl.committee-meeting')
          .count({ where: { documentId: input.evidence.meeting } }))
      ) {
        throw waslError('VALIDATION_FAILED', [{ field: 'evidence.meeting', code: 'FIELD_INVALID_REFERENCE' }]);
      }
      const stored: StoredCondition = {
        established: input.established,
        evidence: input.evidence ?? null,
        note: input.note ?? null,
        recordedBy: actor.id,
        at: new Date().toISOString(),
      };
      const key = input.condition.toLowerCase();
      return write(
        claim,
        actor,
        input.version,
        'claim_condition',
        {
          conditions: JSON.stringify({ ...(claim.conditions ?? {}), [input.condition]: stored }),
          status: claim.status === 'open' ? 'investigating' : claim.status,
        },
        {
          [`${key}Established`]: input.established,
          [`${key}Evidence`]: input.evidence ? JSON.stringify(input.evidence).slice(0, 2000) : null,
        },
      );
    },

    async negotiate(documentId: string, input: NegotiateInput, actor: StaffActor) {
      const claim = await checked(documentId, 'negotiate', actor);
      return write(claim, actor, input.version, 'claim_negotiation', {
        negotiation_log: logEntry(claim, actor, { note: input.note, offer: input.offer ?? null }),
        status: 'negotiating',
      });
    },

    /** C1–C3 must each be established with evidence; otherwise 409 with every unmet condition in both languages. */
    async settle(documentId: string, input: SettleInput, actor: StaffActor) {
      const claim = await checked(documentId, 'settle', actor);
      const verdict = await explain(claim);
      if (!verdict.settleable) {
        throw waslError(
          'SETTLEMENT_CONDITIONS_UNMET',
          [],
          { unmetAr: verdict.unmet.map((u) => u.ar).join('؛ '), unmetEn: verdict.unmet.map((u) => u.en).join('; ') },
          { unmet: verdict.unmet },
        );
      }
      return write(claim, actor, input.version, 'claim_settled', {
        status: 'settled',
        outcome: 'compensated',
        amount: input.amount,
        settled_at: new Date(),
        negotiation_log: logEntry(claim, actor, { note: input.note, settledAmount: input.amount }),
      });
    },

    async close(documentId: string, input: CloseClaimInput, actor: StaffActor) {
      const claim = await checked(documentId, 'close', actor);
      return write(claim, actor, input.version, 'claim_closed', {
        status: input.outcome === 'declined' ? 'rejected' : 'closed',
        outcome: input.outcome,
        negotiation_log: logEntry(claim, actor, { note: input.note, outcome: input.outcome }),
      });
    },
  };
};
