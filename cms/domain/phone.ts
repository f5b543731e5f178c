/**
 * Saudi phone numbers: normalisation to E.164 and masking. Pure: no Strapi, no I/O.
 */
import { toAsciiDigits } from './arabic-text';

export type PhoneResult = { ok: true; value: string } | { ok: false; code: 'PHONE_INVALID' };

const COUNTRY_CODE = '966';
// National significant numbers (9 digits): mobiles are 5XXXXXXXX; landlines are an area code
// 11..17 followed by 7 digits. Unified (9200…), toll-free (800…) and others are deliberately
// refused: notifications go to these numbers and only mobiles/landlines identify a person.
const MOBILE = /^5\d{8}$/;
const LANDLINE = /^1[1-7]\d{7}$/;
// Separators people type or paste; the various Unicode dashes come from word processors.
const SEPARATORS = /[\s\-\u2010-\u2015()]/g;

// Strips the international or trunk prefix; returns null when the shape is not a Saudi number at all.
const extractNationalNumber = (digits: string): string | null => {
  if (digits.startsWith('+')) return digits.startsWith(`+${COUNTRY_CODE}`) ? digits.slice(4) : null;
  if (digits.startsWith(`00${COUNTRY_CODE}`)) return digits.slice(5);
  // Without a prefix, a leading 966 is the country code only when the total length says so;
  // no Saudi national number starts with 9, so this is unambiguous.
  if (digits.startsWith(COUNTRY_CODE) && digits.length === 12) return digits.slice(3);
  if (digits.startsWith('0') && digits.length === 10) return digits.slice(1);
  return digits;
};

/** Normalises a Saudi mobile or landline to E.164 (+966…), as typed by an officer or a beneficiary. */
export const normaliseSaudiPhone = (input: unknown): PhoneResult => {
  if (typeof input !== 'string') return { ok: false, code: 'PHONE_INVALID' };
  const compact = toAsciiDigits(input).replace(SEPARATORS, '');
  if (!/^\+?\d+$/.test(compact)) return { ok: false, code: 'PHONE_INVALID' };
  const national = extractNationalNumber(compact);
  if (national === null || !(MOBILE.test(national) || LANDLINE.test(national)))
    return { ok: false, code: 'PHONE_INVALID' };
  return { ok: true, value: `+${COUNTRY_CODE}${national}` };
};

/**
 * Masks a phone number for logs and roles that need no more (HRF-P1). The country code is not
 * personal data and helps support staff see which route a message took; the last two digits let a
 * beneficiary confirm it is theirs.
 */
export const maskPhone = (phone: string): string => {
  const prefix = phone.startsWith(`+${COUNTRY_CODE}`) ? `+${COUNTRY_CODE}` : '';
  const rest = phone.slice(prefix.length);
  if (rest.length <= 2) return prefix + '*'.repeat(rest.length);
  return prefix + '*'.repeat(rest.length - 2) + rest.slice(-2);
};
