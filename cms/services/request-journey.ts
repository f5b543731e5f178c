/**
 * The request aggregate's workflow (H2–H8): loads the facts, asks cms/domain whether the move is
 * allowed, then writes the new state, its immutable event, the decision, the audit entry and the
 * beneficiary's notification in one transaction. Concurrent moves are settled by an optimistic
 * version check: exactly one wins, the other answers 409 and writes nothing.
 */
import type { Core } from '@strapi/strapi';
import { explainEligibility, missingDocuments, type Unmet } from '../domain/eligibility';
import {
  checkTransition,
  DEFAULT_FLAGS,
  nextSteps,
  type JourneyFacts,
  type RequestStatus,
  type ServiceFlags,
  type VoteTally,
} from '../domain/request-journey';
import { waslError } from '../utils/errors';
import type { StaffActor } from './records';
import { workflowNow } from '../utils/clock';
import { getService } from '../utils/services';
import type { SlaUnit } from '../domain/sla-calendar';

const REQUEST = 'plugin::wasl.service-request';

type Person = {
  id: number;
  fullNameAr: string;
  nationality: string;
  legalResidency: boolean;
  gender: string;
  socialStatus: string;
  birthDate: string | null;
  preferredChannel: string;
  phone: string;
  email: string | null;
};
type Service = {
  id: number;
  nameAr: string;
  eligibilityRules: unknown;
  requiredDocuments: unknown;
  slaDays: number | null;
  slaUnit: SlaUnit | null;
  ratingRequired: boolean;
  committee: { id: number; quorum: number } | null;
  needsInterview: boolean | null;
  needsResearch: boolean | null;
  needsReferral: boolean | null;
};
export type LoadedRequest = {
  id: number;
  documentId: string;
  trackingNumber: string;
  status: RequestStatus;
  version: number;
  completedAt: string | null;
  dueAt: string | null;
  slaMet: boolean | null;
  researchReport: string | null;
  interviewPassed: boolean | null;
  registeredOnline: boolean | null;
  referralSource: string | null;
  intakeData: Record<string, unknown> | null;
  documentsProvided: string[] | null;
  beneficiary: Person;
  service: Service;
};

export type TransitionInput = { to: string; note: string | null; version: number | null };

