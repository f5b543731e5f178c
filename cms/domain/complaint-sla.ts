/**
 * CM4, MC10: each complaint category has its own answer deadline in working days (the same calendar
 * as service requests, H7). The association sets `complaintSlaByCategory` in its profile, e.g.
 * `{ "staff_conduct": 3, "technical_support": 2 }`; a category it leaves out takes `complaintSlaDays`.
 * Pure.
 */
import { computeDueAt, type WorkingCalendar } from './sla-calendar';
import type { ClockRules } from './sla-state';

/** The clock runs while the association owes an answer; it pauses while waiting on the complainant. */
export const COMPLAINT_CLOCK: ClockRules = {
  running: ['received', 'assigned', 'in_progress', 'reopened'],
  paused: ['awaiting_complainant'],
  stopping: ['resolved', 'closed'],
  notStarted: [],
};

export type ComplaintSlaSetting = { defaultDays: number; byCategory: Record<string, unknown> | null };

export const complaintSlaDays = (category: string, setting: ComplaintSlaSetting): number => {
  const days = setting.byCategory?.[category];
  return typeof days === 'number' && Number.isInteger(days) && days >= 1 && days <= 365 ? days : setting.defaultDays;
};

/**
 * The deadline of a complaint received (or reopened) at `from`. Working days spent waiting on the
 * complainant (`pausedDays`) do not count: the deadline moves on by as many working days.
 */
export const complaintDueAt = (
  from: Date,
  category: string,
  setting: ComplaintSlaSetting,
  calendar: WorkingCalendar,
  pausedDays = 0,
): Date => computeDueAt(from, complaintSlaDays(category, setting) + pausedDays, 'working_days', calendar);
