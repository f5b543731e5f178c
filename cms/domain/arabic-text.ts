/**
 * Arabic text helpers shared by validation (IDs, phones, tracking numbers) and search.
 * Pure: no Strapi, no I/O.
 */

// Arabic-Indic (U+0660..0669) and Eastern Arabic-Indic / Persian (U+06F0..06F9) digits.
const ARABIC_INDIC_DIGIT = /[\u0660-\u0669\u06F0-\u06F9]/g;

/** Converts Arabic-Indic and Eastern Arabic-Indic digits to ASCII; everything else is left alone. */
export const toAsciiDigits = (text: string): string =>
  text.replace(ARABIC_INDIC_DIGIT, (digit) => {
    const code = digit.charCodeAt(0);
    // Both blocks are contiguous runs of ten starting at 0, so the low nibble offset is the digit.
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });

// Tashkeel (fathatan .. wasla-range marks), superscript alef and tatweel. Users type names with and
// without vowel marks, and decomposed hamza (U+0654/U+0655) falls in this range too, so stripping it
// lands on the same bare letter the unification table below produces for the precomposed form.
const DIACRITICS = /[\u064B-\u065F\u0670\u0640]/g;

// Spelling variants that people use interchangeably when typing names; folding them makes
// «أحمد» find «احمد» and «فاطمة» find «فاطمه».
const LETTER_FOLDS: Readonly<Record<string, string>> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ة: 'ه',
  ى: 'ي',
  ؤ: 'و',
  ئ: 'ي',
};
const FOLDABLE = /[أإآٱةىؤئ]/g;

/**
 * Builds a search key: the stored key and the query needle both go through this, so only the
 * equivalences matter, not the readability of the result.
 */
export const normaliseArabic = (text: string): string =>
  toAsciiDigits(text)
    .toLowerCase()
    .replace(DIACRITICS, '')
    .replace(FOLDABLE, (letter) => LETTER_FOLDS[letter] ?? letter)
    .replace(/\s+/g, ' ')
    .trim();
