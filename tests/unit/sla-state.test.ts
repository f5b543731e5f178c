/**
 * H7: a deadline's state is replayed from the event log (never a stored counter), pauses while the
 * request waits on the beneficiary keeping the days used, and follows the calendar when it changes.
 */
import { REQUEST_CLOCK } from '../../cms/domain/request-journey';
import { DEFAULT_CALENDAR, daysUsed, type WorkingCalendar } from '../../cms/domain/sla-calendar';
import { replayClock, slaStateOf, type ClockEvent } from '../../cms/domain/sla-state';
import { saudiHolidays } from '../../cms/seed/holidays';

const calendar: WorkingCalendar = { ...DEFAULT_CALENDAR, holidays: saudiHolidays([1447, 1448]) };
const riyadh = (local: string) => new Date(`${local}+03:00`);
const history = (...steps: [string, string][]): ClockEvent[] =>
  steps.map(([toStatus, at]) => ({ toStatus, at: riyadh(at) }));
const ESR = { days: 15, unit: 'working_days' as const };
const iso = (d: Date | null) => d?.toISOString() ?? null;

describe('replayClock', () => {
  it('[ESR-H7] a request completed on Sunday is due 15 working days later', () => {
    const clock = replayClock(
      history(['received', '2026-11-22T09:00:00'], ['complete', '2026-11-22T10:00:00']),
      ESR,
      calendar,
      REQUEST_CLOCK,
    );
    expect(clock).toMatchObject({ running: true, usedDays: 0, stoppedAt: null });
    expect(iso(clock.dueAt)).toBe('2026-12-13T13:00:00.000Z');
    expect(iso(clock.startedAt)).toBe('2026-11-22T07:00:00.000Z');
  });

  it('[ESR-H7] the clock runs through research and committee without restarting', () => {
    const clock = replayClock(
      history(
        ['received', '2026-11-22T09:00:00'],
        ['complete', '2026-11-22T10:00:00'],
        ['in_research', '2026-11-25T10:00:00'],
        ['in_committee', '2026-12-02T10:00:00'],
      ),
      ESR,
      calendar,
      REQUEST_CLOCK,
    );
    expect(iso(clock.dueAt)).toBe('2026-12-13T13:00:00.000Z');
  });

  it('[ESR-H7] waiting on the beneficiary pauses the clock and keeps the days already used', () => {
    const events = history(
      ['received', '2026-11-22T09:00:00'],
      ['complete', '2026-11-22T10:00:00'],
      ['incomplete', '2026-11-24T11:00:00'],
    );
    const paused = replayClock(events, ESR, calendar, REQUEST_CLOCK);
    expect(paused).toMatchObject({ running: false, usedDays: 2 });
    // Resumed on Sunday 29 Nov: 13 working days remain → Wednesday 16 Dec, 16:00 Riyadh.
    const resumed = replayClock(
      [...events, ...history(['complete', '2026-11-29T10:00:00'])],
      ESR,
      calendar,
      REQUEST_CLOCK,
    );
    expect(resumed).toMatchObject({ running: true, usedDays: 2 });
    expect(iso(resumed.dueAt)).toBe('2026-12-16T13:00:00.000Z');
  });

  it('[ESR-H7] a request completed on Friday is charged from Sunday (Sun 29, Mon 30, Tue 1 Dec), also when paused', () => {
    expect(daysUsed(riyadh('2026-11-27T10:00:00'), riyadh('2026-12-01T10:00:00'), 'working_days', calendar)).toBe(3);
    const clock = replayClock(
      history(['complete', '2026-11-27T10:00:00'], ['incomplete', '2026-12-01T10:00:00']),
      ESR,
      calendar,
      REQUEST_CLOCK,
    );
    expect(clock.usedDays).toBe(3);
  });

  it('[ESR-H7] a deadline spent before the pause stays spent after it', () => {
    const clock = replayClock(
      history(
        ['complete', '2026-11-22T10:00:00'],
        ['incomplete', '2026-12-20T10:00:00'],
        ['complete', '2026-12-27T10:00:00'],
      ),
      ESR,
      calendar,
      REQUEST_CLOCK,
    );
    // 23 Nov – 20 Dec 2026: four full Sunday–Thursday weeks (20 working days), no holiday in between.
    expect(clock.usedDays).toBe(20);
    expect(iso(clock.dueAt)).toBe('2026-12-13T13:00:00.000Z');
  });

  it('[ESR-H7] adding a holiday re-times the open deadline by its working days', () => {
    const events = history(['complete', '2026-11-22T10:00:00']);
    const withHoliday: WorkingCalendar = {
      ...calendar,
      holidays: [...calendar.holidays, { startDate: '2026-12-01', endDate: '2026-12-02' }],
    };
    expect(iso(replayClock(events, ESR, withHoliday, REQUEST_CLOCK).dueAt)).toBe('2026-12-15T13:00:00.000Z');
  });

  it('[ESR-H6] the decision stops the clock; later moves change nothing', () => {
    const clock = replayClock(
      history(
        ['complete', '2026-11-22T10:00:00'],
        ['in_research', '2026-11-23T10:00:00'],
        ['in_committee', '2026-11-30T10:00:00'],
        ['approved', '2026-12-03T10:00:00'],
        ['registered', '2026-12-06T10:00:00'],
      ),
      ESR,
      calendar,
      REQUEST_CLOCK,
    );
    expect(clock).toMatchObject({ running: false });
    expect(iso(clock.stoppedAt)).toBe('2026-12-03T07:00:00.000Z');
    expect(iso(clock.dueAt)).toBe('2026-12-13T13:00:00.000Z');
  });

  it('[ESR-H7] a pause on the completion day uses no day; the resumption day is again not counted', () => {
    // Completed and sent back on Thu 4 Mar 2027, resumed after hours on Tue 9 Mar: 15 working days after
    // Tue 9 Mar (no holiday configured) is Tue 30 Mar 2027.
    const none: WorkingCalendar = { ...DEFAULT_CALENDAR, holidays: [] };
    const clock = replayClock(
      history(
        ['complete', '2027-03-04T09:00:00'],
        ['incomplete', '2027-03-04T11:00:00'],
        ['complete', '2027-03-09T18:00:00'],
      ),
      ESR,
      none,
      REQUEST_CLOCK,
    );
    expect(clock.usedDays).toBe(0);
    expect(iso(clock.dueAt)).toBe('2027-03-30T13:00:00.000Z');
  });

  it('[ESR-H7] days used before a pause are kept and the remainder counts after the resumption day', () => {
    // Completed Thu 4 Mar 2027, paused Tue 9 Mar (used: Sun 7, Mon 8, Tue 9 = 3), resumed Thu 11 Mar:
    // 12 working days after Thu 11 Mar = Sun 14 … Thu 18 (5), 21–25 (10), Sun 28 (11), Mon 29 Mar 2027 (12).
    const none: WorkingCalendar = { ...DEFAULT_CALENDAR, holidays: [] };
    const clock = replayClock(
      history(
        ['complete', '2027-03-04T14:00:00'],
        ['incomplete', '2027-03-09T10:00:00'],
        ['complete', '2027-03-11T10:00:00'],
      ),
      ESR,
      none,
      REQUEST_CLOCK,
    );
    expect(clock.usedDays).toBe(3);
    expect(iso(clock.dueAt)).toBe('2027-03-29T13:00:00.000Z');
  });

  it('[YSR-H7] a calendar-day deadline counts calendar days used before a pause', () => {
    const clock = replayClock(
      history(['complete', '2026-11-22T10:00:00'], ['incomplete', '2026-11-29T10:00:00']),
      { days: 14, unit: 'calendar_days' },
      calendar,
      REQUEST_CLOCK,
    );
    expect(clock.usedDays).toBe(7);
  });
});

