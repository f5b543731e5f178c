/**
 * P1: the audit log keeps field names, codes, ids and counts, never a personal value: the guard
 * recognises Saudi IDs, phone numbers and e-mail addresses anywhere in a summary and replaces them.
 */
import { personalKindOf, redactPersonalValues } from '../../cms/domain/personal-data';

describe('personal values in audit summaries', () => {
  it.each<[string, string]>([
    ['1012345678', 'national_id'],
    ['2098765432', 'national_id'],
    ['ID ١٠١٢٣٤٥٦٧٨ given', 'national_id'],
    ['0551234567', 'phone'],
    ['+966551234567', 'phone'],
    ['966551234567', 'phone'],
    ['055 123 4567', 'phone'],
    ['called ٠٥٥١٢٣٤٥٦٧', 'phone'],
    ['noura@example.sa', 'email'],
    ['write to Noura.H+wasl@mail.example.com today', 'email'],
  ])('[P1] %s is a personal value (%s)', (text, kind) => {
    expect(personalKindOf(text)).toBe(kind);
  });

  it.each<string>([
    'nationalId',
    'phone',
    'complete',
    'CMP-1447-000123',
    'REQ-1447-004211',
    '2026-12-01T08:00:00.000Z',
    'k7m2x9q4w8e5r1t6y3u0i2o5',
    '3012345678',
    '12345',
    'abc1012345678def',
    'VALUE_ALREADY_USED',
    'approve',
  ])('[P1] %s is not a personal value', (text) => {
    expect(personalKindOf(text)).toBeNull();
  });

  it('[P1] replaces personal strings at any depth and says where, never what', () => {
    const summary = {
      fields: ['phone', 'nationalId'],
      from: 'received',
      to: 'complete',
      note: 'رقم الجوال 0551234567',
      changes: [{ field: 'email', value: 'noura@example.sa' }],
      count: 3,
      ids: ['k7m2x9q4w8e5r1t6y3u0i2o5'],
      '1012345678': true,
    };
    expect(redactPersonalValues(summary)).toEqual({
      value: {
        fields: ['phone', 'nationalId'],
        from: 'received',
        to: 'complete',
        note: '[redacted:phone]',
        changes: [{ field: 'email', value: '[redacted:email]' }],
        count: 3,
        ids: ['k7m2x9q4w8e5r1t6y3u0i2o5'],
      },
      // An integer-like key comes first in a JavaScript object's own order.
      redactions: [
        { path: '$.[redacted:national_id]', kind: 'national_id' },
        { path: '$.note', kind: 'phone' },
        { path: '$.changes[0].value', kind: 'email' },
      ],
    });
  });

  it('[P1] leaves a clean summary as it is', () => {
    const summary = { from: 'received', to: 'complete', fields: ['status'], masked: true, level: 2 };
    expect(redactPersonalValues(summary)).toEqual({ value: summary, redactions: [] });
  });
});
