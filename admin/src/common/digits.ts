/**
 * Officers type national IDs and phones on Arabic keyboards, which produce Arabic-Indic (٠-٩) or
 * Eastern Arabic-Indic (۰-۹) digits; the server stores ASCII digits. Pure, so it is unit-tested.
 */
const ARABIC_INDIC_ZERO = 0x0660;
const EASTERN_ARABIC_INDIC_ZERO = 0x06f0;

export const normaliseDigits = (value: string): string =>
  value.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (digit) => {
    const code = digit.charCodeAt(0);
    return String(code - (code >= EASTERN_ARABIC_INDIC_ZERO ? EASTERN_ARABIC_INDIC_ZERO : ARABIC_INDIC_ZERO));
  });

/** `parse` for a react-admin input: keeps empty values empty. */
export const parseDigits = (value: unknown): unknown => (typeof value === 'string' ? normaliseDigits(value) : value);