export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** P1: with a caller, a confidential case they are not on is the same 404 as an unknown id. */
  const load = async (documentId: string, actor?: StaffActor): Promise<LoadedRequest> => {
    if (actor) await getService(strapi, 'confidential').assertRequestVisible(documentId, actor);
    const row = await strapi.db
      .query(REQUEST)
      .findOne({ where: { documentId }, populate: { beneficiary: true, service: { populate: { committee: true } } } });
    if (!row) throw waslError('NOT_FOUND');
    return row as LoadedRequest;
  };

  /** Missing documents and unmet eligibility, each with its Arabic and English reason (H2, H3, YSR-E). */
  const whatIsMissing = (request: LoadedRequest): Unmet[] => [
    ...missingDocuments(request.service.requiredDocuments, request.documentsProvided),
    ...explainEligibility(request.service.eligibilityRules ?? [], {
      beneficiary: request.beneficiary,
      request,
      today: new Date(),
    }).unmet,
  ];

  const tally = async (request: LoadedRequest): Promise<VoteTally> => {
    // 'id' in the select: a relation filter makes the query DISTINCT, which would fold equal votes into one.
    const votes = (await strapi.db
      .query('plugin::wasl.vote')
      .findMany({ where: { request: { id: request.id } }, select: ['id', 'choice'] })) as { choice: string }[];
    const count = (choice: string) => votes.filter((v) => v.choice === choice).length;
    return {
      approve: count('approve'),
      reject: count('reject'),
      abstain: count('abstain'),
      quorum: request.service.committee?.quorum ?? 1,
    };
  };

  /** H5: a witnessed statement, or one signed with the beneficiary's signature image. */
  const hasSignedAttestation = async (requestId: number): Promise<boolean> => {
    const rows = (await strapi.db.query('plugin::wasl.attestation').findMany({
      where: { request: { id: requestId } },
      select: ['id', 'method'],
      populate: { signature: { select: ['id'] } },
    })) as { method: string; signature: { id: number } | null }[];
    return rows.some((a) => a.method === 'witnessed_checkbox' || Boolean(a.signature));
  };

  const flagsOf = (service: Service): ServiceFlags => ({
    needsInterview: service.needsInterview ?? DEFAULT_FLAGS.needsInterview,
    needsResearch: service.needsResearch ?? DEFAULT_FLAGS.needsResearch,
    needsReferral: service.needsReferral ?? DEFAULT_FLAGS.needsReferral,
  });

  const factsOf = async (request: LoadedRequest, note: string | null): Promise<JourneyFacts> => ({
    missing: whatIsMissing(request),
    hasAttestation: await hasSignedAttestation(request.id),
    hasResearchReport: Boolean(request.researchReport?.trim()),
    votes: await tally(request),
    note,
    flags: flagsOf(request.service),
    interviewRecorded: request.interviewPassed === true || request.interviewPassed === false,
    referralRecorded: Boolean(request.referralSource),
  });

  /**
   * H7: the deadline replayed from the event log with this move appended: set when the clock
   * (re)starts, cleared while the request waits on the beneficiary, judged met or missed at the decision.
   */
  const slaFields = async (request: LoadedRequest, to: RequestStatus, now: Date) => {
    const calendar = await getService(strapi, 'calendar').load();
    const clock = await getService(strapi, 'request-sla').clockAfter(request, { toStatus: to, at: now }, calendar);
    const decided = to === 'approved' || to === 'rejected';
    return {
      ...(clock.running ? { due_at: clock.dueAt } : to === 'incomplete' ? { due_at: null } : {}),
      ...(to === 'complete' && !request.completedAt ? { completed_at: now } : {}),
      ...(decided && clock.dueAt ? { sla_met: now.getTime() <= clock.dueAt.getTime() } : {}),
    };
  };

  const stateFields = (to: RequestStatus, now: Date, missing: readonly Unmet[]) => ({
    ...(to === 'complete'
      ? { eligibility_snapshot: JSON.stringify({ checkedAt: now.toISOString(), unmet: missing }) }
      : {}),
    ...(to === 'approved' || to === 'rejected' ? { decided_at: now } : {}),
    ...(to === 'closed' || to === 'withdrawn' ? { closed_at: now } : {}),
  });

  return {
    load,

    /** What the request page shows: what is missing, the eligibility verdict and the next steps of this role. */
    async explain(documentId: string, actor: StaffActor, audited = true) {
      const request = await load(documentId, actor);
      if (audited) await getService(strapi, 'read-audit').oneRead('service-requests', documentId, actor, 'journey');
      const facts = await factsOf(request, null);
      const calendar = await getService(strapi, 'calendar').load();
      const clock = await getService(strapi, 'request-sla').clockAfter(request, null, calendar);
      const [state] = await getService(strapi, 'request-sla').stateOf([request]);
      return {
        status: request.status,
        version: request.version,
        sla: {
          state,
          dueAt: clock.running || clock.stoppedAt ? clock.dueAt : null,
          startedAt: clock.startedAt,
          usedDays: clock.usedDays,
          stoppedAt: clock.stoppedAt,
        },
        missing: facts.missing,
        hasAttestation: facts.hasAttestation,
        votes: facts.votes,
        nextSteps: nextSteps(request.status, actor.role, flagsOf(request.service)),
      };
    },

    async transition(documentId: string, input: TransitionInput, actor: StaffActor) {
      const request = await load(documentId, actor);
      const to = input.to as RequestStatus;
      const facts = await factsOf(request, input.note);
      const check = checkTransition(request.status, to, actor.role, facts);
      if (!check.ok) throw waslError(check.code, [], {}, { blockers: check.blockers });
      const expected = input.version ?? request.version;
      const now = workflowNow();
      const sla = await slaFields(request, to, now);
      await strapi.db.transaction(async ({ trx }) => {
        const changed = await trx('wasl_service_requests')
          .where({ id: request.id, version: expected })
          .update({
            status: to,
            version: expected + 1,
            updated_at: now,
            ...sla,
            ...stateFields(to, now, facts.missing),
          });
        if (changed !== 1) throw waslError('STALE_VERSION');
        await strapi.db.query('plugin::wasl.request-event').create({
          data: {
            request: request.id,
            fromStatus: request.status,
            toStatus: to,
            actor: actor.id,
            actorRole: actor.role,
            at: now,
            note: input.note,
          },
        });
        if (to === 'approved' || to === 'rejected') {
          await strapi.db.query('plugin::wasl.decision').create({
            data: {
              request: request.id,
              outcome: to,
              reasonsAr: input.note,
              decidedAt: now,
              approveCount: facts.votes.approve,
              rejectCount: facts.votes.reject,
              abstainCount: facts.votes.abstain,
              quorumMet: true,
            },
          });
        }
        await getService(strapi, 'audit').record({
          actor,
          action: 'transition',
          resource: 'service-requests',
          recordId: documentId,
          summary: { from: request.status, to },
        });
        await getService(strapi, 'beneficiary-notices').afterTransition(request, to, {
          dueAt: to === 'complete' ? (sla.due_at ?? null) : null,
          reasons: input.note,
        });
      });
      // The move is audited above; the journey it answers with is not a second read.
      return this.explain(documentId, actor, false);
    },
  };
};
