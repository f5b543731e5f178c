/** P1: the audit screen's from/to dates cover whole days in the office's time zone, "to" included. */
import { endOfDayIso, startOfDayIso } from '../../admin/src/audit-logs/dayRange';

describe('audit screen day range', () => {
  it('[P1] "from" starts at the first millisecond of the local day and "to" ends at its last', () => {
    const from = new Date(startOfDayIso('2026-12-01') as string);
    const to = new Date(endOfDayIso('2026-12-01') as string);
    expect([
      from.getFullYear(),
      from.getMonth(),
      from.getDate(),
      from.getHours(),
      from.getMinutes(),
      from.getMilliseconds(),
    ]).toEqual([2026, 11, 1, 0, 0, 0]);
    expect([
      to.getFullYear(),
      to.getMonth(),
      to.getDate(),
      to.getHours(),
      to.getMinutes(),
      to.getSeconds(),
      to.getMilliseconds(),
    ]).toEqual([2026, 11, 1, 23, 59, 59, 999]);
    expect(to.getTime() - from.getTime()).toBe(86_399_999);
  });

  it('[P1] leaves a cleared or already converted value alone', () => {
    expect(startOfDayIso('')).toBe('');
    expect(endOfDayIso(null)).toBeNull();
    expect(startOfDayIso('2026-11-30T21:00:00.000Z')).toBe('2026-11-30T21:00:00.000Z');
  });
});
