/**
 * H6, I1: the work a staff member takes on when the admin names them somewhere — a committee seat, a
 * complaint routing rule — and which roles can do it (the grants of cms/constants/access.ts). The server
 * refuses a member or officer whose role cannot; the console offers only those who can.
 */
import { grantedActions } from '../constants/access';
import { STAFF_ROLES, type StaffRole } from '../constants/roles';

export type StaffWork = { action: string; workAr: string; workEn: string };

const VOTING: StaffWork = {
  action: 'plugin::wasl.journey.vote',
  workAr: 'التصويت على الطلبات',
  workEn: 'voting on requests',
};
const MINUTES: StaffWork = {
  action: 'plugin::wasl.minutes.approve',
  workAr: 'اعتماد محاضر اللجنة',
  workEn: 'approving the committee minutes',
};
/** I1: a routing rule's officer answers the complaints routed to them. */
export const COMPLAINT_WORK: StaffWork = {
  action: 'plugin::wasl.complaint-workflow.act',
  workAr: 'معالجة الشكاوى',
  workEn: 'working on complaints',
};

/** H6: research and specialised committees vote on requests; the follow-up committee approves minutes (C3); the board signs. */
export const committeeWork = (type: unknown): StaffWork | null =>
  type === 'research' || type === 'specialized' ? VOTING : type === 'follow_up' ? MINUTES : null;

export const canDoWork = (role: StaffRole, work: StaffWork | null): boolean =>
  work === null || grantedActions(role).includes(work.action);

export const rolesForWork = (work: StaffWork | null): StaffRole[] => STAFF_ROLES.filter((r) => canDoWork(r, work));
