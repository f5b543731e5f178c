/**
 * H7: the response deadline in working or calendar days, Saudi week (Sunday–Thursday), configured
 * holidays skipped, Asia/Riyadh wall-clock time stored as UTC.
 */
import { computeDueAt, DEFAULT_CALENDAR, isWorkingDay, type WorkingCalendar } from '../../cms/domain/sla-calendar';
import { saudiHolidays } from '../../cms/seed/holidays';

const calendar: WorkingCalendar = { ...DEFAULT_CALENDAR, holidays: saudiHolidays([1447, 1448]) };
/** A Riyadh wall-clock time as the UTC instant the database stores. */
const riyadh = (local: string) => new Date(`${local}+03:00`);
const due = (local: string, n: number, unit: 'working_days' | 'calendar_days' = 'working_days', cal = calendar) =>
  computeDueAt(riyadh(local), n, unit, cal).toISOString();

describe('computeDueAt', () => {
  it('[ESR-H7] is 15 working days after the day the request became complete, at the end of that working day', () => {
    // Sunday 22 Nov 2026, 10:00 → three Sunday–Thursday weeks later: Sunday 13 Dec 2026, 16:00 Riyadh.
    expect(due('2026-11-22T10:00:00', 15)).toBe('2026-12-13T13:00:00.000Z');
  });

  it.each([
    ['[ESR-H7] a request completed on Friday starts counting on Sunday', '2026-11-27T11:00:00', 1, '2026-11-30T13:00:00.000Z'],
    ['[ESR-H7] a request completed on Saturday starts counting on Sunday', '2026-11-28T09:00:00', 1, '2026-11-30T13:00:00.000Z'],
    ['[ESR-H7] a request completed after hours on Thursday starts counting on Sunday', '2026-11-26T17:30:00', 1, '2026-11-30T13:00:00.000Z'],
    ['[ESR-H7] a request completed before hours counts that day', '2026-11-22T06:30:00', 1, '2026-11-23T13:00:00.000Z'],
    ['[ESR-H7] Thursday + 1 working day skips the weekend', '2026-11-26T10:00:00', 1, '2026-11-29T13:00:00.000Z'],
    ['[ESR-H7] National Day (Wed 23 Sep 2026) is skipped', '2026-09-20T10:00:00', 5, '2026-09-28T13:00:00.000Z'],
    ['[ESR-H7] Founding Day (Mon 22 Feb 2027) is skipped', '2027-02-21T10:00:00', 1, '2027-02-23T13:00:00.000Z'],
    ['[ESR-H7] the Eid al-Fitr 1447 holiday (18–21 Mar 2026) is skipped', '2026-03-17T10:00:00', 1, '2026-03-22T13:00:00.000Z'],
    ['[ESR-H7] the Eid al-Adha 1447 holiday (26–29 May 2026) is skipped', '2026-05-25T10:00:00', 2, '2026-06-01T13:00:00.000Z'],
    ['[ESR-H7] a request completed during Eid starts counting after it', '2026-03-19T10:00:00', 1, '2026-03-23T13:00:00.000Z'],
    ['[ESR-H7] crosses a month end', '2026-01-29T10:00:00', 3, '2026-02-03T13:00:00.000Z'],
    ['[ESR-H7] crosses the Hijri year end (1 Muharram 1448 = 16 Jun 2026)', '2026-06-14T10:00:00', 3, '2026-06-17T13:00:00.000Z'],
    ['[ESR-H7] crosses the Gregorian year end', '2026-12-30T10:00:00', 2, '2027-01-03T13:00:00.000Z'],
  ])('%s', (_name, start, n, expected) => {
    expect(due(start, n)).toBe(expected);
  });

  it.each([
    ['[YSR-H7] two weeks in calendar days from a Sunday is the Sunday two weeks later', '2026-11-22T10:00:00', 14, '2026-12-06T13:00:00.000Z'],
    ['[HRF-H7] a calendar-day deadline landing on a Friday moves to Sunday', '2026-11-24T10:00:00', 31, '2026-12-27T13:00:00.000Z'],
  ])('%s', (_name, start, n, expected) => {
    expect(due(start, n, 'calendar_days')).toBe(expected);
  });

  it('[ESR-H7] follows the association\'s own weekend', () => {
    const fridayOnly: WorkingCalendar = { ...DEFAULT_CALENDAR, weekendDays: [5] };
    // Thursday + 1 working day is Saturday when only Friday is off.
    expect(due('2026-11-26T10:00:00', 1, 'working_days', fridayOnly)).toBe('2026-11-28T13:00:00.000Z');
  });

  it('[ESR-H7] a Riyadh day that starts before UTC midnight belongs to the Riyadh date', () => {
    // 21:30 UTC on Thursday 26 Nov is 00:30 on Friday 27 Nov in Riyadh: a day off.
    expect(computeDueAt(new Date('2026-11-26T21:30:00Z'), 1, 'working_days', calendar).toISOString()).toBe('2026-11-30T13:00:00.000Z');
  });

  it.each([[0], [-1], [1.5], [Number.NaN]])('refuses an amount of %p', (n) => {
    expect(() => computeDueAt(riyadh('2026-11-22T10:00:00'), n, 'working_days', calendar)).toThrow(RangeError);
  });

  it('refuses a calendar with no working day', () => {
    expect(() => computeDueAt(riyadh('2026-11-22T10:00:00'), 1, 'working_days', { ...DEFAULT_CALENDAR, weekendDays: [0, 1, 2, 3, 4, 5, 6] })).toThrow(RangeError);
  });
});

describe('isWorkingDay', () => {
  it.each([
    ['2026-11-22', true, 'Sunday'],
    ['2026-11-26', true, 'Thursday'],
    ['2026-11-27', false, 'Friday'],
    ['2026-11-28', false, 'Saturday'],
    ['2026-09-23', false, 'National Day'],
  ])('[ESR-H7] %s is a working day: %p (%s)', (day, expected) => {
    expect(isWorkingDay(new Date(`${day}T00:00:00Z`), calendar)).toBe(expected);
  });
});
