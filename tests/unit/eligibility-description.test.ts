/**
 * YSR-E1..E5, MC11: the public site lists a service's conditions in plain Arabic and English, one
 * sentence per rule, generated from the same rule objects explainEligibility evaluates.
 */
import { describeEligibility, explainEligibility } from '../../cms/domain/eligibility';
import { YUSR_SERVICES } from '../../cms/seed/yusr';

describe('describeEligibility', () => {
  it.each<[string, unknown, { ar: string; en: string }]>([
    [
      '[YSR-E1] Saudi or legal resident',
      { type: 'nationality', anyOf: ['SA'], orLegalResident: true },
      { ar: 'الخدمة متاحة للسعوديين أو المقيمين إقامة نظامية', en: 'Open to Saudi nationals or legal residents' },
    ],
    [
      '[YSR-E1] two nationalities, no residents',
      { type: 'nationality', anyOf: ['SA', 'EG'] },
      { ar: 'الخدمة متاحة لحاملي جنسية السعودية أو مصر', en: 'Open to nationals of Saudi Arabia or Egypt' },
    ],
    [
      '[YSR-E2] women only',
      { type: 'gender', anyOf: ['female'] },
      { ar: 'يشترط أن يكون الجنس: أنثى', en: 'Gender must be: female' },
    ],
    [
      '[YSR-E3] divorced or widowed',
      { type: 'socialStatus', anyOf: ['divorced', 'widowed'] },
      {
        ar: 'يشترط أن تكون الحالة الاجتماعية: مطلقة/مطلق أو أرملة/أرمل',
        en: 'Social status must be: divorced or widowed',
      },
    ],
    [
      '[YSR-E3] an age range',
      { type: 'age', min: 18, max: 60 },
      { ar: 'يشترط أن يكون العمر من ١٨ إلى ٦٠ سنة', en: 'Age must be 18 to 60 years' },
    ],
    [
      '[YSR-E3] a minimum age',
      { type: 'age', min: 21 },
      { ar: 'يشترط ألا يقل العمر عن ٢١ سنة', en: 'Age must be at least 21 years' },
    ],
    [
      '[YSR-E3] the personal interview',
      { type: 'interviewPassed' },
      { ar: 'يشترط اجتياز المقابلة الشخصية', en: 'The personal interview must be passed' },
    ],
    [
      '[YSR-E1] online registration',
      { type: 'registeredOnline' },
      {
        ar: 'يشترط التسجيل على الرابط الإلكتروني الخاص بالخدمة',
        en: "Registration through the service's online link is required",
      },
    ],
    [
      '[YSR-E4] court or self-referral',
      { type: 'referralSource', anyOf: ['court', 'self'] },
      {
        ar: 'مصدر الإحالة المقبول: محكمة التنفيذ أو إحالة ذاتية',
        en: 'Accepted referral source: the enforcement court or self-referral',
      },
    ],
    [
      '[YSR-E5] official referral, with where an individual report goes',
      { type: 'referralSource', anyOf: ['center_1919', 'police'] },
      {
        ar: 'مصدر الإحالة المقبول: مركز البلاغات الموحد ١٩١٩ أو الشرطة؛ يُحال البلاغ الفردي إلى مركز البلاغات الموحد ١٩١٩',
        en: 'Accepted referral source: the unified reporting centre 1919 or the police; an individual report is redirected to the unified reporting centre 1919',
      },
    ],
    [
      '[YSR-E4] both parties of a self-referral resident',
      { type: 'selfReferralPartiesResident' },
      {
        ar: 'في حالات الإحالة الذاتية يجب أن يكون طرفا الدعوى سعوديين أو مقيمين إقامة نظامية',
        en: 'For a self-referral both parties must be Saudi nationals or legal residents',
      },
    ],
  ])('%s', (_name, rule, sentence) => {
    expect(describeEligibility([rule])).toEqual([sentence]);
  });

  it('[YSR-E3] one sentence per rule, in the order the administrator wrote them', () => {
    const skills = YUSR_SERVICES.find((s) => s.key === 'skills-programmes')!;
    expect(describeEligibility(skills.eligibilityRules).map((s) => s.en)).toEqual([
      'Open to Saudi nationals or legal residents',
      'Gender must be: female',
      'Social status must be: divorced or widowed',
      'The personal interview must be passed',
      "Registration through the service's online link is required",
    ]);
  });

  it('[YSR-E2] the sentence the site shows is the reason the server gives when the rule is not met', () => {
    const rules = [{ type: 'gender', anyOf: ['female'] }];
    const facts = {
      beneficiary: { nationality: 'SA', legalResidency: false, gender: 'male', socialStatus: 'married' },
      request: {},
      today: new Date('2026-03-01T09:00:00+03:00'),
    };
    const [reason] = explainEligibility(rules, facts).unmet;
    expect(describeEligibility(rules)).toEqual([{ ar: reason.ar, en: reason.en }]);
  });

  it.each([null, undefined, []])('[YSR-E1] %p: no conditions', (rules) => {
    expect(describeEligibility(rules)).toEqual([]);
  });

  it('[YSR-E1] a rule that does not parse is a programming error (rules are validated on write)', () => {
    expect(() => describeEligibility([{ type: 'gender', anyof: ['female'] }])).toThrow(TypeError);
  });
});
