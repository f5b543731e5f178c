/**
 * The working-day calendar behind every deadline (H7): ESR answers within 15 working days of the
 * request becoming complete, YSR and GRN within two weeks, HRF within a month. Saudi Arabia keeps
 * UTC+3 all year (no daylight saving), so Riyadh wall-clock time is a fixed offset from UTC.
 * Pure: the holidays and the working week come from the association profile.
 */

export type SlaUnit = 'working_days' | 'calendar_days';

export type HolidayRange = { startDate: string; endDate: string };

export type WorkingCalendar = {
  /** 0 = Sunday … 6 = Saturday (Date#getUTCDay of the Riyadh day). Saudi default: Friday and Saturday. */
  weekendDays: readonly number[];
  holidays: readonly HolidayRange[];
  /** Riyadh wall-clock "HH:MM". */
  workdayStart: string;
  workdayEnd: string;
};

export const DEFAULT_CALENDAR: WorkingCalendar = { weekendDays: [5, 6], holidays: [], workdayStart: '08:00', workdayEnd: '16:00' };

const RIYADH_OFFSET_MS = 3 * 3600_000;
const DAY_MS = 86_400_000;

const minutesOf = (hhmm: string): number => {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
};

/** The Riyadh calendar day of an instant, as a UTC-midnight Date used only for day arithmetic. */
const riyadhDay = (at: Date): Date => {
  const shifted = new Date(at.getTime() + RIYADH_OFFSET_MS);
  return new Date(Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate()));
};

const dayKey = (day: Date): string => day.toISOString().slice(0, 10);
const addDays = (day: Date, n: number): Date => new Date(day.getTime() + n * DAY_MS);

/** The instant of a Riyadh wall-clock time on a day. */
const atRiyadhTime = (day: Date, hhmm: string): Date => new Date(day.getTime() + minutesOf(hhmm) * 60_000 - RIYADH_OFFSET_MS);

export const isHoliday = (day: Date, calendar: WorkingCalendar): boolean => {
  const key = dayKey(day);
  return calendar.holidays.some((h) => h.startDate <= key && key <= h.endDate);
};

export const isWorkingDay = (day: Date, calendar: WorkingCalendar): boolean =>
  !calendar.weekendDays.includes(day.getUTCDay()) && !isHoliday(day, calendar);

const nextWorkingDay = (day: Date, calendar: WorkingCalendar): Date => {
  let cursor = day;
  // A calendar with every day off would loop for ever; a year of days off is a configuration error.
  for (let guard = 0; guard < 366; guard += 1) {
    if (isWorkingDay(cursor, calendar)) return cursor;
    cursor = addDays(cursor, 1);
  }
  throw new RangeError('computeDueAt: no working day within a year; check the weekend and holidays');
};

/**
 * H7: the clock starts when the request became complete if that is inside working hours of a working
 * day, otherwise at the start of the next working day (a request completed on Friday, a holiday or
 * after hours is not charged for the time the office was closed). The deadline is the end of the
 * working day N working days (or N calendar days) after the day the clock started; a calendar-day
 * deadline that lands on a day off moves to the next working day.
 */
export const computeDueAt = (startedAt: Date, amount: number, unit: SlaUnit, calendar: WorkingCalendar = DEFAULT_CALENDAR): Date => {
  if (!Number.isInteger(amount) || amount < 1) throw new RangeError('computeDueAt: amount must be a positive integer');
  const startDay = riyadhDay(startedAt);
  const closedToday = !isWorkingDay(startDay, calendar) || startedAt.getTime() >= atRiyadhTime(startDay, calendar.workdayEnd).getTime();
  const clockDay = closedToday ? nextWorkingDay(addDays(startDay, 1), calendar) : startDay;
  if (unit === 'calendar_days') return atRiyadhTime(nextWorkingDay(addDays(clockDay, amount), calendar), calendar.workdayEnd);
  let day = clockDay;
  for (let counted = 0; counted < amount; counted += 1) day = nextWorkingDay(addDays(day, 1), calendar);
  return atRiyadhTime(day, calendar.workdayEnd);
};

/**
 * Working days used between two instants: the working days after the day of `from` up to and
 * including the day of `to`. A request that went back to `incomplete` keeps what it had used (H7).
 */
export const workingDaysBetween = (from: Date, to: Date, calendar: WorkingCalendar = DEFAULT_CALENDAR): number => {
  const last = riyadhDay(to).getTime();
  let count = 0;
  for (let day = addDays(riyadhDay(from), 1); day.getTime() <= last; day = addDays(day, 1)) if (isWorkingDay(day, calendar)) count += 1;
  return count;
};
