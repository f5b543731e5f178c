/**
 * H6: the minutes of a committee meeting, written by a member and approved by each member who took
 * part. Approvals are read and written under a row lock (PostgreSQL) or the single writer (SQLite),
 * so two members approving at the same moment are both kept.
 */
import type { Core } from '@strapi/strapi';
import {
  checkMinutesApproval,
  checkMinutesWrite,
  minutesComplete,
  requiredApprovers,
  type MeetingStatus,
  type MinutesApproval,
} from '../domain/committee-minutes';
import { waslError } from '../utils/errors';
import type { StaffActor } from './records';
import { getService } from '../utils/services';

type Meeting = {
  id: number;
  documentId: string;
  status: MeetingStatus;
  committee: { id: number; members: { id: number }[] } | null;
};
type Knex = (table: string) => {
  where(w: object): {
    first(...cols: string[]): Promise<Record<string, unknown>> & { forUpdate(): Promise<Record<string, unknown>> };
    update(data: object): Promise<number>;
  };
};

const TABLE = 'wasl_committee_meetings';

const parseApprovals = (raw: unknown): MinutesApproval[] => {
  const value = typeof raw === 'string' ? (JSON.parse(raw) as unknown) : raw;
  return Array.isArray(value) ? (value as MinutesApproval[]) : [];
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const load = async (documentId: string): Promise<Meeting> => {
    const meeting = await strapi.db.query('plugin::wasl.committee-meeting').findOne({
      where: { documentId },
      select: ['id', 'documentId', 'status'],
      populate: { committee: { select: ['id'], populate: { members: { select: ['id'] } } } },
    });
    if (!meeting) throw waslError('NOT_FOUND');
    return meeting as Meeting;
  };

  const membersOf = (meeting: Meeting) => (meeting.committee?.members ?? []).map((m) => m.id);

  const votersAt = async (meetingId: number): Promise<number[]> => {
    const votes = (await strapi.db.query('plugin::wasl.vote').findMany({
      where: { agendaItem: { meeting: { id: meetingId } } },
      select: ['id'],
      populate: { member: { select: ['id'] } },
    })) as { member: { id: number } | null }[];
    return [...new Set(votes.map((v) => v.member?.id).filter((id): id is number => typeof id === 'number'))];
  };

  const audit = (actor: StaffActor, action: string, documentId: string, summary: Record<string, unknown>) =>
    getService(strapi, 'audit').record({
      actor,
      action,
      resource: 'committee-meetings',
      recordId: documentId,
      summary,
    });

  const lockedRow = async (trx: Knex, id: number) => {
    const query = trx(TABLE).where({ id }).first('status', 'minutes_approvals');
    return strapi.db.dialect.client === 'postgres' ? query.forUpdate() : query;
  };

  return {
    /** Writing (or rewriting) the minutes sends them for approval and withdraws earlier approvals. */
    async write(documentId: string, minutesAr: string, actor: StaffActor) {
      const meeting = await load(documentId);
      await strapi.db.transaction(async ({ trx }) => {
        const row = await lockedRow(trx as unknown as Knex, meeting.id);
        const check = checkMinutesWrite(row.status as MeetingStatus, actor.id, membersOf(meeting));
        if (!check.ok) throw waslError(check.code);
        await (trx as unknown as Knex)(TABLE)
          .where({ id: meeting.id })
          .update({
            minutes_ar: minutesAr,
            status: 'minutes_pending',
            minutes_approvals: JSON.stringify([]),
            updated_at: new Date(),
          });
        await audit(actor, 'minutes_written', documentId, {
          withdrawnApprovals: parseApprovals(row.minutes_approvals).length,
        });
      });
      return this.state(documentId);
    },

    async approve(documentId: string, actor: StaffActor) {
      const meeting = await load(documentId);
      const required = requiredApprovers(membersOf(meeting), await votersAt(meeting.id));
      await strapi.db.transaction(async ({ trx }) => {
        const row = await lockedRow(trx as unknown as Knex, meeting.id);
        const approvals = parseApprovals(row.minutes_approvals);
        const check = checkMinutesApproval(row.status as MeetingStatus, actor.id, required, approvals);
        if (!check.ok) throw waslError(check.code);
        const next = [...approvals, { member: actor.id, at: new Date().toISOString() }];
        const status = minutesComplete(required, next) ? 'minutes_approved' : 'minutes_pending';
        await (trx as unknown as Knex)(TABLE)
          .where({ id: meeting.id })
          .update({ minutes_approvals: JSON.stringify(next), status, updated_at: new Date() });
        await audit(actor, 'minutes_approved', documentId, {
          approvals: next.length,
          required: required.length,
          status,
        });
      });
      return this.state(documentId);
    },

    /** What the meeting page shows: status, who approved, who still has to. */
    async state(documentId: string) {
      const meeting = await load(documentId);
      const row = await strapi.db
        .query('plugin::wasl.committee-meeting')
        .findOne({ where: { id: meeting.id }, select: ['status', 'minutesAr', 'minutesApprovals'] });
      const approvals = parseApprovals(row?.minutesApprovals);
      const required = requiredApprovers(membersOf(meeting), await votersAt(meeting.id));
      return {
        status: row?.status,
        minutesAr: row?.minutesAr ?? null,
        approvals,
        pending: required.filter((m) => !approvals.some((a) => a.member === m)),
      };
    },
  };
};
