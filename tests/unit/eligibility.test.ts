/**
 * YSR-E1..E5: each Yusr service's eligibility conditions, kept as data in the seed, are evaluated
 * against realistic beneficiaries; every unmet condition comes back with an Arabic and an English
 * reason, and missing documents are listed before the beneficiary leaves (ESR-H2).
 */
import {
  explainEligibility,
  missingDocuments,
  parseEligibilityRules,
  type EligibilityFacts,
  type Unmet,
} from '../../cms/domain/eligibility';
import { YUSR_SERVICES } from '../../cms/seed/yusr';

type Beneficiary = EligibilityFacts['beneficiary'];
type Request = EligibilityFacts['request'];

// Sunday 1 March 2026, 09:00 Riyadh.
const TODAY = new Date('2026-03-01T09:00:00+03:00');
const ARABIC = /[\u0600-\u06FF]/;

const SAUDI_WOMAN: Beneficiary = {
  nationality: 'SA',
  legalResidency: false,
  gender: 'female',
  socialStatus: 'divorced',
  birthDate: '1988-04-12',
};
const facts = (
  beneficiary: Partial<Beneficiary> = {},
  request: Request = {},
  today: Date = TODAY,
): EligibilityFacts => ({
  beneficiary: { ...SAUDI_WOMAN, ...beneficiary },
  request,
  today,
});

const service = (key: string) => {
  const found = YUSR_SERVICES.find((s) => s.key === key);
  if (!found) throw new Error(`no Yusr service ${key}`);
  return found;
};

const expectReasons = (unmet: readonly Unmet[]) => {
  for (const item of unmet) {
    expect(item.ar).toMatch(ARABIC);
    expect(item.en.trim()).not.toBe('');
    expect(item.en).not.toMatch(ARABIC);
  }
};

/** Evaluates a service's seeded rules and checks the shape every answer must have. */
const explain = (key: string, beneficiary: Partial<Beneficiary>, request: Request) => {
  const result = explainEligibility(service(key).eligibilityRules, facts(beneficiary, request));
  expectReasons(result.unmet);
  expect(result.eligible).toBe(result.unmet.length === 0);
  return result;
};
const codesOf = (key: string, beneficiary: Partial<Beneficiary>, request: Request) =>
  explain(key, beneficiary, request).unmet.map((u) => u.code);

