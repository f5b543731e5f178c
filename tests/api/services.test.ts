/**
 * YSR-E: an association admin adds a service with its own eligibility rules through the API alone
 * (no code, no restart), and requests for it are judged by those rules at once.
 */
import { http, loginAs, type ErrorBody } from '../helpers/api';
import { closeDb, countRows } from '../helpers/db';
import { attest, fileRequest, move, registerBeneficiary } from '../helpers/journey';

const fathersProgramme = {
  key: 'fathers-programme',
  nameAr: 'برنامج الآباء الجدد',
  nameEn: 'New fathers programme',
  category: 'skills',
  published: true,
  slaDays: 5,
  slaUnit: 'working_days',
  eligibilityRules: [
    { type: 'nationality', anyOf: ['SA'], orLegalResident: true },
    { type: 'gender', anyOf: ['male'] },
    { type: 'age', min: 18, max: 45 },
  ],
  requiredDocuments: [{ key: 'family_record', labelAr: 'صورة سجل الأسرة', labelEn: 'Family record' }],
};

describe('services configured without code', () => {
  afterAll(closeDb);

  it.each([
    ['an unknown rule type', [{ type: 'zodiac', anyOf: ['leo'] }]],
    ['an empty list of values', [{ type: 'gender', anyOf: [] }]],
    ['an age range upside down', [{ type: 'age', min: 50, max: 20 }]],
  ])('[YSR-E1] refuses %s with a field-level message, writing nothing', async (_name, eligibilityRules) => {
    const before = await countRows('wasl_services');
    const res = await http<ErrorBody>('POST', '/api/wasl/services', {
      token: await loginAs('association_admin'),
      body: { ...fathersProgramme, key: 'bad-rules', eligibilityRules },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors[0]).toMatchObject({
      field: 'eligibilityRules',
      code: 'ELIGIBILITY_RULES_INVALID',
    });
    expect(res.body.error.details.errors[0].messageAr).toMatch(/[\u0600-\u06FF]/);
    expect(await countRows('wasl_services')).toBe(before);
  });

  it('[YSR-E1] a reception officer may not create services', async () => {
    const res = await http('POST', '/api/wasl/services', {
      token: await loginAs('reception_officer'),
      body: fathersProgramme,
    });
    expect(res.status).toBe(403);
  });

  it('[YSR-E3] an admin adds a service with new rules and a request is judged by them', async () => {
    const created = await http<{ id: string }>('POST', '/api/wasl/services', {
      token: await loginAs('association_admin'),
      body: fathersProgramme,
    });
    expect(created.status).toBe(201);
    const woman = (await registerBeneficiary({ gender: 'female', birthDate: '1990-05-01' })).id;
    const request = (await fileRequest(woman, created.body.id, { documentsProvided: ['family_record'] })).id;
    await attest(woman, request);
    const verdict = await http<{ missing: { code: string }[] }>(
      'GET',
      `/api/wasl/service-requests/${request}/journey`,
      { token: await loginAs('reception_officer') },
    );
    expect(verdict.body.missing.map((m) => m.code)).toEqual(['ELIGIBILITY_GENDER']);
    const refused = await move(await loginAs('reception_officer'), request, 'complete');
    expect(refused.status).toBe(409);

    const man = (
      await registerBeneficiary({
        gender: 'male',
        socialStatus: 'married',
        category: 'family',
        birthDate: '1992-03-10',
      })
    ).id;
    const ok = (await fileRequest(man, created.body.id, { documentsProvided: ['family_record'] })).id;
    await attest(man, ok);
    expect((await move(await loginAs('reception_officer'), ok, 'complete')).status).toBe(200);
  });
});
