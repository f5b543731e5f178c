/**
 * H6: the committee studies each request on a meeting's agenda and every member votes once, with a
 * reason; the journey then needs the committee's quorum and a majority to approve or reject.
 */
import type { Core } from '@strapi/strapi';
import { decisionReasons, settledOutcome, type CastVote } from '../domain/committee-decision';
import type { VoteTally } from '../domain/request-journey';
import { isUniqueViolation, isWaslError, waslError } from '../utils/errors';
import type { StaffActor } from './records';
import { getService } from '../utils/services';

export type VoteInput = { choice: 'approve' | 'reject' | 'abstain'; reason: string | null };

/** One vote per member per request, enforced by a unique index. */
export const voteKey = (requestId: number, memberId: number): string => `request:${requestId}:${memberId}`;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const query = (name: string) => strapi.db.query(`plugin::wasl.${name}` as never);

  /** The committee's open meeting (held or scheduled), or a new one numbered after the last. */
  const openMeeting = async (committeeId: number, now: Date): Promise<number> => {
    const open = await query('committee-meeting').findOne({
      where: { committee: committeeId, status: { $in: ['scheduled', 'held'] } },
      orderBy: { meetingAt: 'desc' },
    });
    if (open) return open.id;
    const last = await query('committee-meeting').findOne({
      where: { committee: committeeId },
      orderBy: { number: 'desc' },
      select: ['number'],
    });
    const created = await query('committee-meeting').create({
      data: { committee: committeeId, number: (last?.number ?? 0) + 1, meetingAt: now, status: 'held' },
    });
    return created.id;
  };

  const agendaItemFor = async (meetingId: number, requestId: number): Promise<number> => {
    const existing = await query('agenda-item').findOne({ where: { meeting: meetingId, request: requestId } });
    if (existing) return existing.id;
    const position = (await query('agenda-item').count({ where: { meeting: meetingId } })) + 1;
    return (
      await query('agenda-item').create({
        data: { meeting: meetingId, itemType: 'request', request: requestId, position, status: 'voting' },
      })
    ).id;
  };

  /** H6: the vote that settles the committee's majority records the decision, as that member's step. */
  const decideIfSettled = async (documentId: string, requestId: number, actor: StaffActor) => {
    const journey = getService(strapi, 'request-journey');
    const view = (await journey.explain(documentId, actor, false)) as { version: number; votes: VoteTally };
    const outcome = settledOutcome(view.votes);
    if (!outcome) return;
    const cast = (await query('vote').findMany({
      where: { request: { id: requestId } },
      select: ['id', 'choice', 'reason'],
    })) as CastVote[];
    try {
      await journey.transition(
        documentId,
        { to: outcome, note: decisionReasons(outcome, view.votes, cast), version: view.version },
        actor,
      );
    } catch (error) {
      // Two members settling it at once: the other one's vote recorded the same decision first.
      if (!(isWaslError(error) && ['STALE_VERSION', 'TRANSITION_NOT_ALLOWED'].includes(error.details.code)))
        throw error;
    }
  };

  return {
    async vote(documentId: string, input: VoteInput, actor: StaffActor) {
      const journey = getService(strapi, 'request-journey');
      const request = await journey.load(documentId, actor);
      if (request.status !== 'in_committee') throw waslError('VOTING_CLOSED');
      const committeeId = request.service.committee?.id;
      const member =
        committeeId && (await query('committee').count({ where: { id: committeeId, members: { id: actor.id } } }));
      if (!member) throw waslError('NOT_COMMITTEE_MEMBER');
      const now = new Date();
      try {
        await strapi.db.transaction(async () => {
          const item = await agendaItemFor(await openMeeting(committeeId, now), request.id);
          await query('vote').create({
            data: {
              agendaItem: item,
              request: request.id,
              member: actor.id,
              choice: input.choice,
              reason: input.reason,
              castAt: now,
              uniqueKey: voteKey(request.id, actor.id),
            },
          });
          await getService(strapi, 'audit').record({
            actor,
            action: 'vote',
            resource: 'service-requests',
            recordId: documentId,
            summary: { choice: input.choice },
          });
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw waslError('ALREADY_VOTED');
        throw error;
      }
      await decideIfSettled(documentId, request.id, actor);
      return journey.explain(documentId, actor, false);
    },
  };
};
