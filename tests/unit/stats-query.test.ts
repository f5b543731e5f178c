/**
 * The statistics' calendar (cms/validation/stats-query.ts, cms/services/stats.ts, cms/services/stats-rollup.ts):
 * Riyadh days, buckets from Sunday or the 1st, the default and the longest range. Expectations by hand.
 */
import { parseStatsQuery, riyadhToday } from '../../cms/validation/stats-query';
import { bucketOf, bucketsOf } from '../../cms/services/stats';
import { dayRuns, riyadhDayStart } from '../../cms/services/stats-rollup';

describe('statistics calendar', () => {
  it('[MC1] today is the Riyadh day: 21:00 UTC is already tomorrow', () => {
    expect(riyadhToday(new Date('2025-03-01T20:59:59Z'))).toBe('2025-03-01');
    expect(riyadhToday(new Date('2025-03-01T21:00:00Z'))).toBe('2025-03-02');
    expect(riyadhDayStart('2025-03-02').toISOString()).toBe('2025-03-01T21:00:00.000Z');
  });

  it('[MC1] the default range is the 30 days ending today in Riyadh, by day', () => {
    expect(parseStatsQuery({}, new Date('2025-03-01T22:00:00Z'))).toEqual({
      ok: true,
      value: { from: '2025-02-01', to: '2025-03-02', bucket: 'day' },
    });
    expect(parseStatsQuery({ to: '2024-03-30', branch: '7', bucket: 'week' })).toEqual({
      ok: true,
      value: { from: '2024-03-01', to: '2024-03-30', bucket: 'week', branchId: 7 },
    });
  });

  it('[MC1] refuses a reversed range, more than 731 days, and anything but calendar days', () => {
    // 1 January 2024 to 31 December 2025 is 366 + 365 = 731 days (2024 is a leap year): the most allowed.
    expect(parseStatsQuery({ from: '2024-01-01', to: '2025-12-31' }).ok).toBe(true);
    expect(parseStatsQuery({ from: '2024-01-01', to: '2026-01-01' })).toMatchObject({
      ok: false,
      errors: [{ field: 'to', code: 'STATS_RANGE_TOO_LONG' }],
    });
    expect(parseStatsQuery({ from: '2024-01-02', to: '2024-01-01' })).toMatchObject({
      ok: false,
      errors: [{ field: 'from', code: 'STATS_RANGE_INVALID' }],
    });
    expect(parseStatsQuery({ from: '2024-01-01T00:00:00Z' }).ok).toBe(false);
    expect(parseStatsQuery({ branch: '-1' }).ok).toBe(false);
  });

  it('[MC1] a week bucket starts on Sunday, a month bucket on the 1st', () => {
    // Saturday 1 March 2025, Sunday 2 March, Saturday 8 March.
    expect(bucketOf('2025-03-01', 'week')).toBe('2025-02-23');
    expect(bucketOf('2025-03-02', 'week')).toBe('2025-03-02');
    expect(bucketOf('2025-03-08', 'week')).toBe('2025-03-02');
    expect(bucketOf('2024-02-29', 'month')).toBe('2024-02-01');
    expect(bucketsOf('2025-02-27', '2025-03-03', 'day')).toEqual([
      '2025-02-27',
      '2025-02-28',
      '2025-03-01',
      '2025-03-02',
      '2025-03-03',
    ]);
    expect(bucketsOf('2025-03-01', '2025-03-16', 'week')).toEqual([
      '2025-02-23',
      '2025-03-02',
      '2025-03-09',
      '2025-03-16',
    ]);
    expect(bucketsOf('2024-12-31', '2025-02-01', 'month')).toEqual(['2024-12-01', '2025-01-01', '2025-02-01']);
  });

  it('[MC1] marked days are folded as runs of consecutive days', () => {
    expect(dayRuns(['2025-03-03', '2025-02-28', '2025-03-01', '2025-03-01', '2025-03-10'])).toEqual([
      ['2025-02-28', '2025-03-01'],
      ['2025-03-03', '2025-03-03'],
      ['2025-03-10', '2025-03-10'],
    ]);
    expect(dayRuns([])).toEqual([]);
  });
});
