/**
 * Umm al-Qura Hijri and Gregorian dates in the Asia/Riyadh zone (UTC+3, no DST).
 * Every anchor below was checked against Node 20's ICU before being asserted, and each matches the
 * published Umm al-Qura calendar: 1 Ramadan 1447 = 2026-02-18, 1 Shawwal 1447 = 2026-03-20,
 * 1 Muharram 1448 = 2026-06-16.
 */
import {
  formatDualDate,
  formatGregorian,
  formatHijri,
  gregorianOfHijri,
  hijriParts,
  hijriYear,
  riyadhDateKey,
  type DateLocale,
} from '../../cms/domain/hijri';

// Noon in Riyadh, well away from any day boundary.
const riyadhNoon = (isoDay: string): Date => new Date(`${isoDay}T09:00:00Z`);

describe('hijriParts', () => {
  it.each<[string, Date, number, number, number]>([
    ['1 Ramadan 1447', riyadhNoon('2026-02-18'), 1447, 9, 1],
    ['29 Shaʻban 1447 (the day before)', riyadhNoon('2026-02-17'), 1447, 8, 29],
    ['1 Shawwal 1447 (Eid al-Fitr)', riyadhNoon('2026-03-20'), 1447, 10, 1],
    ['30 Ramadan 1447 (the day before)', riyadhNoon('2026-03-19'), 1447, 9, 30],
    ['1 Muharram 1448', riyadhNoon('2026-06-16'), 1448, 1, 1],
    ['29 Dhuʻl-Hijjah 1447 (year end)', riyadhNoon('2026-06-15'), 1447, 12, 29],
    ['1 Muharram 1447', riyadhNoon('2025-06-26'), 1447, 1, 1],
    ['29 Dhuʻl-Hijjah 1446', riyadhNoon('2025-06-25'), 1446, 12, 29],
    ['16 Jumada II 1448', new Date('2026-11-26T10:00:00Z'), 1448, 6, 16],
  ])('gives %s', (_label, date, year, month, day) => {
    expect(hijriParts(date)).toEqual({ year, month, day });
  });

  // 21:00 UTC is Riyadh midnight: a UTC-based calendar would put these on the previous day.
  it.each<[string, string, number, number, number]>([
    ['last instant of 1447', '2026-06-15T20:59:59.999Z', 1447, 12, 29],
    ['Riyadh midnight opening 1448', '2026-06-15T21:00:00.000Z', 1448, 1, 1],
    ['last instant of Shaʻban', '2026-02-17T20:59:59.999Z', 1447, 8, 29],
    ['Riyadh midnight opening Ramadan', '2026-02-17T21:00:00.000Z', 1447, 9, 1],
    ['Riyadh midnight opening Shawwal', '2026-03-19T21:00:00.000Z', 1447, 10, 1],
  ])('uses the Riyadh day at the %s', (_label, iso, year, month, day) => {
    expect(hijriParts(new Date(iso))).toEqual({ year, month, day });
  });

  it('throws RangeError for an invalid date', () => {
    expect(() => hijriParts(new Date('not a date'))).toThrow(RangeError);
  });
});

describe('hijriYear', () => {
  it.each<[string, number]>([
    ['2026-06-15T20:59:59.999Z', 1447],
    ['2026-06-15T21:00:00.000Z', 1448],
    ['2026-11-26T10:00:00Z', 1448],
    ['2025-06-25T09:00:00Z', 1446],
    ['2025-06-26T09:00:00Z', 1447],
  ])('gives the Umm al-Qura year of %s as %d', (iso, year) => {
    expect(hijriYear(new Date(iso))).toBe(year);
  });
});

describe('formatHijri', () => {
  it.each<[string, DateLocale, string]>([
    ['2026-11-26T10:00:00Z', 'ar', '١٦ جمادى الآخرة ١٤٤٨ هـ'],
    ['2026-11-26T10:00:00Z', 'en', '16 Jumada II 1448 AH'],
    ['2026-02-18T09:00:00Z', 'ar', '١ رمضان ١٤٤٧ هـ'],
    ['2026-02-18T09:00:00Z', 'en', '1 Ramadan 1447 AH'],
    ['2026-03-20T09:00:00Z', 'ar', '١ شوال ١٤٤٧ هـ'],
    ['2026-03-20T09:00:00Z', 'en', '1 Shawwal 1447 AH'],
    ['2026-06-15T20:59:59.999Z', 'ar', '٢٩ ذو الحجة ١٤٤٧ هـ'],
    ['2026-06-15T21:00:00.000Z', 'ar', '١ محرم ١٤٤٨ هـ'],
    ['2026-06-15T21:00:00.000Z', 'en', '1 Muharram 1448 AH'],
  ])('formats %s in %s as %p', (iso, locale, expected) => {
    expect(formatHijri(new Date(iso), locale)).toBe(expected);
  });
});

