/** Arabic digit conversion and search-key normalisation. */
import { normaliseArabic, toAsciiDigits } from '../../cms/domain/arabic-text';

describe('toAsciiDigits', () => {
  it.each<[string, string, string]>([
    ['Arabic-Indic digits', '٠١٢٣٤٥٦٧٨٩', '0123456789'],
    ['Eastern Arabic-Indic digits', '۰۱۲۳۴۵۶۷۸۹', '0123456789'],
    ['ASCII digits unchanged', '0123456789', '0123456789'],
    ['mixed text', 'رقم الطلب ١٤٤٨-۰۰۱', 'رقم الطلب 1448-001'],
    ['no digits', 'نورة', 'نورة'],
    ['empty string', '', ''],
  ])('converts %s', (_label, input, expected) => {
    expect(toAsciiDigits(input)).toBe(expected);
  });
});

describe('normaliseArabic', () => {
  it.each<[string, string, string]>([
    ['tashkeel', 'مُحَمَّدٌ', 'محمد'],
    ['tanween and sukun', 'كِتَابًا مُسْلِمٍ', 'كتابا مسلم'],
    ['superscript alef', 'هٰذا', 'هذا'],
    ['tatweel', 'عـــبـــدالله', 'عبدالله'],
    ['alef with hamza above', 'أحمد', 'احمد'],
    ['alef with hamza below', 'إبراهيم', 'ابراهيم'],
    ['alef with madda', 'آمنة', 'امنه'],
    ['alef wasla', 'ٱلله', 'الله'],
    ['ta marbuta', 'فاطمة', 'فاطمه'],
    ['alef maqsura', 'مصطفى', 'مصطفي'],
    ['hamza on waw', 'مؤمن', 'مومن'],
    ['hamza on ya', 'عائشة', 'عايشه'],
    ['decomposed hamza above folds like the precomposed letter', 'ا\u0654حمد', 'احمد'],
    ['Arabic-Indic digits', 'رقم ١٠٤٥٦٧٨٩٠٩', 'رقم 1045678909'],
    ['Eastern Arabic-Indic digits', '۰۵۵۱۲۳۴۵۶۷', '0551234567'],
    ['Latin lower-cased', 'Noura AL-Qahtani', 'noura al-qahtani'],
    ['whitespace collapsed and trimmed', '  نورة \t\n  القحطاني  ', 'نوره القحطاني'],
    ['full beneficiary key', 'نُورَة عبدالله   Noura +966551234567', 'نوره عبدالله noura +966551234567'],
    ['empty string', '', ''],
  ])('normalises %s', (_label, input, expected) => {
    expect(normaliseArabic(input)).toBe(expected);
  });

  it.each<[string, string]>([
    ['أحمد', 'احمد'],
    ['فاطمة', 'فاطمه'],
    ['مُصْطَفَى', 'مصطفي'],
    ['عائشة', 'عايشه'],
  ])('gives %p and %p the same search key', (a, b) => {
    expect(normaliseArabic(a)).toBe(normaliseArabic(b));
  });

  it.each<[string]>([['أحمد'], ['  مُحَمَّدٌ  ']])('is idempotent for %p', (input) => {
    const once = normaliseArabic(input);
    expect(normaliseArabic(once)).toBe(once);
  });
});
