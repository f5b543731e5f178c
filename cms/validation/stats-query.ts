/**
 * The statistics endpoints' common query (cms/services/stats.ts): `from`, `to` as Riyadh calendar days
 * (both inclusive, default the last 30 days ending today), an optional branch id and a bucket.
 */
import { z } from 'zod';
import type { FieldError } from '../utils/errors';
import { parseWith } from './zod-errors';

export type StatsBucket = 'day' | 'week' | 'month';
export type StatsQuery = { from: string; to: string; branchId?: number; bucket: StatsBucket };

/** A range of more than this many days is refused (two years and a leap day). */
export const MAX_RANGE_DAYS = 731;
const DAY_MS = 86_400_000;

const calendarDay = z.iso.date();
const schema = z.strictObject({
  from: calendarDay.optional(),
  to: calendarDay.optional(),
  branch: z
    .string()
    .regex(/^[1-9][0-9]{0,9}$/)
    .optional(),
  bucket: z.enum(['day', 'week', 'month']).optional(),
});

/** Today in Asia/Riyadh (UTC+3, no DST) as `YYYY-MM-DD`. */
export const riyadhToday = (now = new Date()): string =>
  new Date(now.getTime() + 3 * 3_600_000).toISOString().slice(0, 10);

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / DAY_MS;

export const parseStatsQuery = (
  query: unknown,
  now = new Date(),
): { ok: true; value: StatsQuery } | { ok: false; errors: FieldError[] } => {
  const parsed = parseWith(schema, query);
  if (!parsed.ok) return parsed;
  const { from, to, branch, bucket } = parsed.value;
  const end = to ?? riyadhToday(now);
  const start = from ?? new Date((dayNumber(end) - 29) * DAY_MS).toISOString().slice(0, 10);
  if (dayNumber(start) > dayNumber(end)) return { ok: false, errors: [{ field: 'from', code: 'STATS_RANGE_INVALID' }] };
  if (dayNumber(end) - dayNumber(start) + 1 > MAX_RANGE_DAYS)
    return { ok: false, errors: [{ field: 'to', code: 'STATS_RANGE_TOO_LONG', params: { max: MAX_RANGE_DAYS } }] };
  return {
    ok: true,
    value: { from: start, to: end, bucket: bucket ?? 'day', ...(branch ? { branchId: Number(branch) } : {}) },
  };
};
