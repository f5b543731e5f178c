/**
 * MC6: a meeting with an official is booked only inside the association's working hours, on a working
 * day that is not a holiday, and never over another of the same official's scheduled meetings. Pure:
 * the calendar comes from the association profile and the holiday list (cms/services/calendar.ts).
 */
import { normaliseArabic } from './arabic-text';
import { atRiyadhTime, isHoliday, riyadhDay, type WorkingCalendar } from './sla-calendar';

export type SlotRefusal =
  | 'APPOINTMENT_ENDS_BEFORE_START'
  | 'APPOINTMENT_ON_HOLIDAY'
  | 'APPOINTMENT_ON_WEEKEND'
  | 'APPOINTMENT_OUTSIDE_WORKING_HOURS';

/** The official's name as the clash check compares it: titles' punctuation, diacritics and spacing do not matter. */
export const officialKeyOf = (name: string): string =>
  normaliseArabic(name.replace(/[.,،]/g, ' ')).replace(/\s+/g, ' ').trim();

/** Why the slot [startsAt, endsAt) cannot be booked, or null. One reason: the first rule it breaks. */
export const slotRefusal = (startsAt: Date, endsAt: Date, calendar: WorkingCalendar): SlotRefusal | null => {
  if (!(endsAt.getTime() > startsAt.getTime())) return 'APPOINTMENT_ENDS_BEFORE_START';
  const day = riyadhDay(startsAt);
  if (isHoliday(day, calendar)) return 'APPOINTMENT_ON_HOLIDAY';
  if (calendar.weekendDays.includes(day.getUTCDay())) return 'APPOINTMENT_ON_WEEKEND';
  const opens = atRiyadhTime(day, calendar.workdayStart).getTime();
  const closes = atRiyadhTime(day, calendar.workdayEnd).getTime();
  if (startsAt.getTime() < opens || endsAt.getTime() > closes) return 'APPOINTMENT_OUTSIDE_WORKING_HOURS';
  return null;
};