describe('explainEligibility on the Yusr services', () => {
  const online: Request = { registeredOnline: true };

  it.each<[string, Partial<Beneficiary>, Request, string[]]>([
    ['[YSR-E1] counselling: a Saudi registered online passes', { gender: 'male', socialStatus: 'married' }, online, []],
    [
      '[YSR-E1] counselling: an Egyptian legal resident passes',
      { nationality: 'EG', legalResidency: true },
      online,
      [],
    ],
    ['[YSR-E1] counselling: a lower-case nationality code is still Saudi', { nationality: 'sa' }, online, []],
    [
      '[YSR-E1] counselling: a foreigner without legal residency fails',
      { nationality: 'EG', legalResidency: false },
      online,
      ['ELIGIBILITY_NATIONALITY'],
    ],
    [
      '[YSR-E1] counselling: not registered online fails',
      {},
      { registeredOnline: false },
      ['ELIGIBILITY_ONLINE_REGISTRATION'],
    ],
    [
      '[YSR-E1] counselling: online registration not recorded fails',
      {},
      { registeredOnline: null },
      ['ELIGIBILITY_ONLINE_REGISTRATION'],
    ],
    [
      '[YSR-E1] counselling: both unmet are both reported',
      { nationality: 'IN', legalResidency: false },
      {},
      ['ELIGIBILITY_NATIONALITY', 'ELIGIBILITY_ONLINE_REGISTRATION'],
    ],
  ])('%s', (_title, beneficiary, request, codes) => {
    expect(codesOf('family-counselling', beneficiary, request)).toEqual(codes);
  });

  it('[YSR-E1] names the expected nationality in both languages', () => {
    const { unmet } = explain('family-counselling', { nationality: 'EG', legalResidency: false }, online);
    expect(unmet).toEqual([
      {
        rule: 'nationality',
        code: 'ELIGIBILITY_NATIONALITY',
        ar: 'الخدمة متاحة للسعوديين أو المقيمين إقامة نظامية',
        en: 'Open to Saudi nationals or legal residents',
      },
    ]);
  });

  it.each<[string, Partial<Beneficiary>, Request, string[]]>([
    ['[YSR-E2] awareness: a Saudi woman passes', {}, online, []],
    [
      '[YSR-E2] awareness: a resident woman passes',
      { nationality: 'SY', legalResidency: true, socialStatus: 'married' },
      online,
      [],
    ],
    ['[YSR-E2] awareness: a Saudi man fails', { gender: 'male' }, online, ['ELIGIBILITY_GENDER']],
    [
      '[YSR-E2] awareness: a non-resident foreign man fails twice',
      { nationality: 'PK', legalResidency: false, gender: 'male' },
      online,
      ['ELIGIBILITY_NATIONALITY', 'ELIGIBILITY_GENDER'],
    ],
  ])('%s', (_title, beneficiary, request, codes) => {
    expect(codesOf('awareness-meetings', beneficiary, request)).toEqual(codes);
  });

  it('[YSR-E2] the gender reason names the allowed gender', () => {
    const [reason] = explain('awareness-meetings', { gender: 'male' }, online).unmet;
    expect(reason).toEqual({
      rule: 'gender',
      code: 'ELIGIBILITY_GENDER',
      ar: 'يشترط أن يكون الجنس: أنثى',
      en: 'Gender must be: female',
    });
  });

  const ready: Request = { registeredOnline: true, interviewPassed: true };
  it.each<[string, Partial<Beneficiary>, Request, string[]]>([
    ['[YSR-E3] skills: a divorced Saudi woman with interview and online registration passes', {}, ready, []],
    [
      '[YSR-E3] skills: a widowed resident woman passes',
      { nationality: 'YE', legalResidency: true, socialStatus: 'widowed' },
      ready,
      [],
    ],
    ['[YSR-E3] skills: a married woman fails', { socialStatus: 'married' }, ready, ['ELIGIBILITY_SOCIAL_STATUS']],
    ['[YSR-E3] skills: a single woman fails', { socialStatus: 'single' }, ready, ['ELIGIBILITY_SOCIAL_STATUS']],
    [
      '[YSR-E3] skills: interview not passed fails',
      {},
      { registeredOnline: true, interviewPassed: false },
      ['ELIGIBILITY_INTERVIEW'],
    ],
    ['[YSR-E3] skills: interview not yet held fails', {}, { registeredOnline: true }, ['ELIGIBILITY_INTERVIEW']],
    [
      '[YSR-E3] skills: three unmet rules come back in rule order',
      { socialStatus: 'married' },
      { interviewPassed: false, registeredOnline: false },
      ['ELIGIBILITY_SOCIAL_STATUS', 'ELIGIBILITY_INTERVIEW', 'ELIGIBILITY_ONLINE_REGISTRATION'],
    ],
    [
      '[YSR-E3] skills: every rule unmet is every rule reported',
      { nationality: 'IN', legalResidency: false, gender: 'male', socialStatus: 'single' },
      {},
      [
        'ELIGIBILITY_NATIONALITY',
        'ELIGIBILITY_GENDER',
        'ELIGIBILITY_SOCIAL_STATUS',
        'ELIGIBILITY_INTERVIEW',
        'ELIGIBILITY_ONLINE_REGISTRATION',
      ],
    ],
  ])('%s', (_title, beneficiary, request, codes) => {
    expect(codesOf('skills-programmes', beneficiary, request)).toEqual(codes);
  });

  it('[YSR-E3] the social-status reason lists divorced and widowed in both languages', () => {
    const [reason] = explain('skills-programmes', { socialStatus: 'married' }, ready).unmet;
    expect(reason).toEqual({
      rule: 'socialStatus',
      code: 'ELIGIBILITY_SOCIAL_STATUS',
      ar: 'يشترط أن تكون الحالة الاجتماعية: مطلقة/مطلق أو أرملة/أرمل',
      en: 'Social status must be: divorced or widowed',
    });
  });

  const foreigner: Partial<Beneficiary> = {
    nationality: 'IN',
    legalResidency: false,
    gender: 'male',
    socialStatus: 'divorced',
  };
  it.each<[string, Partial<Beneficiary>, Request, string[]]>([
    [
      '[YSR-E4] Shaml: a court referral passes regardless of nationality',
      foreigner,
      { referralSource: 'court', intakeData: { otherPartyNationality: 'PH', otherPartyLegalResidency: false } },
      [],
    ],
    [
      '[YSR-E4] Shaml: a self-referral with both parties Saudi passes',
      {},
      { referralSource: 'self', intakeData: { otherPartyNationality: 'SA' } },
      [],
    ],
    [
      '[YSR-E4] Shaml: a self-referral between a Saudi and a resident passes',
      {},
      { referralSource: 'self', intakeData: { otherPartyNationality: 'JO', otherPartyLegalResidency: true } },
      [],
    ],
    [
      '[YSR-E4] Shaml: a self-referral with the other party not resident fails',
      {},
      { referralSource: 'self', intakeData: { otherPartyNationality: 'JO', otherPartyLegalResidency: false } },
      ['ELIGIBILITY_SELF_REFERRAL_PARTIES'],
    ],
    [
      '[YSR-E4] Shaml: a self-referral by a non-resident beneficiary fails',
      foreigner,
      { referralSource: 'self', intakeData: { otherPartyNationality: 'SA' } },
      ['ELIGIBILITY_SELF_REFERRAL_PARTIES'],
    ],
    [
      '[YSR-E4] Shaml: a self-referral without the other party recorded fails',
      {},
      { referralSource: 'self', intakeData: null },
      ['ELIGIBILITY_SELF_REFERRAL_PARTIES'],
    ],
    ['[YSR-E4] Shaml: a hospital referral fails', {}, { referralSource: 'hospital' }, ['ELIGIBILITY_REFERRAL_SOURCE']],
    [
      '[YSR-E4] Shaml: no referral source recorded fails',
      {},
      { referralSource: null },
      ['ELIGIBILITY_REFERRAL_SOURCE'],
    ],
  ])('%s', (_title, beneficiary, request, codes) => {
    expect(codesOf('shaml-centre', beneficiary, request)).toEqual(codes);
  });

  it('[YSR-E4] the self-referral reason says both parties must be Saudi or residents', () => {
    const [reason] = explain(
      'shaml-centre',
      {},
      { referralSource: 'self', intakeData: { otherPartyNationality: 'JO' } },
    ).unmet;
    expect(reason).toEqual({
      rule: 'selfReferralPartiesResident',
      code: 'ELIGIBILITY_SELF_REFERRAL_PARTIES',
      ar: 'في حالات الإحالة الذاتية يجب أن يكون طرفا الدعوى سعوديين أو مقيمين إقامة نظامية',
      en: 'For a self-referral both parties must be Saudi nationals or legal residents',
    });
  });

  it('[YSR-E4] a refused referral source names the accepted ones and does not send custody cases to 1919', () => {
    const [reason] = explain('shaml-centre', {}, { referralSource: 'police' }).unmet;
    expect(reason).toEqual({
      rule: 'referralSource',
      code: 'ELIGIBILITY_REFERRAL_SOURCE',
      ar: 'مصدر الإحالة المقبول: محكمة التنفيذ أو إحالة ذاتية',
      en: 'Accepted referral source: the enforcement court or self-referral',
    });
  });

  it.each<[string, string | null, string[]]>([
    ['[YSR-E5] protection: a referral from the unified reporting centre 1919 passes', 'center_1919', []],
    ['[YSR-E5] protection: a police referral passes', 'police', []],
    ['[YSR-E5] protection: a hospital referral passes', 'hospital', []],
    ['[YSR-E5] protection: a school referral passes', 'school', []],
    ['[YSR-E5] protection: an individual (self) report fails', 'self', ['ELIGIBILITY_REFERRAL_SOURCE']],
    ['[YSR-E5] protection: a court referral fails', 'court', ['ELIGIBILITY_REFERRAL_SOURCE']],
    ['[YSR-E5] protection: no referral source recorded fails', null, ['ELIGIBILITY_REFERRAL_SOURCE']],
  ])('%s', (_title, referralSource, codes) => {
    expect(codesOf('family-protection', { nationality: 'IN', legalResidency: false }, { referralSource })).toEqual(
      codes,
    );
  });

  it.each<[string, string | null]>([
    ['another body', 'other'],
    ['no source recorded', null],
  ])('[YSR-E5] a report from %s is redirected to the unified reporting centre 1919 too', (_name, referralSource) => {
    const [reason] = explain('family-protection', {}, { referralSource }).unmet;
    expect(reason?.en).toBe(
      'Accepted referral source: the unified reporting centre 1919, the police, hospitals or schools; an individual report is redirected to the unified reporting centre 1919',
    );
  });

  it('[YSR-E5] an individual report is redirected to the unified reporting centre 1919', () => {
    const { eligible, unmet } = explain('family-protection', {}, { referralSource: 'self' });
    expect(eligible).toBe(false);
    expect(unmet).toEqual([
      {
        rule: 'referralSource',
        code: 'ELIGIBILITY_REFERRAL_SOURCE',
        ar: 'مصدر الإحالة المقبول: مركز البلاغات الموحد ١٩١٩ أو الشرطة أو المستشفيات أو المدارس؛ يُحال البلاغ الفردي إلى مركز البلاغات الموحد ١٩١٩',
        en: 'Accepted referral source: the unified reporting centre 1919, the police, hospitals or schools; an individual report is redirected to the unified reporting centre 1919',
      },
    ]);
    expect(unmet[0]?.ar).toContain('يُحال البلاغ الفردي إلى مركز البلاغات الموحد ١٩١٩');
  });

  it('[YSR-E5] a court referral gets no 1919 redirection', () => {
    const [reason] = explain('family-protection', {}, { referralSource: 'court' }).unmet;
    expect(reason?.ar).toBe('مصدر الإحالة المقبول: مركز البلاغات الموحد ١٩١٩ أو الشرطة أو المستشفيات أو المدارس');
  });
});

