/**
 * MC4: the months the monthly report can be asked for, newest first, each named in both calendars
 * (Gregorian month, and the Umm al-Qura days it spans). Pure so it is unit-tested.
 */
export type ReportMonth = { value: string; gregorian: string; hijri: string };

const riyadhMonth = (now: Date): { year: number; month: number } => {
  const shifted = new Date(now.getTime() + 3 * 3600_000);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1 };
};

const gregorianLocale = (locale: string) => (locale === 'en' ? 'en-GB' : 'ar-SA-u-ca-gregory');
const hijriLocale = (locale: string) =>
  locale === 'en' ? 'en-GB-u-ca-islamic-umalqura' : 'ar-SA-u-ca-islamic-umalqura';

/** The current Riyadh month and the `count - 1` before it. */
export const reportMonths = (now: Date, locale: string, count = 24): ReportMonth[] => {
  const { year, month } = riyadhMonth(now);
  const gregorian = new Intl.DateTimeFormat(gregorianLocale(locale), {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const hijri = new Intl.DateTimeFormat(hijriLocale(locale), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return Array.from({ length: count }, (_, i) => {
    const first = new Date(Date.UTC(year, month - 1 - i, 1, 12));
    const last = new Date(Date.UTC(year, month - i, 0, 12));
    return {
      value: first.toISOString().slice(0, 7),
      gregorian: gregorian.format(first),
      hijri: `${hijri.format(first)} – ${hijri.format(last)}`,
    };
  });
};
