/**
 * The dashboard's client-side work, pure so it is unit-tested: the default range, the bucket a range
 * is drawn in, gap-filling the server's series (a bucket with nothing in it may be absent), and CSV.
 * Days are Riyadh calendar days (UTC+3, no DST), as the statistics API counts them.
 */
import type { Bucket } from './types';

const DAY_MS = 86_400_000;
const RIYADH_OFFSET_MS = 3 * 3_600_000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** The contract's ceiling on a range (a longer one is a 400). */
export const MAX_RANGE_DAYS = 731;

export const riyadhDay = (now: Date = new Date()): string =>
  new Date(now.getTime() + RIYADH_OFFSET_MS).toISOString().slice(0, 10);

const toUtc = (day: string): Date => new Date(`${day}T00:00:00Z`);
const dayOf = (date: Date): string => date.toISOString().slice(0, 10);

export const addDays = (day: string, days: number): string => dayOf(new Date(toUtc(day).getTime() + days * DAY_MS));

export const isDay = (value: string): boolean => DATE.test(value) && dayOf(toUtc(value)) === value;

/** Both ends inclusive. */
export const daysBetween = (from: string, to: string): number =>
  Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / DAY_MS) + 1;

/** The API's default: the last 30 days ending today in Riyadh. */
export const defaultRange = (now: Date = new Date()): { from: string; to: string } => {
  const to = riyadhDay(now);
  return { from: addDays(to, -29), to };
};

/** A range the API accepts: real days, from ≤ to, at most 731 days. */
export const rangeProblem = (from: string, to: string): 'invalid' | 'reversed' | 'too_long' | null => {
  if (!isDay(from) || !isDay(to)) return 'invalid';
  if (from > to) return 'reversed';
  return daysBetween(from, to) > MAX_RANGE_DAYS ? 'too_long' : null;
};

/** Days up to about six weeks, weeks up to about half a year, months beyond: a readable number of points. */
export const bucketFor = (from: string, to: string): Bucket => {
  const days = daysBetween(from, to);
  if (days <= 45) return 'day';
  return days <= 190 ? 'week' : 'month';
};

/** The first day of the bucket holding `day`, never before `from` (weeks start on Sunday). */
export const bucketStart = (day: string, bucket: Bucket, from: string): string => {
  let start = day;
  if (bucket === 'week') start = addDays(day, -toUtc(day).getUTCDay());
  if (bucket === 'month') start = `${day.slice(0, 8)}01`;
  return start < from ? from : start;
};

const nextBucket = (start: string, bucket: Bucket): string => {
  if (bucket === 'day') return addDays(start, 1);
  if (bucket === 'week') return addDays(start, 7 - toUtc(start).getUTCDay());
  const date = toUtc(start);
  return dayOf(new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1)));
};

/** Every bucket key of the range, in order. */
export const bucketKeys = (from: string, to: string, bucket: Bucket): string[] => {
  const keys: string[] = [];
  for (let key = bucketStart(from, bucket, from); key <= to; key = nextBucket(key, bucket)) keys.push(key);
  return keys;
};

/**
 * The server's series with every bucket of the range present, in order; an absent bucket gets `empty`.
 * A server key is placed in the bucket that holds its day, whichever first day (the Sunday before the
 * range or the range's first day) the server names a partial first week or month by.
 */
export const fillSeries = <T extends { bucket: string }>(
  series: readonly T[],
  range: { from: string; to: string; bucket: Bucket },
  empty: (bucket: string) => T,
): T[] => {
  const byKey = new Map(series.map((point) => [bucketStart(point.bucket, range.bucket, range.from), point]));
  return bucketKeys(range.from, range.to, range.bucket).map((key) => ({
    ...(byKey.get(key) ?? empty(key)),
    bucket: key,
  }));
};

export type CsvCell = string | number | null | undefined;

const csvCell = (value: CsvCell): string => {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** RFC 4180 text: a header line, then one line per row, CRLF line ends (what Excel expects). */
export const toCsv = (headers: readonly string[], rows: readonly (readonly CsvCell[])[]): string =>
  [headers, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n');

/** A count, a score or a percentage (Arabic-Indic digits and ٪ in Arabic), «—» for what the API could not compute. */
export const formatFigure = (value: number | null, locale: string, suffix: '' | '%' = ''): string => {
  if (value === null) return '—';
  const arabic = locale !== 'en';
  const text = new Intl.NumberFormat(arabic ? 'ar-SA' : 'en').format(value);
  return suffix === '%' ? `${text}${arabic ? '٪' : '%'}` : text;
};
