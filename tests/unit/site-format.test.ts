/** PD1, H7: the website writes a board approval's dates as the decree does, and a response time in words. */
import { durationText, gregorianDayText, hijriDayText } from '../../cms/site/format';

describe('approval dates', () => {
  it('[PD1] 25/11/1442 AH in both languages, with its long form', () => {
    expect(hijriDayText('1442-11-25', 'ar')).toEqual({
      digits: '25/11/1442',
      mark: 'هـ',
      numeric: '25/11/1442 هـ',
      long: '٢٥ ذو القعدة ١٤٤٢ هـ',
    });
    expect(hijriDayText('1442-11-25', 'en')?.numeric).toBe('25/11/1442 AH');
  });

  it('[PD1] 05/07/2021 in both languages, with its long form', () => {
    expect(gregorianDayText('2021-07-05', 'ar')).toEqual({
      digits: '05/07/2021',
      mark: 'م',
      numeric: '05/07/2021 م',
      long: '٥ يوليو ٢٠٢١',
    });
    expect(gregorianDayText('2021-07-05', 'en')).toMatchObject({ numeric: '05/07/2021', long: '5 July 2021' });
  });

  it.each([null, '', '25/11/1442', '1442-11'])('[PD1] %p is not a date: nothing is shown', (value) => {
    expect(hijriDayText(value, 'ar')).toBeNull();
    expect(gregorianDayText(value, 'ar')).toBeNull();
  });

  it('[PD1] a day that is not an Umm al-Qura date keeps its numeric form only', () => {
    expect(hijriDayText('1442-13-40', 'ar')).toMatchObject({ numeric: '40/13/1442 هـ', long: null });
  });
});

describe('durationText', () => {
  it.each<[number, 'working_days' | 'calendar_days', string, string]>([
    [1, 'working_days', 'يوم عمل واحد', '1 working day'],
    [2, 'working_days', 'يوما عمل', '2 working days'],
    [3, 'working_days', '٣ أيام عمل', '3 working days'],
    [10, 'working_days', '١٠ أيام عمل', '10 working days'],
    [15, 'working_days', '١٥ يوم عمل', '15 working days'],
    [100, 'working_days', '١٠٠ يوم عمل', '100 working days'],
    [103, 'working_days', '١٠٣ أيام عمل', '103 working days'],
    [1, 'calendar_days', 'يوم واحد', '1 calendar day'],
    [2, 'calendar_days', 'يومان', '2 calendar days'],
    [14, 'calendar_days', '١٤ يومًا', '14 calendar days'],
    [30, 'calendar_days', '٣٠ يومًا', '30 calendar days'],
  ])('[H7] %i %s: «%s», "%s"', (days, unit, ar, en) => {
    expect(durationText(days, unit, 'ar')).toBe(ar);
    expect(durationText(days, unit, 'en')).toBe(en);
  });
});
