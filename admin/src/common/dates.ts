/**
 * Every date in the console is shown twice: Hijri (Umm al-Qura, the calendar of Saudi official
 * documents) and Gregorian. Pure so it is unit-tested; the browser and Node share ICU's calendars.
 */
const OPTIONS: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'Asia/Riyadh' };
const WITH_TIME: Intl.DateTimeFormatOptions = { ...OPTIONS, hour: '2-digit', minute: '2-digit' };

const hijriLocale = (locale: string) => (locale === 'en' ? 'en-u-ca-islamic-umalqura' : 'ar-SA-u-ca-islamic-umalqura');
const gregorianLocale = (locale: string) => (locale === 'en' ? 'en-GB' : 'ar-SA-u-ca-gregory');

export type DualDate = { hijri: string; gregorian: string };

export const formatDualDate = (value: string | number | Date, locale: string, withTime = false): DualDate | null => {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  const options = withTime ? WITH_TIME : OPTIONS;
  return {
    hijri: new Intl.DateTimeFormat(hijriLocale(locale), OPTIONS).format(date),
    gregorian: new Intl.DateTimeFormat(gregorianLocale(locale), options).format(date),
  };
};
