/**
 * HRF-H7: Hirfa answers within a month of the request becoming complete. A month is counted in the
 * Gregorian calendar from the day the clock started (that day not counted), ends at the closing hour,
 * and moves to the next working day when it falls on a weekend or a holiday, like a calendar-day deadline.
 */
import { addMonths, computeDueAt, DEFAULT_CALENDAR, type WorkingCalendar } from '../../cms/domain/sla-calendar';
import { replayClock } from '../../cms/domain/sla-state';

const eid: WorkingCalendar = { ...DEFAULT_CALENDAR, holidays: [{ startDate: '2027-03-07', endDate: '2027-03-10' }] };
const riyadh = (local: string) => new Date(`${local}+03:00`);
const due = (local: string, months: number, cal: WorkingCalendar = DEFAULT_CALENDAR) =>
  computeDueAt(riyadh(local), months, 'month', cal).toISOString();

describe('a deadline of a month', () => {
  it.each([
    [
      '[HRF-H7] Sunday 22 Nov 2026 + 1 month is Tuesday 22 Dec 2026 at 16:00',
      '2026-11-22T10:00:00',
      1,
      '2026-12-22T13:00:00.000Z',
    ],
    [
      '[HRF-H7] the hour does not matter: 23:30 on 22 Nov still gives 22 Dec',
      '2026-11-22T23:30:00',
      1,
      '2026-12-22T13:00:00.000Z',
    ],
    [
      '[HRF-H7] 31 Jan 2027 + 1 month is the last day of February (Sunday 28 Feb)',
      '2027-01-31T09:00:00',
      1,
      '2027-02-28T13:00:00.000Z',
    ],
    [
      '[HRF-H7] a month ending on Friday 4 Dec 2026 moves to Sunday 6 Dec',
      '2026-11-04T09:00:00',
      1,
      '2026-12-06T13:00:00.000Z',
    ],
    [
      '[HRF-H7] two months from 22 Nov 2026 is Friday 22 Jan 2027, so Sunday 24 Jan',
      '2026-11-22T09:00:00',
      2,
      '2027-01-24T13:00:00.000Z',
    ],
  ])('%s', (_name, start, months, expected) => {
    expect(due(start, months)).toBe(expected);
  });

  it('[HRF-H7] a month ending in a holiday (8 March 2027, Eid 7–10 March) moves to Thursday 11 March', () => {
    expect(due('2027-02-08T09:00:00', 1, eid)).toBe('2027-03-11T13:00:00.000Z');
  });

  it('[HRF-H7] addMonths keeps the day of the month, clamped to the month length (leap year 2028)', () => {
    expect(
      addMonths(new Date(Date.UTC(2028, 0, 31)), 1)
        .toISOString()
        .slice(0, 10),
    ).toBe('2028-02-29');
    expect(
      addMonths(new Date(Date.UTC(2026, 11, 15)), 1)
        .toISOString()
        .slice(0, 10),
    ).toBe('2027-01-15');
  });

  it('[HRF-H7] a paused month deadline keeps the days used: 7 used of 30, resumed on 6 Dec, due 29 Dec 2026', () => {
    const rules = { running: ['complete'], stopping: ['approved'], paused: ['incomplete'], notStarted: ['received'] };
    const clock = replayClock(
      [
        { toStatus: 'complete', at: riyadh('2026-11-22T10:00:00') },
        { toStatus: 'incomplete', at: riyadh('2026-11-29T10:00:00') },
        { toStatus: 'complete', at: riyadh('2026-12-06T10:00:00') },
      ],
      { days: 1, unit: 'month' },
      DEFAULT_CALENDAR,
      rules,
    );
    expect(clock.usedDays).toBe(7);
    expect(clock.dueAt?.toISOString()).toBe('2026-12-29T13:00:00.000Z');
  });
});
