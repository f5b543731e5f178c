/** Tracking numbers: per kind, per Hijri year sequences formatted as PREFIX-YEAR-NNNNNN. */
import {
  TRACKING_PREFIXES,
  formatTrackingNumber,
  parseTrackingNumber,
  type TrackingKind,
} from '../../cms/domain/tracking-number';

describe('formatTrackingNumber', () => {
  it.each<[TrackingKind, number, number, string]>([
    ['complaint', 1448, 123, 'CMP-1448-000123'],
    ['request', 1447, 1, 'REQ-1447-000001'],
    ['inquiry', 1400, 999_999, 'INQ-1400-999999'],
    ['suggestion', 1600, 42, 'SUG-1600-000042'],
    ['claim', 1448, 1_234_567, 'CLM-1448-1234567'],
  ])('formats %s %d #%d as %p', (kind, year, sequence, expected) => {
    expect(formatTrackingNumber(kind, year, sequence)).toBe(expected);
  });

  it.each<[string, number, number]>([
    ['zero sequence', 1448, 0],
    ['negative sequence', 1448, -1],
    ['fractional sequence', 1448, 1.5],
    ['NaN sequence', 1448, Number.NaN],
    ['unsafe sequence', 1448, Number.MAX_SAFE_INTEGER + 1],
    ['year below range', 1399, 1],
    ['year above range', 1601, 1],
    ['Gregorian year', 2026, 1],
    ['fractional year', 1448.5, 1],
  ])('throws RangeError for %s', (_label, year, sequence) => {
    expect(() => formatTrackingNumber('complaint', year, sequence)).toThrow(RangeError);
  });

  it('throws RangeError for an unknown kind from untyped callers', () => {
    expect(() => formatTrackingNumber('appeal' as TrackingKind, 1448, 1)).toThrow(RangeError);
  });

  it('has one distinct prefix per kind', () => {
    expect(new Set(Object.values(TRACKING_PREFIXES)).size).toBe(Object.keys(TRACKING_PREFIXES).length);
  });
});

describe('parseTrackingNumber', () => {
  it.each<[string, TrackingKind, number, number]>([
    ['CMP-1448-000123', 'complaint', 1448, 123],
    ['REQ-1447-000001', 'request', 1447, 1],
    ['INQ-1400-999999', 'inquiry', 1400, 999_999],
    ['SUG-1600-000042', 'suggestion', 1600, 42],
    ['CLM-1448-1234567', 'claim', 1448, 1_234_567],
    ['cmp-1448-000123', 'complaint', 1448, 123],
    ['Req-1448-000123', 'request', 1448, 123],
    ['  CMP-1448-000123\n', 'complaint', 1448, 123],
    ['CMP-١٤٤٨-٠٠٠١٢٣', 'complaint', 1448, 123],
    ['CMP-۱۴۴۸-۰۰۰۱۲۳', 'complaint', 1448, 123],
  ])('parses %p', (text, kind, hijriYear, sequence) => {
    expect(parseTrackingNumber(text)).toEqual({ kind, hijriYear, sequence });
  });

  it.each<[string, string]>([
    ['empty', ''],
    ['unknown prefix', 'ABC-1448-000123'],
    ['missing sequence', 'CMP-1448'],
    ['short sequence', 'CMP-1448-123'],
    ['zero sequence', 'CMP-1448-000000'],
    ['non-canonical padding', 'CMP-1448-0000123'],
    ['year below range', 'CMP-1399-000123'],
    ['year above range', 'CMP-1601-000123'],
    ['two-digit year', 'CMP-48-000123'],
    ['spaces instead of dashes', 'CMP 1448 000123'],
    ['missing dashes', 'CMP1448000123'],
    ['trailing text', 'CMP-1448-000123x'],
    ['inner spaces', 'CMP - 1448 - 000123'],
    ['letters in sequence', 'CMP-1448-00012A'],
    ['unsafe sequence', 'CMP-1448-99999999999999999'],
  ])('returns null for %s', (_label, text) => {
    expect(parseTrackingNumber(text)).toBeNull();
  });

  it('returns null for a non-string from untyped callers', () => {
    expect(parseTrackingNumber(123 as unknown as string)).toBeNull();
  });

  it.each<[TrackingKind, number, number]>([
    ['request', 1447, 1],
    ['complaint', 1448, 123],
    ['claim', 1500, 10_000_000],
  ])('round-trips %s %d #%d', (kind, hijriYear, sequence) => {
    expect(parseTrackingNumber(formatTrackingNumber(kind, hijriYear, sequence))).toEqual({ kind, hijriYear, sequence });
  });
});
