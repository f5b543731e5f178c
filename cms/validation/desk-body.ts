/**
 * Bodies and queries of the front desk (MC1) and of the inspection findings statistics (contract:
 * from/to Riyadh days, both inclusive, default the last 30 days; at most 731 days; branch; bucket).
 */
import { z } from 'zod';
import { riyadhDateKey } from '../domain/hijri';
import type { FieldError } from '../utils/errors';
import { parseWith, type Parsed } from './zod-errors';

const PURPOSES = [
  'inquiry',
  'service_request',
  'complaint',
  'follow_up',
  'appointment',
  'support_service',
  'other',
] as const;
const OUTCOMES = ['served', 'referred', 'appointment_booked', 'left_without_service'] as const;
const documentId = z.string().min(1).max(64);
const day = z.iso.date();

export const deskVisitBody = z.strictObject({
  branch: documentId,
  purpose: z.enum(PURPOSES),
  outcome: z.enum(OUTCOMES).optional(),
});
export const deskUndoBody = z.strictObject({ branch: documentId, purpose: z.enum(PURPOSES).optional() });
export const deskTodayQuery = z.strictObject({ branch: documentId });

const MAX_RANGE_DAYS = 731;
const DAY_MS = 86_400_000;

/** from/to defaults and the range rules, shared by the daily totals and the statistics. */
const range = <T extends { from?: string; to?: string }>(
  parsed: Parsed<T>,
): Parsed<Omit<T, 'from' | 'to'> & { from: string; to: string }> => {
  if (!parsed.ok) return parsed;
  const to = parsed.value.to ?? riyadhDateKey(new Date());
  const from = parsed.value.from ?? new Date(Date.parse(`${to}T00:00:00Z`) - 29 * DAY_MS).toISOString().slice(0, 10);
  const errors: FieldError[] = [];
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS + 1;
  if (days < 1) errors.push({ field: 'from', code: 'STATS_RANGE_INVALID' });
  else if (days > MAX_RANGE_DAYS)
    errors.push({ field: 'to', code: 'FINDINGS_RANGE_TOO_LONG', params: { max: MAX_RANGE_DAYS } });
  return errors.length ? { ok: false, errors } : { ok: true, value: { ...parsed.value, from, to } };
};

const dailyQuery = z.strictObject({ from: day.optional(), to: day.optional(), branch: documentId.optional() });
export const parseDailyQuery = (query: unknown) => range(parseWith(dailyQuery, query));

const statsQuery = z.strictObject({
  from: day.optional(),
  to: day.optional(),
  branch: z.coerce.number().int().positive().optional(),
  bucket: z.enum(['day', 'week', 'month']).default('day'),
});
export const parseStatsQuery = (query: unknown) => range(parseWith(statsQuery, query));
