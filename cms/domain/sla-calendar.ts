/**
 * The working-day calendar behind every deadline (H7): ESR answers within 15 working days of the
 * request becoming complete, YSR and GRN within two weeks, HRF within a month. Saudi Arabia keeps
 * UTC+3 all year (no daylight saving), so Riyadh wall-clock time is a fixed offset from UTC.
 * Pure: the holidays and the working week come from the association profile.
 */

/** HRF-H7 answers within «a month»: `month` counts whole calendar months (N months after the clock's day). */
export type SlaUnit = 'working_days' | 'calendar_days' | 'month';
export const SLA_UNITS: readonly SlaUnit[] = ['working_days', 'calendar_days', 'month'];

export type HolidayRange = { startDate: string; endDate: string };

export type WorkingCalendar = {
  /** 0 = Sunday … 6 = Saturday (Date#getUTCDay of the Riyadh day). Saudi default: Friday and Saturday. */
  weekendDays: readonly number[];
  holidays: readonly HolidayRange[];
  /** Riyadh wall-clock "HH:MM". */
  workdayStart: string;
  workdayEnd: string;
};

export const DEFAULT_CALENDAR: WorkingCalendar = {
  weekendDays: [5, 6],
  holidays: [],
  workdayStart: '08:00',
  workdayEnd: '16:00',
};

const RIYADH_OFFSET_MS = 3 * 3600_000;
const DAY_MS = 86_400_000;

const minutesOf = (hhmm: string): number => {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
};

/** The Riyadh calendar day of an instant, as a UTC-midnight Date used only for day arithmetic. */
export const riyadhDay = (at: Date): Date => {
  const shifted = new Date(at.getTime() + RIYADH_OFFSET_MS);
  return new Date(Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate()));
};

const dayKey = (day: Date): string => day.toISOString().slice(0, 10);
export const addDays = (day: Date, n: number): Date => new Date(day.getTime() + n * DAY_MS);

/** The instant of a Riyadh wall-clock time on a day. */
export const atRiyadhTime = (day: Date, hhmm: string): Date =>
  new Date(day.getTime() + minutesOf(hhmm) * 60_000 - RIYADH_OFFSET_MS);

export const isHoliday = (day: Date, calendar: WorkingCalendar): boolean => {
  const key = dayKey(day);
  return calendar.holidays.some((h) => h.startDate <= key && key <= h.endDate);
};

export const isWorkingDay = (day: Date, calendar: WorkingCalendar): boolean =>
  !calendar.weekendDays.includes(day.getUTCDay()) && !isHoliday(day, calendar);

/** The first working day on or after `day`. */
export const nextWorkingDay = (day: Date, calendar: WorkingCalendar): Date => {
  let cursor = day;
  // A calendar with every day off would loop for ever; a year of days off is a configuration error.
  for (let guard = 0; guard < 366; guard += 1) {
    if (isWorkingDay(cursor, calendar)) return cursor;
    cursor = addDays(cursor, 1);
  }
  throw new RangeError('working calendar: no working day within a year; check the weekend and holidays');
};

/**
 * HRF-H7: the same day of the month N months later; a day the target month lacks (31 January + 1 month)
 * is its last day (28 or 29 February), never a day of the month after.
 */
export const addMonths = (day: Date, months: number): Date => {
  const target = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(day.getUTCDate(), lastDay)));
};

/** The calendar days a deadline of N months spans from the clock's day (used to resume a paused month deadline). */
export const monthSpanDays = (startedAt: Date, months: number): number => {
  const first = clockDay(startedAt);
  return Math.round((addMonths(first, months).getTime() - first.getTime()) / DAY_MS);
};

/**
 * H7 (ESR: "15 working days from the date the request became complete"): the clock starts on the
 * Riyadh calendar date the request became complete, whatever the hour, and that date itself is never
 * counted. A request completed on Friday, a holiday or after hours therefore gets the same deadline
 * as one completed during the last working hours before: the first counted day is the next working day.
 */
export const clockDay = (startedAt: Date): Date => riyadhDay(startedAt);

/**
 * H7: the deadline is the end (the profile's closing hour) of the N-th working day after the day the
 * clock started; for N calendar days, the end of that day + N, moved to the next working day when it
 * is a day off.
 */
export const computeDueAt = (
  startedAt: Date,
  amount: number,
  unit: SlaUnit,
  calendar: WorkingCalendar = DEFAULT_CALENDAR,
): Date => {
  if (!Number.isInteger(amount) || amount < 1) throw new RangeError('computeDueAt: amount must be a positive integer');
  const first = clockDay(startedAt);
  if (unit === 'month') return atRiyadhTime(nextWorkingDay(addMonths(first, amount), calendar), calendar.workdayEnd);
  if (unit === 'calendar_days')
    return atRiyadhTime(nextWorkingDay(addDays(first, amount), calendar), calendar.workdayEnd);
  let day = first;
  for (let counted = 0; counted < amount; counted += 1) day = nextWorkingDay(addDays(day, 1), calendar);
  return atRiyadhTime(day, calendar.workdayEnd);
};

/**
 * Days of the deadline used between the clock starting at `from` and stopping at `to`, counted as
 * computeDueAt counts them: the days after the clock's first day up to and including the day of
 * `to` (working days, or calendar days for a calendar-day or month deadline). A request sent back to
 * `incomplete` keeps what it had used (H7).
 */
export const daysUsed = (from: Date, to: Date, unit: SlaUnit, calendar: WorkingCalendar = DEFAULT_CALENDAR): number => {
  const last = riyadhDay(to).getTime();
  let count = 0;
  for (let day = addDays(clockDay(from), 1); day.getTime() <= last; day = addDays(day, 1)) {
    if (unit !== 'working_days' || isWorkingDay(day, calendar)) count += 1;
  }
  return count;
};