describe('formatGregorian', () => {
  it.each<[string, DateLocale, string]>([
    ['2026-11-26T10:00:00Z', 'ar', '٢٦ نوفمبر ٢٠٢٦'],
    ['2026-11-26T10:00:00Z', 'en', '26 November 2026'],
    ['2026-06-15T21:00:00.000Z', 'ar', '١٦ يونيو ٢٠٢٦'],
    ['2026-06-15T21:00:00.000Z', 'en', '16 June 2026'],
    ['2026-02-17T20:59:59.999Z', 'en', '17 February 2026'],
  ])('formats %s in %s as %p', (iso, locale, expected) => {
    expect(formatGregorian(new Date(iso), locale)).toBe(expected);
  });
});

describe('formatDualDate', () => {
  it.each<[string, DateLocale, string]>([
    ['2026-11-26T10:00:00Z', 'ar', '١٦ جمادى الآخرة ١٤٤٨ هـ الموافق ٢٦ نوفمبر ٢٠٢٦م'],
    ['2026-11-26T10:00:00Z', 'en', '16 Jumada II 1448 AH (26 November 2026)'],
    ['2026-03-19T21:00:00Z', 'ar', '١ شوال ١٤٤٧ هـ الموافق ٢٠ مارس ٢٠٢٦م'],
    ['2026-03-19T21:00:00Z', 'en', '1 Shawwal 1447 AH (20 March 2026)'],
  ])('formats %s in %s as %p', (iso, locale, expected) => {
    expect(formatDualDate(new Date(iso), locale)).toBe(expected);
  });

  it.each<[DateLocale]>([['ar'], ['en']])(
    'gives the same text on repeated calls in %s (cached formatters)',
    (locale) => {
      const date = new Date('2026-11-26T10:00:00Z');
      expect(formatDualDate(date, locale)).toBe(formatDualDate(date, locale));
    },
  );
});

describe('riyadhDateKey', () => {
  it.each<[string, string]>([
    ['2026-11-25T22:30:00Z', '2026-11-26'],
    ['2026-11-25T20:59:59.999Z', '2026-11-25'],
    ['2026-11-25T21:00:00.000Z', '2026-11-26'],
    ['2026-12-31T21:00:00Z', '2027-01-01'],
    ['2026-01-01T00:00:00Z', '2026-01-01'],
    ['2026-03-05T09:00:00Z', '2026-03-05'],
  ])('gives the Riyadh day of %s as %s', (iso, key) => {
    expect(riyadhDateKey(new Date(iso))).toBe(key);
  });

  it('throws RangeError for an invalid date', () => {
    expect(() => riyadhDateKey(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('gregorianOfHijri', () => {
  it.each<[string, [number, number, number], string]>([
    ['1 Ramadan 1447', [1447, 9, 1], '2026-02-18'],
    ['1 Shawwal 1447 (Eid al-Fitr)', [1447, 10, 1], '2026-03-20'],
    ['1 Muharram 1448 (Hijri new year)', [1448, 1, 1], '2026-06-16'],
    ['16 Jumada II 1448', [1448, 6, 16], '2026-11-26'],
    ['29 Ramadan 1447 (the last day of a 29-day month)', [1447, 9, 29], '2026-03-18'],
  ])('[ESR-H7] finds the Gregorian day of %s, for Hijri-dated holidays', (_name, [y, m, d], expected) => {
    expect(gregorianOfHijri(y, m, d)).toBe(expected);
    expect(hijriParts(new Date(`${expected}T09:00:00Z`))).toEqual({ year: y, month: m, day: d });
  });

  it('throws RangeError for a day that is not in the calendar', () => {
    expect(() => gregorianOfHijri(1447, 13, 1)).toThrow(RangeError);
  });
});