describe('explainEligibility: the age rule', () => {
  const adults = [{ type: 'age', min: 18, max: 60 }];
  const riyadh = (local: string) => new Date(`${local}+03:00`);

  it.each<[string, string | null | undefined, Date, boolean]>([
    ['35 years old', '1990-05-14', TODAY, true],
    ['18 today', '2008-03-01', TODAY, true],
    ['18 tomorrow (17 today)', '2008-03-02', TODAY, false],
    ['61 tomorrow (60 today)', '1965-03-02', TODAY, true],
    ['61 today', '1965-03-01', TODAY, false],
    ['18 today in Riyadh while still the day before in UTC', '2008-03-01', riyadh('2026-03-01T01:00:00'), true],
    ['born 29 February: still 17 on 28 February', '2008-02-29', riyadh('2026-02-28T12:00:00'), false],
    ['born 29 February: 18 on 1 March', '2008-02-29', riyadh('2026-03-01T12:00:00'), true],
    ['no birth date', null, TODAY, false],
    ['birth date field absent', undefined, TODAY, false],
    ['a malformed birth date', '14/05/1990', TODAY, false],
    ['an impossible birth date', '1990-02-30', TODAY, false],
    ['a birth date in the future', '2030-01-01', TODAY, false],
  ])('%s → met: %s', (_title, birthDate, today, met) => {
    const result = explainEligibility(adults, facts({ birthDate }, {}, today));
    expect(result.eligible).toBe(met);
    expect(result.unmet.map((u) => u.code)).toEqual(met ? [] : ['ELIGIBILITY_AGE']);
    expectReasons(result.unmet);
  });

  it.each<[string, Record<string, unknown>, string | null, string, string]>([
    [
      'min and max',
      { min: 18, max: 60 },
      '2010-01-01',
      'يشترط أن يكون العمر من ١٨ إلى ٦٠ سنة',
      'Age must be 18 to 60 years',
    ],
    ['min only', { min: 18 }, '2010-01-01', 'يشترط ألا يقل العمر عن ١٨ سنة', 'Age must be at least 18 years'],
    ['max only', { max: 25 }, '1990-01-01', 'يشترط ألا يزيد العمر على ٢٥ سنة', 'Age must be at most 25 years'],
    [
      'unknown birth date',
      { min: 18 },
      null,
      'يشترط ألا يقل العمر عن ١٨ سنة (تاريخ الميلاد غير مسجل أو غير صحيح)',
      'Age must be at least 18 years (birth date missing or invalid)',
    ],
  ])('explains the expected age: %s', (_title, bounds, birthDate, ar, en) => {
    const { unmet } = explainEligibility([{ type: 'age', ...bounds }], facts({ birthDate }));
    expect(unmet).toEqual([{ rule: 'age', code: 'ELIGIBILITY_AGE', ar, en }]);
  });
});

