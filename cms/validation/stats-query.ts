/**
 * The statistics endpoints' common query (cms/services/stats.ts): `from`, `to` as Riyadh calendar days
 * (both inclusive, default the last 30 days ending today), an optional branch id and a bucket.
 */
import { z } from 'zod';
import { riyadhDateKey } from '../domain/hijri';
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
export const riyadhToday = (now = new Date()): string => riyadhDateKey(now);

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / DAY_MS;

/**
 * The range rule every statistics-like query shares (the statistics, the daily visitor totals, the inspection
 * findings, a questionnaire's results): `to` defaults to today in Riyadh, `from` to 29 days before `to`;
 * `from` after `to` and ranges longer than MAX_RANGE_DAYS are refused with a field error.
 */
export const parseDayRange = (
  range: { from?: string; to?: string },
  now = new Date(),
): { ok: true; value: { from: string; to: string } } | { ok: false; errors: FieldError[] } => {
  const to = range.to ?? riyadhToday(now);
  const from = range.from ?? new Date((dayNumber(to) - 29) * DAY_MS).toISOString().slice(0, 10);
  if (dayNumber(from) > dayNumber(to)) return { ok: false, errors: [{ field: 'from', code: 'STATS_RANGE_INVALID' }] };
  if (dayNumber(to) - dayNumber(from) + 1 > MAX_RANGE_DAYS)
    return { ok: false, errors: [{ field: 'to', code: 'STATS_RANGE_TOO_LONG', params: { max: MAX_RANGE_DAYS } }] };
  return { ok: true, value: { from, to } };
};

export const parseStatsQuery = (
  query: unknown,
  now = new Date(),
): { ok: true; value: StatsQuery } | { ok: false; errors: FieldError[] } => {
  const parsed = parseWith(schema, query);
  if (!parsed.ok) return parsed;
  const { branch, bucket } = parsed.value;
  const range = parseDayRange(parsed.value, now);
  if (!range.ok) return range;
  return {
    ok: true,
    value: { ...range.value, bucket: bucket ?? 'day', ...(branch ? { branchId: Number(branch) } : {}) },
  };
};
