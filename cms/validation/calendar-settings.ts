/**
 * H7: the calendar an admin edits must leave the deadline computable: holidays that end after they
 * start, a working week with at least one working day, working hours that start before they end.
 */
import type { FieldError } from '../utils/errors';

type Data = Record<string, unknown>;

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

export const checkHolidayDates = (holiday: Data): FieldError[] => {
  const { startDate, endDate } = holiday;
  if (typeof startDate !== 'string' || typeof endDate !== 'string') return [];
  return endDate < startDate ? [{ field: 'endDate', code: 'HOLIDAY_RANGE_INVALID' }] : [];
};

const validWeekend = (days: unknown): boolean =>
  Array.isArray(days) &&
  days.length < 7 &&
  new Set(days).size === days.length &&
  days.every((d) => Number.isInteger(d) && d >= 0 && d <= 6);

export const checkCalendarSettings = (profile: Data): FieldError[] => {
  const errors: FieldError[] = [];
  if (profile.weekendDays !== undefined && profile.weekendDays !== null && !validWeekend(profile.weekendDays)) {
    errors.push({ field: 'weekendDays', code: 'WEEKEND_DAYS_INVALID' });
  }
  const start = profile.workdayStart ?? '08:00';
  const end = profile.workdayEnd ?? '16:00';
  if (typeof start !== 'string' || !HHMM.test(start))
    errors.push({ field: 'workdayStart', code: 'WORKDAY_HOURS_INVALID' });
  else if (typeof end !== 'string' || !HHMM.test(end) || end <= start)
    errors.push({ field: 'workdayEnd', code: 'WORKDAY_HOURS_INVALID' });
  return errors;
};