describe('slaStateOf', () => {
  const now = riyadh('2026-11-24T10:00:00');
  const soon = riyadh('2026-11-26T16:00:00');
  const view = (
    status: string,
    dueAt: string | null,
    completedAt: string | null = '2026-11-10T10:00:00',
    slaMet: boolean | null = null,
  ) => ({
    status,
    dueAt: dueAt ? riyadh(dueAt) : null,
    completedAt: completedAt ? riyadh(completedAt) : null,
    slaMet,
  });

  it.each([
    ['overdue once the deadline has passed', view('in_research', '2026-11-23T16:00:00'), 'overdue'],
    ['due soon inside the window', view('in_committee', '2026-11-26T16:00:00'), 'due_soon'],
    ['on time beyond the window', view('complete', '2026-12-10T16:00:00'), 'on_time'],
    ['paused while incomplete after completion', view('incomplete', null), 'paused'],
    ['not started before completion', view('received', null, null), 'not_started'],
    ['not started while incomplete at intake', view('incomplete', null, null), 'not_started'],
    ['met when decided in time', view('approved', '2026-11-23T16:00:00', undefined, true), 'met'],
    ['missed when decided late', view('closed', '2026-11-23T16:00:00', undefined, false), 'missed'],
    ['none once withdrawn', view('withdrawn', null), 'none'],
  ] as const)('[ESR-H7] %s', (_name, v, expected) => {
    expect(slaStateOf(v, REQUEST_CLOCK, now, soon)).toBe(expected);
  });
});
