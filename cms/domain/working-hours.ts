/**
 * CM5, S5: escalation messages reach managers in working hours only — never at midnight, on the
 * weekend (Friday and Saturday in Saudi Arabia) or on a holiday. A message raised outside those hours
 * waits for the start of the next working-hour window. Pure: the calendar comes from the profile.
 */
import { addDays, atRiyadhTime, isWorkingDay, nextWorkingDay, riyadhDay, type WorkingCalendar } from './sla-calendar';

/** Whether `at` falls inside the working hours of a working day (start inclusive, end exclusive). */
export const isWithinWorkingHours = (at: Date, calendar: WorkingCalendar): boolean => {
  const day = riyadhDay(at);
  if (!isWorkingDay(day, calendar)) return false;
  const t = at.getTime();
  return (
    t >= atRiyadhTime(day, calendar.workdayStart).getTime() && t < atRiyadhTime(day, calendar.workdayEnd).getTime()
  );
};

/** The earliest instant at or after `at` inside working hours: `at` itself, or the next opening. */
export const nextWorkingInstant = (at: Date, calendar: WorkingCalendar): Date => {
  if (isWithinWorkingHours(at, calendar)) return at;
  const today = riyadhDay(at);
  const beforeOpening =
    isWorkingDay(today, calendar) && at.getTime() < atRiyadhTime(today, calendar.workdayStart).getTime();
  return atRiyadhTime(beforeOpening ? today : nextWorkingDay(addDays(today, 1), calendar), calendar.workdayStart);
};
