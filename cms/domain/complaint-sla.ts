/**
 * CM4, MC10: each complaint category has its own answer deadline in working days (the same calendar
 * as service requests, H7). The association sets `complaintSlaByCategory` in its profile, e.g.
 * `{ "staff_conduct": 3, "technical_support": 2 }`; a category it leaves out takes `complaintSlaDays`.
 * Pure.
 */
import { computeDueAt, type WorkingCalendar } from './sla-calendar';

export type ComplaintSlaSetting = { defaultDays: number; byCategory: Record<string, unknown> | null };

export const complaintSlaDays = (category: string, setting: ComplaintSlaSetting): number => {
  const days = setting.byCategory?.[category];
  return typeof days === 'number' && Number.isInteger(days) && days >= 1 && days <= 365 ? days : setting.defaultDays;
};

/** The deadline of a complaint received (or reopened) at `from`. */
export const complaintDueAt = (from: Date, category: string, setting: ComplaintSlaSetting, calendar: WorkingCalendar): Date =>
  computeDueAt(from, complaintSlaDays(category, setting), 'working_days', calendar);
