/**
 * The dashboard's client-side helpers (admin/src/dashboard): Riyadh days, the bucket a range is drawn
 * in, gap-filling the statistics API's series, the CSV text and the figures the tables show.
 */
import { queuesFor, riyadhMidnight } from '../../admin/src/dashboard/queues';
import {
  bucketFor,
  bucketKeys,
  defaultRange,
  fillSeries,
  formatFigure,
  rangeProblem,
  toCsv,
} from '../../admin/src/dashboard/stats-helpers';

describe('dashboard helpers', () => {
  it('[MC1] the default range is the 30 Riyadh days ending today (22:30 UTC is already the next day in Riyadh)', () => {
    expect(defaultRange(new Date('2026-12-01T22:30:00Z'))).toEqual({ from: '2026-11-03', to: '2026-12-02' });
    expect(defaultRange(new Date('2026-12-01T20:59:00Z'))).toEqual({ from: '2026-11-02', to: '2026-12-01' });
  });

  it.each([
    ['2026-11-01', '2026-12-15', 'day'],
    ['2026-11-01', '2026-12-16', 'week'],
    ['2026-01-01', '2026-07-09', 'week'],
    ['2026-01-01', '2026-07-10', 'month'],
  ])('[MC3] %s to %s is drawn by %s', (from, to, bucket) => {
    expect(bucketFor(from, to)).toBe(bucket);
  });

  it.each([
    ['2026-02-30', '2026-03-01', 'invalid'],
    ['2026-03-02', '2026-03-01', 'reversed'],
    ['2025-01-01', '2027-01-01', null],
    ['2025-01-01', '2027-01-02', 'too_long'],
  ])('[MC3] the range %s to %s: %s', (from, to, problem) => {
    expect(rangeProblem(from, to)).toBe(problem);
  });

  it('[MC3] weeks start on Sunday and months on the 1st; the first bucket starts on the range’s first day', () => {
    // 1 December 2026 is a Tuesday.
    expect(bucketKeys('2026-12-01', '2026-12-15', 'week')).toEqual(['2026-12-01', '2026-12-06', '2026-12-13']);
    expect(bucketKeys('2026-11-15', '2027-01-10', 'month')).toEqual(['2026-11-15', '2026-12-01', '2027-01-01']);
    expect(bucketKeys('2026-12-30', '2027-01-02', 'day')).toEqual([
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
    ]);
  });

  it('[MC3] a series is gap-filled, and a partial first week named by its Sunday lands in the first bucket', () => {
    const filled = fillSeries(
      [
        { bucket: '2026-11-29', count: 4 },
        { bucket: '2026-12-13', count: 2 },
      ],
      { from: '2026-12-01', to: '2026-12-15', bucket: 'week' },
      (bucket) => ({ bucket, count: 0 }),
    );
    expect(filled).toEqual([
      { bucket: '2026-12-01', count: 4 },
      { bucket: '2026-12-06', count: 0 },
      { bucket: '2026-12-13', count: 2 },
    ]);
  });

  it('[MC4] the CSV quotes commas and quotes, leaves an absent figure empty and ends lines with CRLF', () => {
    expect(
      toCsv(
        ['الفرع', 'نسبة الرضا'],
        [
          ['فرع "الشمال", جدة', 66.7],
          ['المقر الرئيسي', null],
        ],
      ),
    ).toBe('الفرع,نسبة الرضا\r\n"فرع ""الشمال"", جدة",66.7\r\nالمقر الرئيسي,');
  });

  it.each([
    [66.7, 'en', '%', '66.7%'],
    [66.7, 'ar', '%', '٦٦٫٧٪'],
    [3.67, 'en', '', '3.67'],
    [null, 'ar', '%', '—'],
  ] as const)('[S1] %p in %s with suffix "%s" reads %s', (value, locale, suffix, text) => {
    expect(formatFigure(value, locale, suffix)).toBe(text);
  });

  it('[ESR-H6] the committee member lands on the requests awaiting their vote', () => {
    expect(queuesFor('committee_member')).toEqual([
      {
        key: 'awaiting_my_vote',
        resource: 'service-requests',
        filter: { status: 'in_committee', awaitingMyVote: true },
      },
    ]);
    expect(queuesFor('manager')).toEqual([]);
  });

  it('[ESR-H1] the front desk counts today’s requests from Riyadh midnight', () => {
    expect(riyadhMidnight(new Date('2026-12-01T22:30:00Z'))).toBe('2026-12-01T21:00:00.000Z');
    const queues = queuesFor('reception_officer', new Date('2026-12-01T08:00:00Z'));
    expect(queues.length).toBeGreaterThan(0);
    expect(queues[0].filter).toEqual({ receivedAt_gte: '2026-11-30T21:00:00.000Z' });
  });
});
