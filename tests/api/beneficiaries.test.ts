/**
 * The beneficiary create endpoint: real validation with field-level Arabic and English messages,
 * nothing written on failure, duplicates refused, national IDs masked for roles that need no more.
 */
import { generateSaudiId } from '../../cms/domain/saudi-id';
import { http, loginAs, type ErrorBody } from '../helpers/api';
import { closeDb, countRows } from '../helpers/db';

type Beneficiary = { id: string; nationalId: string; idKind: string; phone: string; fullNameAr: string };

const valid = (seed: number) => ({
  nationalId: generateSaudiId('citizen', 900_000 + seed),
  fullNameAr: 'نورة عبدالله محمد القحطاني',
  nationality: 'SA',
  legalResidency: true,
  gender: 'female',
  socialStatus: 'widowed',
  category: 'woman',
  preferredChannel: 'sms',
  phone: `05${String(50_000_000 + seed).padStart(8, '0')}`,
  consentGiven: true,
});

const toArabicIndic = (digits: string) => digits.replace(/\d/g, (d) => '٠١٢٣٤٥٦٧٨٩'[Number(d)]);

const expectNothingWritten = async (before: { rows: number; audit: number }) => {
  expect(await countRows('wasl_beneficiaries')).toBe(before.rows);
  expect(await countRows('wasl_audit_logs')).toBe(before.audit);
};

const snapshot = async () => ({
  rows: await countRows('wasl_beneficiaries'),
  audit: await countRows('wasl_audit_logs'),
});