describe('explainEligibility: inputs', () => {
  it('a service without conditions (empty or unset JSON field) is open to everyone', () => {
    expect(explainEligibility([], facts())).toEqual({ eligible: true, unmet: [] });
    expect(explainEligibility(null, facts())).toEqual({ eligible: true, unmet: [] });
  });

  it.each<[string, unknown]>([
    ['an unknown rule type', [{ type: 'documents' }]],
    ['a rule with an unknown key', [{ type: 'interviewPassed', required: true }]],
    ['a non-array', { type: 'gender', anyOf: ['female'] }],
  ])('throws a TypeError on invalid rules (validated on write): %s', (_title, rules) => {
    expect(() => explainEligibility(rules, facts())).toThrow(TypeError);
  });
});

describe('parseEligibilityRules', () => {
  it.each<[string, unknown]>(YUSR_SERVICES.map((s) => [`the seeded rules of ${s.key}`, s.eligibilityRules]))(
    '[YSR-E] accepts %s unchanged',
    (_title, rules) => {
      expect(parseEligibilityRules(rules)).toEqual({ ok: true, rules });
    },
  );

  it.each<[string, unknown[]]>([
    ['no rules', []],
    ['nationality without the residency option', [{ type: 'nationality', anyOf: ['SA', 'KW'] }]],
    ['nationality with residency refused', [{ type: 'nationality', anyOf: ['SA'], orLegalResident: false }]],
    ['every social status', [{ type: 'socialStatus', anyOf: ['single', 'married', 'divorced', 'widowed'] }]],
    [
      'every referral source',
      [{ type: 'referralSource', anyOf: ['court', 'center_1919', 'police', 'hospital', 'school', 'self', 'other'] }],
    ],
    ['age with min only', [{ type: 'age', min: 18 }]],
    ['age with max only', [{ type: 'age', max: 120 }]],
    ['age with min equal to max', [{ type: 'age', min: 0, max: 0 }]],
  ])('accepts %s', (_title, rules) => {
    expect(parseEligibilityRules(rules)).toEqual({ ok: true, rules });
  });

  it.each<[string, unknown, number[]]>([
    ['not an array (object)', { type: 'gender', anyOf: ['female'] }, [-1]],
    ['not an array (string)', 'nationality', [-1]],
    ['not an array (null)', null, [-1]],
    ['a rule that is not an object', ['gender'], [0]],
    ['a rule that is null', [null], [0]],
    ['a rule without a type', [{ anyOf: ['female'] }], [0]],
    ['an unknown type', [{ type: 'income', max: 5000 }], [0]],
    ['documents as a rule type', [{ type: 'documents' }], [0]],
    ['an empty anyOf', [{ type: 'gender', anyOf: [] }], [0]],
    ['a missing anyOf', [{ type: 'referralSource' }], [0]],
    ['anyOf not an array', [{ type: 'gender', anyOf: 'female' }], [0]],
    ['an unknown gender', [{ type: 'gender', anyOf: ['female', 'woman'] }], [0]],
    ['an unknown social status', [{ type: 'socialStatus', anyOf: ['separated'] }], [0]],
    ['an unknown referral source', [{ type: 'referralSource', anyOf: ['ministry'] }], [0]],
    ['a three-letter country code', [{ type: 'nationality', anyOf: ['SAU'] }], [0]],
    ['a lower-case country code', [{ type: 'nationality', anyOf: ['sa'] }], [0]],
    ['orLegalResident not a boolean', [{ type: 'nationality', anyOf: ['SA'], orLegalResident: 'yes' }], [0]],
    ['age without bounds', [{ type: 'age' }], [0]],
    ['age min above max', [{ type: 'age', min: 60, max: 18 }], [0]],
    ['age min below 0', [{ type: 'age', min: -1 }], [0]],
    ['age max above 120', [{ type: 'age', max: 121 }], [0]],
    ['age not an integer', [{ type: 'age', min: 17.5 }], [0]],
    ['age as text', [{ type: 'age', min: '18' }], [0]],
    ['an unknown key (typo)', [{ type: 'gender', anyof: ['female'] }], [0]],
    ['an unknown key on a flag rule', [{ type: 'registeredOnline', link: 'https://x' }], [0]],
    [
      'two bad rules among good ones',
      [
        { type: 'interviewPassed' },
        { type: 'gender', anyOf: [] },
        { type: 'registeredOnline' },
        { type: 'age', min: 200 },
      ],
      [1, 3],
    ],
  ])('refuses %s', (_title, input, indexes) => {
    const result = parseEligibilityRules(input);
    if (result.ok) throw new Error('expected a refusal');
    expect(result.errors.map((e) => e.index)).toEqual(indexes);
    for (const error of result.errors) {
      expect(error.code).toBe('RULE_INVALID');
      expect(error.ar).toMatch(ARABIC);
      expect(error.en.trim()).not.toBe('');
    }
  });

  it('names the offending keys so the administrator can fix them', () => {
    expect(parseEligibilityRules([{ type: 'gender', anyof: ['female'] }])).toEqual({
      ok: false,
      errors: [
        {
          index: 0,
          code: 'RULE_INVALID',
          ar: 'الشرط رقم ١: حقول غير معروفة: anyof',
          en: 'rule #1: unknown keys: anyof',
        },
      ],
    });
  });
});

