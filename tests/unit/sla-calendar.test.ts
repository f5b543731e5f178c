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
    [
      '[ESR-H7] a request completed on Friday: Sunday is the first working day after it',
      '2026-11-27T11:00:00',
      1,
      '2026-11-29T13:00:00.000Z',
    ],
    [
      '[ESR-H7] a request completed on Saturday: Sunday is the first working day after it',
      '2026-11-28T09:00:00',
      1,
      '2026-11-29T13:00:00.000Z',
    ],
    [
      '[ESR-H7] a request completed after hours on Thursday: the hour does not matter',
      '2026-11-26T17:30:00',
      1,
      '2026-11-29T13:00:00.000Z',
    ],
    ['[ESR-H7] a request completed before hours counts that day', '2026-11-22T06:30:00', 1, '2026-11-23T13:00:00.000Z'],
    ['[ESR-H7] Thursday + 1 working day skips the weekend', '2026-11-26T10:00:00', 1, '2026-11-29T13:00:00.000Z'],
    ['[ESR-H7] National Day (Wed 23 Sep 2026) is skipped', '2026-09-20T10:00:00', 5, '2026-09-28T13:00:00.000Z'],
    ['[ESR-H7] Founding Day (Mon 22 Feb 2027) is skipped', '2027-02-21T10:00:00', 1, '2027-02-23T13:00:00.000Z'],
    [
      '[ESR-H7] the Eid al-Fitr 1447 holiday (18–21 Mar 2026) is skipped',
      '2026-03-17T10:00:00',
      1,
      '2026-03-22T13:00:00.000Z',
    ],
    [
      '[ESR-H7] the Eid al-Adha 1447 holiday (26–29 May 2026) is skipped',
      '2026-05-25T10:00:00',
      2,
      '2026-06-01T13:00:00.000Z',
    ],
    [
      '[ESR-H7] a request completed during Eid counts from the first working day after it',
      '2026-03-19T10:00:00',
      1,
      '2026-03-22T13:00:00.000Z',
    ],
    ['[ESR-H7] crosses a month end', '2026-01-29T10:00:00', 3, '2026-02-03T13:00:00.000Z'],
    [
      '[ESR-H7] crosses the Hijri year end (1 Muharram 1448 = 16 Jun 2026)',
      '2026-06-14T10:00:00',
      3,
      '2026-06-17T13:00:00.000Z',
    ],
    ['[ESR-H7] crosses the Gregorian year end', '2026-12-30T10:00:00', 2, '2027-01-03T13:00:00.000Z'],
  ])('%s', (_name, start, n, expected) => {
    expect(due(start, n)).toBe(expected);
  });

  it.each([
    [
      '[YSR-H7] two weeks in calendar days from a Sunday is the Sunday two weeks later',
      '2026-11-22T10:00:00',
      14,
      '2026-12-06T13:00:00.000Z',
    ],
    [
      '[HRF-H7] a calendar-day deadline landing on a Friday moves to Sunday',
      '2026-11-24T10:00:00',
      31,
      '2026-12-27T13:00:00.000Z',
    ],
  ])('%s', (_name, start, n, expected) => {
    expect(due(start, n, 'calendar_days')).toBe(expected);
  });

  it("[ESR-H7] follows the association's own weekend", () => {
    const fridayOnly: WorkingCalendar = { ...DEFAULT_CALENDAR, weekendDays: [5] };
    // Thursday + 1 working day is Saturday when only Friday is off.
    expect(due('2026-11-26T10:00:00', 1, 'working_days', fridayOnly)).toBe('2026-11-28T13:00:00.000Z');
  });

  it('[ESR-H7] a Riyadh day that starts before UTC midnight belongs to the Riyadh date', () => {
    // 21:30 UTC on Thursday 26 Nov is 00:30 on Friday 27 Nov in Riyadh: the first working day after it is Sunday 29.
    expect(computeDueAt(new Date('2026-11-26T21:30:00Z'), 1, 'working_days', calendar).toISOString()).toBe(
      '2026-11-29T13:00:00.000Z',
    );
  });

  it.each([[0], [-1], [1.5], [Number.NaN]])('refuses an amount of %p', (n) => {
    expect(() => computeDueAt(riyadh('2026-11-22T10:00:00'), n, 'working_days', calendar)).toThrow(RangeError);
  });

  it('refuses a calendar with no working day', () => {
    expect(() =>
      computeDueAt(riyadh('2026-11-22T10:00:00'), 1, 'working_days', {
        ...DEFAULT_CALENDAR,
        weekendDays: [0, 1, 2, 3, 4, 5, 6],
      }),
    ).toThrow(RangeError);
  });
});

