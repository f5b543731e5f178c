/**
 * Hijri (Umm al-Qura, the Saudi civil calendar) and Gregorian dates, always in the Asia/Riyadh zone:
 * times are stored in UTC but deadlines and letters are read by people in Saudi Arabia.
 * Pure: no Strapi, no I/O. Relies on Node's full ICU (the default build since Node 13).
 */

export type DateLocale = 'ar' | 'en';
export type HijriParts = { year: number; month: number; day: number };

const TIME_ZONE = 'Asia/Riyadh';

// Intl.DateTimeFormat construction costs far more than formatting, and these run per notification
// and per row, so each distinct formatter is built once.
const formatters = new Map<string, Intl.DateTimeFormat>();
const getFormatter = (locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat => {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone: TIME_ZONE });
    formatters.set(key, formatter);
  }
  return formatter;
};

const NUMERIC: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'numeric', day: 'numeric' };
// Locales pin calendar and numbering system explicitly: ar-SA defaults to the Hijri calendar, and the
// host's default locale must never leak into what users see.
const HIJRI_NUMERIC = 'en-u-ca-islamic-umalqura-nu-latn';
const GREGORIAN_NUMERIC = 'en-u-ca-gregory-nu-latn';
const HIJRI_LONG: Readonly<Record<DateLocale, string>> = {
  ar: 'ar-SA-u-ca-islamic-umalqura-nu-arab',
  // en-GB puts the day first ("16 Jumada II 1448 AH"), matching the Arabic order and the Gregorian
  // format below; en-US would give "Jumada II 16, 1448 AH".
  en: 'en-GB-u-ca-islamic-umalqura-nu-latn',
};
const GREGORIAN_LONG: Readonly<Record<DateLocale, string>> = {
  ar: 'ar-SA-u-ca-gregory-nu-arab',
  en: 'en-GB-u-ca-gregory-nu-latn',
};

// Intl throws an opaque "Invalid time value"; naming the function makes the stack trace useful.
const assertValidDate = (date: Date, caller: string): void => {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) throw new RangeError(`${caller}: invalid date`);
};

const readNumericParts = (date: Date, locale: string): HijriParts => {
  const parts = getFormatter(locale, NUMERIC).formatToParts(date);
  const read = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((part) => part.type === type)?.value);
  return { year: read('year'), month: read('month'), day: read('day') };
};

/** The Umm al-Qura date of the Riyadh calendar day containing `date`. */
export const hijriParts = (date: Date): HijriParts => {
  assertValidDate(date, 'hijriParts');
  return readNumericParts(date, HIJRI_NUMERIC);
};

/** The Umm al-Qura year of the Riyadh day; tracking-number sequences restart on it. */
export const hijriYear = (date: Date): number => hijriParts(date).year;

/**
 * ar: «١٦ جمادى الآخرة ١٤٤٨ هـ» (Arabic-Indic digits, Arabic month names).
 * en: «16 Jumada II 1448 AH» (day-month-year, ICU's transliterated month names).
 */
export const formatHijri = (date: Date, locale: DateLocale): string => {
  assertValidDate(date, 'formatHijri');
  return getFormatter(HIJRI_LONG[locale], { dateStyle: 'long' }).format(date);
};

/** ar: «٢٦ نوفمبر ٢٠٢٦»; en: «26 November 2026». */
export const formatGregorian = (date: Date, locale: DateLocale): string => {
  assertValidDate(date, 'formatGregorian');
  return getFormatter(GREGORIAN_LONG[locale], { dateStyle: 'long' }).format(date);
};

/**
 * Both calendars, as official Saudi correspondence writes them.
 * ar: «١٦ جمادى الآخرة ١٤٤٨ هـ الموافق ٢٦ نوفمبر ٢٠٢٦م»; en: «16 Jumada II 1448 AH (26 November 2026)».
 */
export const formatDualDate = (date: Date, locale: DateLocale): string => {
  const hijri = formatHijri(date, locale);
  const gregorian = formatGregorian(date, locale);
  return locale === 'ar' ? `${hijri} الموافق ${gregorian}م` : `${hijri} (${gregorian})`;
};

/** The Riyadh calendar day as YYYY-MM-DD, for grouping and due-date arithmetic by local day. */
export const riyadhDateKey = (date: Date): string => {
  assertValidDate(date, 'riyadhDateKey');
  const { year, month, day } = readNumericParts(date, GREGORIAN_NUMERIC);
  const pad = (value: number, width: number): string => String(value).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
};

/**
 * The Gregorian day (YYYY-MM-DD) of an Umm al-Qura date, found by walking from an estimate: holidays
 * such as the two Eids are set in the Hijri calendar and must land on the right Gregorian day.
 */
export const gregorianOfHijri = (year: number, month: number, day: number): string => {
  // 1 Muharram 1448 AH was 2026-06-16; a Hijri year is ~354.37 days and a month ~29.53.
  const estimate = Date.UTC(2026, 5, 16) + ((year - 1448) * 354.367 + (month - 1) * 29.53 + (day - 1)) * 86_400_000;
  for (let offset = 0; offset <= 6; offset = offset <= 0 ? 1 - offset : -offset) {
    // Noon Riyadh (09:00 UTC) keeps the instant inside the intended Riyadh day.
    const candidate = new Date(estimate + offset * 86_400_000);
    candidate.setUTCHours(9, 0, 0, 0);
    const parts = hijriParts(candidate);
    if (parts.year === year && parts.month === month && parts.day === day) return riyadhDateKey(candidate);
  }
  throw new RangeError(`gregorianOfHijri: ${year}-${month}-${day} is not an Umm al-Qura date`);
};
