/**
 * Saudi national ID / iqama validation: the officer checks the data's validity at submission time
 * (HRF-H3), and IDs are masked for roles that need no more (HRF-P1).
 */
import {
  generateSaudiId,
  idNationalityMismatch,
  maskNationalId,
  validateSaudiId,
  type SaudiIdError,
  type SaudiIdKind,
} from '../../cms/domain/saudi-id';

// Check digits below were worked by hand: e.g. 1045678909 → 2+0+8+5+3+7+7+9+0+9 = 50.
describe('validateSaudiId', () => {
  it.each<[string, unknown, string, SaudiIdKind]>([
    ['citizen national ID', '1045678909', '1045678909', 'citizen'],
    ['another citizen ID', '1122334459', '1122334459', 'citizen'],
    ['resident iqama', '2034567897', '2034567897', 'resident'],
    ['another resident iqama', '2456789011', '2456789011', 'resident'],
    ['surrounding whitespace', '  1045678909\n', '1045678909', 'citizen'],
    ['inner spaces', '1 045 678 909', '1045678909', 'citizen'],
    ['dashes', '1-0456-78909', '1045678909', 'citizen'],
    ['Arabic-Indic digits', '١٠٤٥٦٧٨٩٠٩', '1045678909', 'citizen'],
    ['Eastern Arabic-Indic digits', '۲۰۳۴۵۶۷۸۹۷', '2034567897', 'resident'],
    ['mixed Arabic-Indic digits and spaces', '٢٠٣ ٤٥٦ ٧٨٩٧', '2034567897', 'resident'],
    ['number input', 1045678909, '1045678909', 'citizen'],
    ['number input (resident)', 2456789011, '2456789011', 'resident'],
  ])('[HRF-H3] accepts %s', (_label, input, value, kind) => {
    expect(validateSaudiId(input)).toEqual({ ok: true, value, kind });
  });

  it.each<[string, unknown, SaudiIdError]>([
    ['empty string', '', 'NATIONAL_ID_REQUIRED'],
    ['whitespace only', '   ', 'NATIONAL_ID_REQUIRED'],
    ['separators only', ' - - ', 'NATIONAL_ID_REQUIRED'],
    ['null', null, 'NATIONAL_ID_REQUIRED'],
    ['undefined', undefined, 'NATIONAL_ID_REQUIRED'],
    ['an object', { id: '1045678909' }, 'NATIONAL_ID_REQUIRED'],
    ['a boolean', true, 'NATIONAL_ID_REQUIRED'],
    ['letters', '10456789AB', 'NATIONAL_ID_NOT_DIGITS'],
    ['a letter prefix', 'ID1045678909', 'NATIONAL_ID_NOT_DIGITS'],
    ['a dot', '1045678.909', 'NATIONAL_ID_NOT_DIGITS'],
    ['a non-integer number', 1.5, 'NATIONAL_ID_NOT_DIGITS'],
    ['NaN', Number.NaN, 'NATIONAL_ID_NOT_DIGITS'],
    ['too short', '104567890', 'NATIONAL_ID_LENGTH'],
    ['too long', '10456789090', 'NATIONAL_ID_LENGTH'],
    ['far too short', '1', 'NATIONAL_ID_LENGTH'],
    ['first digit 3', '3045678906', 'NATIONAL_ID_FIRST_DIGIT'],
    ['first digit 0', '0045678901', 'NATIONAL_ID_FIRST_DIGIT'],
    ['first digit 9', '9045678904', 'NATIONAL_ID_FIRST_DIGIT'],
    ['bad checksum (citizen)', '1045678900', 'NATIONAL_ID_CHECKSUM'],
    ['bad checksum (resident)', '2034567898', 'NATIONAL_ID_CHECKSUM'],
    ['two swapped digits', '1054678909', 'NATIONAL_ID_CHECKSUM'],
    ['bad checksum in Arabic-Indic digits', '١٠٤٥٦٧٨٩٠٠', 'NATIONAL_ID_CHECKSUM'],
  ])('[HRF-H3] rejects %s', (_label, input, code) => {
    expect(validateSaudiId(input)).toEqual({ ok: false, code });
  });

  it.each<[string, unknown, SaudiIdError]>([
    ['non-digits before length', '12ab', 'NATIONAL_ID_NOT_DIGITS'],
    ['length before first digit', '30456789', 'NATIONAL_ID_LENGTH'],
    ['first digit before checksum', '3045678900', 'NATIONAL_ID_FIRST_DIGIT'],
  ])('[HRF-H3] reports the first failing check: %s', (_label, input, code) => {
    expect(validateSaudiId(input)).toEqual({ ok: false, code });
  });
});

describe('generateSaudiId', () => {
  it.each<[SaudiIdKind, string]>([
    ['citizen', '1'],
    ['resident', '2'],
  ])('[HRF-H3] produces 1000 distinct valid %s IDs', (kind, firstDigit) => {
    const ids = Array.from({ length: 1000 }, (_unused, seed) => generateSaudiId(kind, seed));
    expect(new Set(ids).size).toBe(1000);
    for (const id of ids) {
      expect(id).toMatch(new RegExp(`^${firstDigit}\\d{9}$`));
      expect(validateSaudiId(id)).toEqual({ ok: true, value: id, kind });
    }
  });

  it.each<[SaudiIdKind, number]>([
    ['citizen', 0],
    ['citizen', 900_001],
    ['resident', 99_999_999],
  ])('is deterministic for %s seed %d', (kind, seed) => {
    expect(generateSaudiId(kind, seed)).toBe(generateSaudiId(kind, seed));
  });

  it.each<[number, number]>([
    [0, 1],
    [900_000, 900_001],
    [99_999_998, 99_999_999],
  ])('gives different IDs for seeds %d and %d', (a, b) => {
    expect(generateSaudiId('citizen', a)).not.toBe(generateSaudiId('citizen', b));
  });

  it.each<[number]>([[0.5], [Number.NaN], [Number.POSITIVE_INFINITY]])('throws RangeError for seed %p', (seed) => {
    expect(() => generateSaudiId('citizen', seed)).toThrow(RangeError);
  });
});

describe('maskNationalId', () => {
  it.each<[string, string]>([
    ['1045678934', '1*******34'],
    ['2034567897', '2*******97'],
    ['123', '***'],
    ['', ''],
  ])('[HRF-P1] masks %p as %p', (id, masked) => {
    expect(maskNationalId(id)).toBe(masked);
  });

  it.each<[SaudiIdKind, number]>([
    ['citizen', 7],
    ['resident', 42],
  ])('[HRF-P1] keeps only the kind digit and the last two of a generated %s ID', (kind, seed) => {
    const id = generateSaudiId(kind, seed);
    const masked = maskNationalId(id);
    expect(masked).toMatch(/^[12]\*{7}\d{2}$/);
    expect(masked).toBe(`${id[0]}*******${id.slice(-2)}`);
  });
});

describe('idNationalityMismatch', () => {
  it.each([
    ['a national ID with nationality SA', 'citizen', 'SA', null],
    ['a national ID with nationality sa (any case)', 'citizen', 'sa', null],
    ['a national ID with nationality EG', 'citizen', 'EG', 'NATIONALITY_ID_MISMATCH'],
    ['an iqama with nationality EG', 'resident', 'EG', null],
    ['an iqama with nationality SA', 'resident', 'SA', 'NATIONALITY_ID_MISMATCH'],
    ['no nationality given yet', 'citizen', undefined, null],
  ] as const)('[HRF-H3] %s → %p', (_name, kind, nationality, expected) => {
    expect(idNationalityMismatch(kind, nationality)).toBe(expected);
  });
});