/**
 * The product owner's table (issue 11): 15 working days, weekend Friday–Saturday, one configured holiday
 * Sunday 7 – Wednesday 10 March 2027; the day the request became complete is never counted, whatever the hour.
 */
describe('computeDueAt: the deadline rule, exactly', () => {
  const marchHoliday: WorkingCalendar = {
    ...DEFAULT_CALENDAR,
    holidays: [{ startDate: '2027-03-07', endDate: '2027-03-10' }],
  };
  const noHoliday: WorkingCalendar = { ...DEFAULT_CALENDAR, holidays: [] };

  it.each([
    ['Thu 2027-03-04 14:00', '2027-03-04T14:00:00', marchHoliday, '2027-03-31T13:00:00.000Z'],
    ['Thu 2027-03-04 16:30 (after hours)', '2027-03-04T16:30:00', marchHoliday, '2027-03-31T13:00:00.000Z'],
    ['Fri 2027-03-05 10:00 (weekend)', '2027-03-05T10:00:00', marchHoliday, '2027-03-31T13:00:00.000Z'],
    ['Sun 2027-03-07 10:00 (holiday)', '2027-03-07T10:00:00', marchHoliday, '2027-03-31T13:00:00.000Z'],
    ['Fri 2027-03-05 10:00, no holiday configured', '2027-03-05T10:00:00', noHoliday, '2027-03-25T13:00:00.000Z'],
    [
      'Tue 2026-12-01 23:30 (20:30 UTC), no holiday configured',
      '2026-12-01T23:30:00',
      noHoliday,
      '2026-12-22T13:00:00.000Z',
    ],
  ])('[ESR-H7] completed %s → due at the end of the 15th working day after', (_name, start, cal, expected) => {
    expect(due(start, 15, 'working_days', cal)).toBe(expected);
  });

  it.each([
    // Wed 27 Jan 2027: Thu 28, Sun 31, Mon 1 Feb, Tue 2, Wed 3 Feb.
    ['crosses a month end', '2027-01-27T10:00:00', 5, noHoliday, '2027-02-03T13:00:00.000Z'],
    // An Eid holiday Tue 9 – Sun 14 Mar 2027 spanning the weekend: Mon 8 → Mon 15, Tue 16, Wed 17.
    [
      'skips an Eid holiday that spans a weekend',
      '2027-03-08T10:00:00',
      3,
      { ...DEFAULT_CALENDAR, holidays: [{ startDate: '2027-03-09', endDate: '2027-03-14' }] },
      '2027-03-17T13:00:00.000Z',
    ],
    [
      'counts from the first working day after an Eid completed inside it',
      '2027-03-12T10:00:00',
      1,
      { ...DEFAULT_CALENDAR, holidays: [{ startDate: '2027-03-09', endDate: '2027-03-14' }] },
      '2027-03-15T13:00:00.000Z',
    ],
    // 29 Dhu al-Hijjah 1447 (Mon 15 Jun 2026) → 1 Muharram 1448 (Tue 16 Jun) is an ordinary working day.
    ['crosses the Hijri year end at 23:00', '2026-06-15T23:00:00', 2, noHoliday, '2026-06-17T13:00:00.000Z'],
  ])('[ESR-H7] %s', (_name, start, n, cal, expected) => {
    expect(due(start, n, 'working_days', cal)).toBe(expected);
  });

  it.each([
    // D + 14 = Thu 18 Mar 2027, a working day.
    [
      'two weeks from Thursday after hours is the Thursday two weeks later',
      '2027-03-04T16:30:00',
      '2027-03-18T13:00:00.000Z',
    ],
    // D + 14 = Fri 19 Mar 2027, a day off: the next working day is Sunday 21.
    ['two weeks landing on a Friday moves to Sunday', '2027-03-05T10:00:00', '2027-03-21T13:00:00.000Z'],
  ])('[YSR-H7] %s', (_name, start, expected) => {
    expect(due(start, 14, 'calendar_days', noHoliday)).toBe(expected);
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
