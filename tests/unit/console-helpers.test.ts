/** The console's pure helpers: digits typed on an Arabic keyboard, and Hijri + Gregorian dates. */
import { formatDualDate } from '../../admin/src/common/dates';
import { normaliseDigits, parseDigits } from '../../admin/src/common/digits';
import { arPlural } from '../../admin/src/i18n/plural';

describe('console helpers', () => {
  it.each([
    ['١٠٢٣٤٥٦٧٨٩', '1023456789'],
    ['۰۵۱۲۳۴۵۶۷۸', '0512345678'],
    ['05٥١2٣', '055123'],
    ['REQ-١٤٤٨-٠٠٠٠١', 'REQ-1448-00001'],
    ['', ''],
  ])('[ARABIC-DIGITS] normalises %s to %s', (typed, stored) => {
    expect(normaliseDigits(typed)).toBe(stored);
  });

  it('[ARABIC-DIGITS] leaves non-text input values alone', () => {
    expect(parseDigits(null)).toBeNull();
    expect(parseDigits(7)).toBe(7);
  });

  it.each([
    ['2026-03-20T12:00:00Z', 'ar', '١ شوال ١٤٤٧ هـ', '٢٠ مارس ٢٠٢٦'],
    ['2026-03-20T12:00:00Z', 'en', 'Shawwal 1, 1447 AH', '20 March 2026'],
    ['2021-07-05', 'ar', '٢٥ ذو القعدة ١٤٤٢ هـ', '٥ يوليو ٢٠٢١'],
  ])('[HIJRI] %s in %s reads as Umm al-Qura %s and Gregorian %s', (value, locale, hijri, gregorian) => {
    expect(formatDualDate(value, locale)).toEqual({ hijri, gregorian });
  });

  it('[HIJRI] an unparseable date gives nothing rather than "Invalid Date"', () => {
    expect(formatDualDate('not a date', 'ar')).toBeNull();
  });

  it('[ARABIC-FIRST] Arabic plurals fill all six polyglot forms with the dual and counted forms plural', () => {
    expect(arPlural('طلب', 'طلبات').split(' |||| ')).toEqual(['طلبات', 'طلب', 'طلبات', 'طلبات', 'طلبات', 'طلبات']);
  });
});
