/**
 * H6 (DESIGN.md "Committee"): a meeting's minutes are written, then approved by each member who
 * took part. Editing the text withdraws the approvals given so far; approved minutes are final.
 */
export type MeetingStatus = 'scheduled' | 'held' | 'minutes_pending' | 'minutes_approved' | 'cancelled';
export type MinutesApproval = { member: number; at: string };

export type MinutesCheck =
  | { ok: true }
  | { ok: false; code: 'MINUTES_LOCKED' | 'MINUTES_NOT_PENDING' | 'MINUTES_ALREADY_APPROVED' | 'NOT_COMMITTEE_MEMBER' };

/** Who must approve: the members who voted at the meeting, or every member when nobody voted. */
export const requiredApprovers = (members: readonly number[], voters: readonly number[]): number[] => {
  const present = members.filter((m) => voters.includes(m));
  return present.length ? present : [...members];
};

export const checkMinutesWrite = (status: MeetingStatus, member: number, members: readonly number[]): MinutesCheck => {
  if (!members.includes(member)) return { ok: false, code: 'NOT_COMMITTEE_MEMBER' };
  return status === 'scheduled' || status === 'held' || status === 'minutes_pending'
    ? { ok: true }
    : { ok: false, code: 'MINUTES_LOCKED' };
};

export const checkMinutesApproval = (
  status: MeetingStatus,
  member: number,
  required: readonly number[],
  approvals: readonly MinutesApproval[],
): MinutesCheck => {
  if (!required.includes(member)) return { ok: false, code: 'NOT_COMMITTEE_MEMBER' };
  if (status !== 'minutes_pending') return { ok: false, code: 'MINUTES_NOT_PENDING' };
  return approvals.some((a) => a.member === member) ? { ok: false, code: 'MINUTES_ALREADY_APPROVED' } : { ok: true };
};

/** The minutes are approved once every required member has approved them. */
export const minutesComplete = (required: readonly number[], approvals: readonly MinutesApproval[]): boolean =>
  required.every((m) => approvals.some((a) => a.member === m));
