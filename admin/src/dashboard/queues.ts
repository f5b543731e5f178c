/**
 * Each role's landing counts: its own queues, read from the list endpoints it already may use (the
 * Content-Range total of a one-row page), with filters the records API knows (cms/services/record-hooks.ts).
 */
import type { ResourceName } from '../../../cms/constants/access';
import { ROLES, type StaffRole } from '../../../cms/constants/roles';

/** The stats contract's readers: the manager and the association admin land on the statistics. */
export const seesStatistics = (role: StaffRole | null): boolean =>
  role === ROLES.MANAGER || role === ROLES.ASSOCIATION_ADMIN;

export type Queue = { key: string; resource: ResourceName; filter: Record<string, unknown> };

/** Complaint states that are still being worked (not resolved or closed). */
export const OPEN_COMPLAINT_STATES = ['received', 'assigned', 'in_progress', 'awaiting_complainant', 'reopened'];

/** The instant today began in Riyadh (UTC+3, no DST), as the records API compares datetimes. */
export const riyadhMidnight = (now: Date = new Date()): string => {
  const day = new Date(now.getTime() + 3 * 3_600_000).toISOString().slice(0, 10);
  return new Date(`${day}T00:00:00+03:00`).toISOString();
};

export const queuesFor = (role: StaffRole | null, now: Date = new Date()): Queue[] => {
  const today = riyadhMidnight(now);
  switch (role) {
    case ROLES.RECEPTION_OFFICER:
      return [
        { key: 'requests_received_today', resource: 'service-requests', filter: { receivedAt_gte: today } },
        { key: 'requests_incomplete', resource: 'service-requests', filter: { status: 'incomplete' } },
        { key: 'complaints_received_today', resource: 'complaints', filter: { receivedAt_gte: today } },
      ];
    case ROLES.SOCIAL_RESEARCHER:
      return [
        { key: 'requests_in_research', resource: 'service-requests', filter: { status: 'in_research' } },
        {
          key: 'research_overdue',
          resource: 'service-requests',
          filter: { status: 'in_research', slaState: 'overdue' },
        },
      ];
    case ROLES.COMMITTEE_MEMBER:
      return [
        {
          key: 'awaiting_my_vote',
          resource: 'service-requests',
          filter: { status: 'in_committee', awaitingMyVote: true },
        },
      ];
    case ROLES.FOLLOW_UP_COMMITTEE:
      return [
        {
          key: 'escalated_open',
          resource: 'complaints',
          filter: { status: OPEN_COMPLAINT_STATES, escalationLevel_gt: 0 },
        },
        { key: 'complaints_overdue', resource: 'complaints', filter: { slaState: 'overdue' } },
        { key: 'complaints_open', resource: 'complaints', filter: { status: OPEN_COMPLAINT_STATES } },
      ];
    case ROLES.CONTACT_OFFICER:
      return [
        {
          key: 'mine_open',
          resource: 'complaints',
          filter: { assignedToMe: true, status: OPEN_COMPLAINT_STATES },
        },
        { key: 'mine_overdue', resource: 'complaints', filter: { assignedToMe: true, slaState: 'overdue' } },
        { key: 'mine_due_soon', resource: 'complaints', filter: { assignedToMe: true, slaState: 'due_soon' } },
      ];
    default:
      return [];
  }
};
