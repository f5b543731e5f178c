/**
 * Saudi phone normalisation (the officer checks the data's validity at submission time, HRF-H3)
 * and masking for roles and logs that need no more (HRF-P1).
 */
import { maskPhone, normaliseSaudiPhone } from '../../cms/domain/phone';

describe('normaliseSaudiPhone', () => {
  it.each<[string, string]>([
    ['0551234567', '+966551234567'],
    ['551234567', '+966551234567'],
    ['966551234567', '+966551234567'],
    ['+966551234567', '+966551234567'],
    ['00966551234567', '+966551234567'],
    ['055 123 4567', '+966551234567'],
    ['055-123-4567', '+966551234567'],
    ['(055) 123-4567', '+966551234567'],
    ['+966 (55) 123 4567', '+966551234567'],
    ['  00966 55 123 4567  ', '+966551234567'],
    ['٠٥٥١٢٣٤٥٦٧', '+966551234567'],
    ['+٩٦٦٥٥١٢٣٤٥٦٧', '+966551234567'],
    ['۰۵۵۱۲۳۴۵۶۷', '+966551234567'],
    ['٠٥٥ ١٢٣ ٤٥٦٧', '+966551234567'],
  ])('[HRF-H3] normalises mobile %p to %p', (input, value) => {
    expect(normaliseSaudiPhone(input)).toEqual({ ok: true, value });
  });

  it.each<[string, string]>([
    ['0112345678', '+966112345678'],
    ['112345678', '+966112345678'],
    ['+966112345678', '+966112345678'],
    ['00966 11 234 5678', '+966112345678'],
    ['966126543210', '+966126543210'],
    ['(013) 876-5432', '+966138765432'],
    ['0171234567', '+966171234567'],
    ['٠١١٢٣٤٥٦٧٨', '+966112345678'],
  ])('[HRF-H3] normalises landline %p to %p', (input, value) => {
    expect(normaliseSaudiPhone(input)).toEqual({ ok: true, value });
  });

  it.each<[string, unknown]>([
    ['too short', '055123456'],
    ['too short without trunk zero', '55123456'],
    ['too long', '05512345678'],
    ['too long with country code', '+9665512345678'],
    ['04 prefix', '0451234567'],
    ['landline area code 10', '0102345678'],
    ['landline area code 18', '0182345678'],
    ['unified number', '920012345'],
    ['toll-free number', '8001234567'],
    ['foreign country code', '+971501234567'],
    ['trunk zero after country code', '+9660551234567'],
    ['plus in the middle', '05+51234567'],
    ['letters', '05512345ab'],
    ['words', 'call me'],
    ['empty string', ''],
    ['spaces only', '   '],
    ['number input', 551234567],
    ['null', null],
    ['undefined', undefined],
    ['an object', { phone: '0551234567' }],
  ])('[HRF-H3] rejects %s', (_label, input) => {
    expect(normaliseSaudiPhone(input)).toEqual({ ok: false, code: 'PHONE_INVALID' });
  });
});

describe('maskPhone', () => {
  it.each<[string, string]>([
    ['+966551234567', '+966*******67'],
    ['+966112345678', '+966*******78'],
    ['+971501234567', '***********67'],
    ['0551234567', '********67'],
    ['+96612', '+966**'],
    ['', ''],
  ])('[HRF-P1] masks %p as %p', (phone, masked) => {
    expect(maskPhone(phone)).toBe(masked);
  });
});
