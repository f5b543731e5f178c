/**
 * Bodies and queries of the front desk (MC1).
 */
import { z } from 'zod';
import { parseWith, type Parsed } from './zod-errors';
import { parseDayRange } from './stats-query';

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

const dailyQuery = z.strictObject({ from: day.optional(), to: day.optional(), branch: documentId.optional() });
/** MC1: the daily totals' query, with the statistics' range rule (cms/validation/stats-query.ts). */
export const parseDailyQuery = (query: unknown): Parsed<z.infer<typeof dailyQuery> & { from: string; to: string }> => {
  const parsed = parseWith(dailyQuery, query);
  if (!parsed.ok) return parsed;
  const range = parseDayRange(parsed.value);
  return range.ok ? { ok: true, value: { ...parsed.value, ...range.value } } : range;
};
