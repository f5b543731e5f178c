/**
 * CM5, S5: escalation messages reach managers in working hours only — never at midnight, on the
 * weekend (Friday and Saturday in Saudi Arabia) or on a holiday. A message raised outside those hours
 * waits for the start of the next working-hour window. Pure: the calendar comes from the profile.
 */
import { isWorkingDay, type WorkingCalendar } from './sla-calendar';

const RIYADH_OFFSET_MS = 3 * 3600_000;
const DAY_MS = 86_400_000;

const minutesOf = (hhmm: string): number => {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
};

const riyadhDay = (at: Date): Date => {
  const shifted = new Date(at.getTime() + RIYADH_OFFSET_MS);
  return new Date(Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate()));
};

const atRiyadhTime = (day: Date, hhmm: string): Date => new Date(day.getTime() + minutesOf(hhmm) * 60_000 - RIYADH_OFFSET_MS);

/** Whether `at` falls inside the working hours of a working day (start inclusive, end exclusive). */
export const isWithinWorkingHours = (at: Date, calendar: WorkingCalendar): boolean => {
  const day = riyadhDay(at);
  if (!isWorkingDay(day, calendar)) return false;
  const t = at.getTime();
  return t >= atRiyadhTime(day, calendar.workdayStart).getTime() && t < atRiyadhTime(day, calendar.workdayEnd).getTime();
};

/** The earliest instant at or after `at` inside working hours: `at` itself, or the next opening. */
export const nextWorkingInstant = (at: Date, calendar: WorkingCalendar): Date => {
  if (isWithinWorkingHours(at, calendar)) return at;
  let day = riyadhDay(at);
  if (!isWorkingDay(day, calendar) || at.getTime() >= atRiyadhTime(day, calendar.workdayStart).getTime()) day = new Date(day.getTime() + DAY_MS);
  for (let guard = 0; guard < 366; guard += 1) {
    if (isWorkingDay(day, calendar)) return atRiyadhTime(day, calendar.workdayStart);
    day = new Date(day.getTime() + DAY_MS);
  }
  throw new RangeError('nextWorkingInstant: no working day within a year; check the weekend and holidays');
};
