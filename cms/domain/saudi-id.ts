/**
 * Saudi national ID (citizens) and iqama (residents): validation, test-data generation and masking.
 * Pure: no Strapi, no I/O.
 */
import { toAsciiDigits } from './arabic-text';

export type SaudiIdKind = 'citizen' | 'resident';
export type SaudiIdError =
  | 'NATIONAL_ID_REQUIRED'
  | 'NATIONAL_ID_NOT_DIGITS'
  | 'NATIONAL_ID_LENGTH'
  | 'NATIONAL_ID_FIRST_DIGIT'
  | 'NATIONAL_ID_CHECKSUM';
export type SaudiIdResult = { ok: true; value: string; kind: SaudiIdKind } | { ok: false; code: SaudiIdError };

const ID_LENGTH = 10;
const KIND_BY_FIRST_DIGIT: Readonly<Record<string, SaudiIdKind>> = { '1': 'citizen', '2': 'resident' };
const FIRST_DIGIT_BY_KIND: Readonly<Record<SaudiIdKind, string>> = { citizen: '1', resident: '2' };

// Saudi IDs use a Luhn variant anchored at the left: even positions (0-based) are doubled.
const sumLuhnDigits = (digits: string): number => {
  let total = 0;
  for (let i = 0; i < digits.length; i += 1) {
    const digit = Number(digits[i]);
    if (i % 2 === 0) {
      const doubled = digit * 2;
      total += doubled > 9 ? doubled - 9 : doubled;
    } else {
      total += digit;
    }
  }
  return total;
};

/**
 * Validates and normalises a national ID / iqama as typed by an officer at submission time.
 * Checks run in a fixed order so the reported code is the first thing the officer must fix.
 */
export const validateSaudiId = (input: unknown): SaudiIdResult => {
  if (typeof input !== 'string' && typeof input !== 'number') return { ok: false, code: 'NATIONAL_ID_REQUIRED' };
  // Officers copy IDs from cards and forms that group digits with spaces or dashes.
  const compact = toAsciiDigits(String(input)).replace(/[\s-]/g, '');
  if (compact === '') return { ok: false, code: 'NATIONAL_ID_REQUIRED' };
  if (!/^\d+$/.test(compact)) return { ok: false, code: 'NATIONAL_ID_NOT_DIGITS' };
  if (compact.length !== ID_LENGTH) return { ok: false, code: 'NATIONAL_ID_LENGTH' };
  const kind = KIND_BY_FIRST_DIGIT[compact[0] ?? ''];
  if (!kind) return { ok: false, code: 'NATIONAL_ID_FIRST_DIGIT' };
  if (sumLuhnDigits(compact) % 10 !== 0) return { ok: false, code: 'NATIONAL_ID_CHECKSUM' };
  return { ok: true, value: compact, kind };
};

const BODY_SPACE = 100_000_000; // 8 free digits between the kind digit and the check digit
// Affine bijection on 0..1e8-1 (the multiplier is coprime with 1e8), so distinct seeds stay distinct
// while consecutive seeds do not produce visibly sequential IDs in fixtures. The product stays
// below 2^53, so plain number arithmetic is exact.
const SCRAMBLE_MULTIPLIER = 7_368_787;
const SCRAMBLE_OFFSET = 40_503_119;

/**
 * Produces a deterministic, checksum-valid ID for tests and seed data.
 * Seeds 0 ≤ seed < 1e8 map one-to-one onto IDs; other integers wrap modulo 1e8.
 */
export const generateSaudiId = (kind: SaudiIdKind, seed: number): string => {
  if (!Number.isSafeInteger(seed)) throw new RangeError(`generateSaudiId: seed must be a safe integer, got ${seed}`);
  const first = FIRST_DIGIT_BY_KIND[kind];
  if (!first) throw new RangeError(`generateSaudiId: unknown kind ${String(kind)}`);
  const wrapped = ((seed % BODY_SPACE) + BODY_SPACE) % BODY_SPACE;
  const body = (wrapped * SCRAMBLE_MULTIPLIER + SCRAMBLE_OFFSET) % BODY_SPACE;
  const withoutCheck = first + String(body).padStart(8, '0');
  // The check digit sits at an odd index, so it is added undoubled.
  const check = (10 - (sumLuhnDigits(withoutCheck) % 10)) % 10;
  return withoutCheck + String(check);
};

/**
 * Masks an ID for roles that only need to recognise it (HRF-P1): the first digit tells citizen from
 * resident and the last two let staff confirm the person on the phone.
 */
export const maskNationalId = (id: string): string => {
  if (id.length < 4) return '*'.repeat(id.length);
  return id.slice(0, 1) + '*'.repeat(id.length - 3) + id.slice(-2);
};

/**
 * A national ID (first digit 1) belongs to a Saudi citizen, an iqama (first digit 2) to a resident of
 * another nationality: the two fields must agree. Null when they do, else the field error's code.
 */
export const idNationalityMismatch = (kind: SaudiIdKind, nationality: unknown): 'NATIONALITY_ID_MISMATCH' | null => {
  if (typeof nationality !== 'string' || nationality.trim() === '') return null;
  const saudi = nationality.trim().toUpperCase() === 'SA';
  return (kind === 'citizen') === saudi ? null : 'NATIONALITY_ID_MISMATCH';
};