describe('POST /api/wasl/beneficiaries', () => {
  let reception: string;
  beforeAll(async () => {
    reception = await loginAs('reception_officer');
  });
  afterAll(closeDb);

  it('registers a beneficiary, normalising the phone to +966 and recording an audit entry', async () => {
    const before = await snapshot();
    const res = await http<Beneficiary>('POST', '/api/wasl/beneficiaries', { token: reception, body: valid(1) });
    expect(res.status).toBe(201);
    expect(res.body.idKind).toBe('citizen');
    expect(res.body.phone).toBe('+966550000001');
    expect(await countRows('wasl_beneficiaries')).toBe(before.rows + 1);
    expect(await countRows('wasl_audit_logs')).toBe(before.audit + 1);
  });

  it.each([
    [
      'a national ID (1…) with an Egyptian nationality',
      { nationalId: generateSaudiId('citizen', 900_101), nationality: 'EG' },
    ],
    [
      'an iqama (2…) with the Saudi nationality',
      { nationalId: generateSaudiId('resident', 900_102), nationality: 'SA' },
    ],
  ])('[HRF-H3] refuses %s with a field message on nationality, writing nothing', async (_name, patch) => {
    const before = await snapshot();
    const res = await http<ErrorBody>('POST', '/api/wasl/beneficiaries', {
      token: reception,
      body: { ...valid(101), ...patch },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors.map((e) => [e.field, e.code])).toEqual([
      ['nationality', 'NATIONALITY_ID_MISMATCH'],
    ]);
    expect(res.body.error.details.errors[0].messageAr).toContain('الجنسية لا تطابق نوع الهوية');
    await expectNothingWritten(before);
  });

  it("[HRF-H3] an iqama with another nationality is accepted; changing a citizen's nationality alone is checked too", async () => {
    const resident = await http<Beneficiary>('POST', '/api/wasl/beneficiaries', {
      token: reception,
      body: { ...valid(103), nationalId: generateSaudiId('resident', 900_103), nationality: 'EG' },
    });
    expect(resident.status).toBe(201);
    expect(resident.body.idKind).toBe('resident');
    const citizen = await http<Beneficiary>('POST', '/api/wasl/beneficiaries', { token: reception, body: valid(104) });
    expect(citizen.status).toBe(201);
    const changed = await http<ErrorBody>('PUT', `/api/wasl/beneficiaries/${citizen.body.id}`, {
      token: reception,
      body: { nationality: 'JO' },
    });
    expect(changed.status).toBe(400);
    expect(changed.body.error.details.errors.map((e) => [e.field, e.code])).toEqual([
      ['nationality', 'NATIONALITY_ID_MISMATCH'],
    ]);
  });

  it('accepts Arabic-Indic digits in the national ID and stores them as ASCII', async () => {
    const body = { ...valid(2), nationalId: toArabicIndic(valid(2).nationalId) };
    const res = await http<Beneficiary>('POST', '/api/wasl/beneficiaries', { token: reception, body });
    expect(res.status).toBe(201);
    expect(res.body.nationalId).toBe(valid(2).nationalId);
  });

  it.each([
    ['a missing required field', { fullNameAr: undefined }, 'fullNameAr', 'FIELD_REQUIRED'],
    ['an invalid national ID checksum', { nationalId: '1000000000' }, 'nationalId', 'NATIONAL_ID_CHECKSUM'],
    ['a national ID of the wrong length', { nationalId: '12345' }, 'nationalId', 'NATIONAL_ID_LENGTH'],
    ['a national ID starting with 3', { nationalId: '3000000001' }, 'nationalId', 'NATIONAL_ID_FIRST_DIGIT'],
    ['an unknown gender', { gender: 'other' }, 'gender', 'FIELD_INVALID_ENUM'],
    ['a malformed phone', { phone: '12' }, 'phone', 'PHONE_INVALID'],
    ['an unknown field', { favouriteColour: 'blue' }, 'favouriteColour', 'UNKNOWN_FIELD'],
  ])(
    'answers 400 with a field-level Arabic and English message for %s, writing nothing',
    async (_name, patch, field, code) => {
      const before = await snapshot();
      const body: Record<string, unknown> = { ...valid(3), ...patch };
      const res = await http<ErrorBody>('POST', '/api/wasl/beneficiaries', {
        token: reception,
        body: JSON.parse(JSON.stringify(body)),
      });
      expect(res.status).toBe(400);
      const error = res.body.error.details.errors.find((e) => e.field === field);
      expect(error?.code).toBe(code);
      expect(error?.messageAr).toMatch(/[\u0600-\u06FF]/);
      expect(error?.messageEn).toMatch(/[A-Za-z]/);
      await expectNothingWritten(before);
    },
  );

  it('answers 409 for a national ID that is already registered, writing nothing', async () => {
    const first = await http('POST', '/api/wasl/beneficiaries', { token: reception, body: valid(4) });
    expect(first.status).toBe(201);
    const before = await snapshot();
    const res = await http<ErrorBody>('POST', '/api/wasl/beneficiaries', {
      token: reception,
      body: { ...valid(4), phone: '0551234567' },
    });
    expect(res.status).toBe(409);
    expect(res.body.error.details.code).toBe('NATIONAL_ID_DUPLICATE');
    expect(res.body.error.details.errors[0]).toMatchObject({ field: 'nationalId', code: 'NATIONAL_ID_DUPLICATE' });
    await expectNothingWritten(before);
  });

  it('[HRF-P1] answers 403 to a role that may not register beneficiaries', async () => {
    const before = await snapshot();
    const res = await http('POST', '/api/wasl/beneficiaries', {
      token: await loginAs('committee_member'),
      body: valid(5),
    });
    expect(res.status).toBe(403);
    await expectNothingWritten(before);
  });

  it('[HRF-P1] answers 403 when a role writes a server-owned field', async () => {
    const before = await snapshot();
    const res = await http<ErrorBody>('POST', '/api/wasl/beneficiaries', {
      token: reception,
      body: { ...valid(6), searchKey: 'x' },
    });
    expect(res.status).toBe(400);
    const forbidden = await http<ErrorBody>('POST', '/api/wasl/beneficiaries', {
      token: reception,
      body: { ...valid(6), idKind: 'resident' },
    });
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.error.details.errors[0]).toMatchObject({ field: 'idKind', code: 'FORBIDDEN_FIELD' });
    await expectNothingWritten(before);
  });

  it('[HRF-P1] masks the national ID and phone for a manager, shows them to the reception officer', async () => {
    const created = await http<Beneficiary>('POST', '/api/wasl/beneficiaries', { token: reception, body: valid(7) });
    const asManager = await http<Beneficiary>('GET', `/api/wasl/beneficiaries/${created.body.id}`, {
      token: await loginAs('manager'),
    });
    expect(asManager.status).toBe(200);
    expect(asManager.body.nationalId).not.toBe(valid(7).nationalId);
    expect(asManager.body.nationalId).toMatch(/^1\*+\d{2}$/);
    expect(asManager.body.phone).not.toContain('50000007');
    const asReception = await http<Beneficiary>('GET', `/api/wasl/beneficiaries/${created.body.id}`, {
      token: reception,
    });
    expect(asReception.body.nationalId).toBe(valid(7).nationalId);
  });

  it('refuses an anonymous caller', async () => {
    const res = await http('POST', '/api/wasl/beneficiaries', { body: valid(8) });
    expect([401, 403]).toContain(res.status);
  });
});
