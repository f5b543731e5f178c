/**
 * Tracking numbers handed to beneficiaries: `CMP-1448-000123`.
 *
 * The sequence is per kind per Hijri (Umm al-Qura) year: CMP-1448-000001 and REQ-1448-000001 both
 * exist, and numbering restarts at 1 each Hijri year. Allocating the next sequence atomically belongs
 * to a database-backed allocator, not here; this module only formats and parses.
 * Pure: no Strapi, no I/O.
 */
import { toAsciiDigits } from './arabic-text';

export const TRACKING_PREFIXES = {
  request: 'REQ',
  complaint: 'CMP',
  inquiry: 'INQ',
  suggestion: 'SUG',
  claim: 'CLM',
} as const;
export type TrackingKind = keyof typeof TRACKING_PREFIXES;
export type ParsedTrackingNumber = { kind: TrackingKind; hijriYear: number; sequence: number };

const MIN_YEAR = 1400;
const MAX_YEAR = 1600;
const SEQUENCE_WIDTH = 6;

const KIND_BY_PREFIX: ReadonlyMap<string, TrackingKind> = new Map(
  (Object.keys(TRACKING_PREFIXES) as TrackingKind[]).map((kind) => [TRACKING_PREFIXES[kind], kind]),
);

const isValidYear = (year: number): boolean => Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;
const isValidSequence = (sequence: number): boolean => Number.isSafeInteger(sequence) && sequence > 0;

/** Formats a tracking number; throws RangeError on inputs that could never come from the allocator. */
export const formatTrackingNumber = (kind: TrackingKind, hijriYear: number, sequence: number): string => {
  if (!Object.hasOwn(TRACKING_PREFIXES, kind))
    throw new RangeError(`formatTrackingNumber: unknown kind ${String(kind)}`);
  if (!isValidYear(hijriYear))
    throw new RangeError(`formatTrackingNumber: Hijri year ${hijriYear} outside ${MIN_YEAR}..${MAX_YEAR}`);
  if (!isValidSequence(sequence))
    throw new RangeError(`formatTrackingNumber: sequence ${sequence} must be a positive integer`);
  // Six digits fits any association's yearly volume; wider numbers still work rather than wrap.
  return `${TRACKING_PREFIXES[kind]}-${hijriYear}-${String(sequence).padStart(SEQUENCE_WIDTH, '0')}`;
};

// A sequence is exactly six digits, or wider without a leading zero: only the canonical spelling
// parses, so a number maps to one string and lookups by text cannot miss a twin.
const TRACKING_PATTERN = /^([A-Z]{3})-(\d{4})-(\d{6}|[1-9]\d{6,})$/;

/**
 * Parses a tracking number as read out or typed by a beneficiary: any case, surrounding spaces and
 * Arabic-Indic digits are accepted; anything else gives null.
 */
export const parseTrackingNumber = (text: string): ParsedTrackingNumber | null => {
  if (typeof text !== 'string') return null;
  const match = TRACKING_PATTERN.exec(toAsciiDigits(text).trim().toUpperCase());
  if (!match) return null;
  const [, prefix = '', yearText = '', sequenceText = ''] = match;
  const kind = KIND_BY_PREFIX.get(prefix);
  const hijriYear = Number(yearText);
  const sequence = Number(sequenceText);
  if (!kind || !isValidYear(hijriYear) || !isValidSequence(sequence)) return null;
  return { kind, hijriYear, sequence };
};
