/**
 * Dates and durations as the website writes them. A board approval (PD1) is shown as the decree writes
 * it, day/month/year in both calendars («25/11/1442 هـ», «05/07/2021 م»), beside the long form from
 * cms/domain/hijri.ts; a response time (H7) as «١٥ يوم عمل» / "15 working days".
 */
import { formatGregorian, formatHijri, gregorianOfHijri } from '../domain/hijri';
import type { SlaUnit } from '../domain/sla-calendar';
import type { Lang } from './i18n';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export const arabicDigits = (n: number): string =>
  String(n).replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)));

const dayParts = (value: string | null | undefined): [number, number, number] | null => {
  const match = ISO_DAY.exec(value ?? '');
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : null;
};

const dmy = ([y, m, d]: [number, number, number]): string =>
  `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;

// Noon in Riyadh (09:00 UTC): the instant is inside the intended Riyadh day whatever the host's zone.
const riyadhNoon = (isoDay: string): Date => new Date(`${isoDay}T09:00:00Z`);

/** `numeric` is `digits` with its calendar mark («هـ», «م», "AH"), which stays outside the left-to-right digits. */
export type DateText = { digits: string; mark: string; numeric: string; long: string | null };

const dateText = (digits: string, mark: string, long: string | null): DateText => ({
  digits,
  mark,
  numeric: mark ? `${digits} ${mark}` : digits,
  long,
});

/** A stored Hijri day (`1442-11-25`) as «25/11/1442 هـ» and «٢٥ ذو القعدة ١٤٤٢ هـ»; null when malformed. */
export const hijriDayText = (value: string | null | undefined, lang: Lang): DateText | null => {
  const parts = dayParts(value);
  if (!parts) return null;
  let long: string | null = null;
  try {
    long = formatHijri(riyadhNoon(gregorianOfHijri(...parts)), lang);
  } catch {
    // Not an Umm al-Qura day (the publish check refuses those): the numeric form is all there is.
  }
  return dateText(dmy(parts), lang === 'ar' ? 'هـ' : 'AH', long);
};

/** A stored Gregorian day (`2021-07-05`) as «05/07/2021 م» and «٥ يوليو ٢٠٢١»; null when malformed. */
export const gregorianDayText = (value: string | null | undefined, lang: Lang): DateText | null => {
  const parts = dayParts(value);
  if (!parts) return null;
  return dateText(dmy(parts), lang === 'ar' ? 'م' : '', formatGregorian(riyadhNoon(value!), lang));
};

/** The Riyadh day of an instant in long form (a version's publication). */
export const instantDayText = (value: string | Date, lang: Lang): string => formatGregorian(new Date(value), lang);

/**
 * H7: a response time in words. Arabic counts agree with the number: ١ يوم عمل واحد, ٢ يوما عمل,
 * ٣–١٠ أيام عمل, ١١–٩٩ يوم عمل (يومًا for calendar days), and from ١٠٠ on by the last two digits.
 */
export const durationText = (days: number, unit: SlaUnit, lang: Lang): string => {
  const working = unit === 'working_days';
  if (lang === 'en') return `${days} ${working ? 'working' : 'calendar'} day${days === 1 ? '' : 's'}`;
  if (days === 1) return working ? 'يوم عمل واحد' : 'يوم واحد';
  if (days === 2) return working ? 'يوما عمل' : 'يومان';
  const tail = days % 100;
  const n = arabicDigits(days);
  if (tail >= 3 && tail <= 10) return `${n} ${working ? 'أيام عمل' : 'أيام'}`;
  if (tail >= 11) return `${n} ${working ? 'يوم عمل' : 'يومًا'}`;
  return `${n} ${working ? 'يوم عمل' : 'يوم'}`;
};