describe('missingDocuments', () => {
  const skills = service('skills-programmes').requiredDocuments;
  const shaml = service('shaml-centre').requiredDocuments;

  it('[ESR-H2] nothing is missing when every required document was provided', () => {
    expect(missingDocuments(skills, ['national_id_copy', 'social_status_proof', 'extra_letter'])).toEqual([]);
  });

  it('[ESR-H2] one missing document is named with its exact labels', () => {
    expect(missingDocuments(skills, ['national_id_copy'])).toEqual([
      {
        rule: 'document',
        code: 'DOCUMENT_MISSING',
        ar: 'لم يُقدَّم: ما يثبت الحالة الاجتماعية (صك طلاق أو شهادة وفاة)',
        en: 'Not provided: Proof of social status',
        document: 'social_status_proof',
      },
    ]);
  });

  it.each<[string, string[] | null | undefined]>([
    ['null', null],
    ['undefined', undefined],
    ['an empty list', []],
  ])('[ESR-H2] every required document is missing when provided is %s, in the service order', (_title, provided) => {
    const missing = missingDocuments(shaml, provided);
    expect(missing.map((m) => m.document)).toEqual(['national_id_copy', 'court_referral', 'ruling_copy']);
    expect(missing.map((m) => m.code)).toEqual(['DOCUMENT_MISSING', 'DOCUMENT_MISSING', 'DOCUMENT_MISSING']);
    expect(missing[1]).toEqual({
      rule: 'document',
      code: 'DOCUMENT_MISSING',
      ar: 'لم يُقدَّم: خطاب الإحالة من المحكمة أو طلب التنفيذ',
      en: 'Not provided: Court referral or execution request',
      document: 'court_referral',
    });
    expectReasons(missing);
  });

  it('[ESR-H2] a service with no documents field requires nothing', () => {
    expect(missingDocuments(null, [])).toEqual([]);
    expect(missingDocuments([], null)).toEqual([]);
  });

  it('[ESR-H2] a document listed twice is reported once', () => {
    const doc = { key: 'ruling_copy', labelAr: 'صورة الحكم', labelEn: 'Copy of the ruling' };
    expect(missingDocuments([doc, doc], []).map((m) => m.document)).toEqual(['ruling_copy']);
  });

  it.each<[string, unknown]>([
    ['not an array', { key: 'ruling_copy' }],
    ['an item without labels', [{ key: 'ruling_copy' }]],
    ['an item with an empty key', [{ key: '', labelAr: 'صورة الحكم', labelEn: 'Copy of the ruling' }]],
  ])('throws a TypeError on malformed required documents: %s', (_title, required) => {
    expect(() => missingDocuments(required, [])).toThrow(TypeError);
  });
});
