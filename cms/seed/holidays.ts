/**
 * Saudi public holidays of 1447–1448 AH (H7: the SLA calendar skips them). The Eids are Hijri-dated
 * and computed from the Umm al-Qura calendar; Founding Day (22 Feb) and National Day (23 Sep) are
 * Gregorian. An association admin edits this list in the console.
 */
import { gregorianOfHijri } from '../domain/hijri';

const addDays = (isoDay: string, n: number) =>
  new Date(Date.parse(`${isoDay}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

export type HolidaySeed = {
  nameAr: string;
  nameEn: string;
  startDate: string;
  endDate: string;
  hijriYear: number;
  kind: string;
};

export const saudiHolidays = (hijriYears: readonly number[]): HolidaySeed[] =>
  hijriYears.flatMap((year) => {
    // Eid al-Fitr: from 29 Ramadan for four days (the official private-sector holiday).
    const fitr = gregorianOfHijri(year, 9, 29);
    // Eid al-Adha: from the Day of Arafah (9 Dhu al-Hijjah) for four days.
    const adha = gregorianOfHijri(year, 12, 9);
    const firstDay = gregorianOfHijri(year, 1, 1);
    const lastDay = addDays(gregorianOfHijri(year + 1, 1, 1), -1);
    const gregorian = (monthDay: string, nameAr: string, nameEn: string, kind: string) =>
      [firstDay.slice(0, 4), lastDay.slice(0, 4)]
        .map((y) => `${y}-${monthDay}`)
        .filter((day, i, all) => day >= firstDay && day <= lastDay && all.indexOf(day) === i)
        .map((day) => ({ nameAr, nameEn, startDate: day, endDate: day, hijriYear: year, kind }));
    return [
      {
        nameAr: `إجازة عيد الفطر ${year}هـ`,
        nameEn: `Eid al-Fitr ${year} AH`,
        startDate: fitr,
        endDate: addDays(fitr, 3),
        hijriYear: year,
        kind: 'eid_al_fitr',
      },
      {
        nameAr: `إجازة عيد الأضحى ${year}هـ`,
        nameEn: `Eid al-Adha ${year} AH`,
        startDate: adha,
        endDate: addDays(adha, 3),
        hijriYear: year,
        kind: 'eid_al_adha',
      },
      ...gregorian('02-22', 'يوم التأسيس', 'Founding Day', 'founding_day'),
      ...gregorian('09-23', 'اليوم الوطني', 'National Day', 'national_day'),
    ];
  });
