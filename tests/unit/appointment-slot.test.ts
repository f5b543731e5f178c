/**
 * MC6: the slot rules on the demo association's calendar — Sunday to Thursday, 08:00–16:00 Riyadh (UTC+3),
 * Founding Day (22 February 2027) a holiday. Sunday 10 January 2027 is a working day, Friday 8 January the weekend.
 */
import { officialKeyOf, slotRefusal } from '../../cms/domain/appointment-slot';
import type { WorkingCalendar } from '../../cms/domain/sla-calendar';

const CALENDAR: WorkingCalendar = {
  weekendDays: [5, 6],
  workdayStart: '08:00',
  workdayEnd: '16:00',
  holidays: [{ startDate: '2027-02-22', endDate: '2027-02-22' }],
};
const at = (iso: string) => new Date(iso);

describe('appointment slots', () => {
  it.each([
    ['08:00–08:30 Riyadh on a Sunday', '2027-01-10T05:00:00Z', '2027-01-10T05:30:00Z', null],
    ['15:30–16:00 Riyadh, ending at closing', '2027-01-10T12:30:00Z', '2027-01-10T13:00:00Z', null],
    [
      '07:59 Riyadh, a minute before opening',
      '2027-01-10T04:59:00Z',
      '2027-01-10T05:30:00Z',
      'APPOINTMENT_OUTSIDE_WORKING_HOURS',
    ],
    [
      '15:45–16:15 Riyadh, past closing',
      '2027-01-10T12:45:00Z',
      '2027-01-10T13:15:00Z',
      'APPOINTMENT_OUTSIDE_WORKING_HOURS',
    ],
    ['a Friday', '2027-01-08T07:00:00Z', '2027-01-08T07:30:00Z', 'APPOINTMENT_ON_WEEKEND'],
    ['Founding Day', '2027-02-22T07:00:00Z', '2027-02-22T07:30:00Z', 'APPOINTMENT_ON_HOLIDAY'],
    ['an end equal to the start', '2027-01-10T07:00:00Z', '2027-01-10T07:00:00Z', 'APPOINTMENT_ENDS_BEFORE_START'],
    ['an end before the start', '2027-01-10T07:00:00Z', '2027-01-10T06:00:00Z', 'APPOINTMENT_ENDS_BEFORE_START'],
  ])('[MC6] %s', (_name, startsAt, endsAt, expected) => {
    expect(slotRefusal(at(startsAt), at(endsAt), CALENDAR)).toBe(expected);
  });

  it("[MC6] an official's name is compared without the title's dot, hamza forms or extra spaces", () => {
    expect(officialKeyOf('أ.  نوال عبدالله القحطاني')).toBe('ا نوال عبدالله القحطاني');
    expect(officialKeyOf('ا نوال  عبدالله القحطانى')).toBe(officialKeyOf('أ. نوال عبدالله القحطاني'));
  });
});
