/**
 * Service eligibility as data (YSR-E1..E5): an administrator writes the conditions in the console,
 * and the officer gets every condition the beneficiary does not meet, in Arabic and English, plus
 * every missing document, before the beneficiary leaves (H2). Not meeting a condition is an answer,
 * not an error. Pure: no Strapi, no I/O.
 */

export const GENDERS = ['female', 'male'] as const;
export const SOCIAL_STATUSES = ['single', 'married', 'divorced', 'widowed'] as const;
export const REFERRAL_SOURCES = ['court', 'center_1919', 'police', 'hospital', 'school', 'self', 'other'] as const;
export type Gender = (typeof GENDERS)[number];
export type SocialStatus = (typeof SOCIAL_STATUSES)[number];
export type ReferralSource = (typeof REFERRAL_SOURCES)[number];
/** Bodies that refer a case officially (YSR-E4, YSR-E5); anything else is an individual's report. */
const OFFICIAL_SOURCES: readonly ReferralSource[] = ['court', 'center_1919', 'police', 'hospital', 'school'];

export type EligibilityRule =
  | { type: 'nationality'; anyOf: string[]; orLegalResident?: boolean }
  | { type: 'gender'; anyOf: Gender[] }
  | { type: 'socialStatus'; anyOf: SocialStatus[] }
  | { type: 'age'; min?: number; max?: number }
  | { type: 'interviewPassed' }
  | { type: 'registeredOnline' }
  | { type: 'referralSource'; anyOf: ReferralSource[] }
  | { type: 'selfReferralPartiesResident' };
export type EligibilityRuleType = EligibilityRule['type'];

export type EligibilityFacts = {
  beneficiary: {
    nationality: string;
    legalResidency: boolean;
    gender: string;
    socialStatus: string;
    birthDate?: string | null;
  };
  request: {
    interviewPassed?: boolean | null;
    registeredOnline?: boolean | null;
    referralSource?: string | null;
    intakeData?: Record<string, unknown> | null;
    documentsProvided?: string[] | null;
  };
  today: Date;
};

export type UnmetCode =
  | 'ELIGIBILITY_NATIONALITY'
  | 'ELIGIBILITY_GENDER'
  | 'ELIGIBILITY_SOCIAL_STATUS'
  | 'ELIGIBILITY_AGE'
  | 'ELIGIBILITY_INTERVIEW'
  | 'ELIGIBILITY_ONLINE_REGISTRATION'
  | 'ELIGIBILITY_REFERRAL_SOURCE'
  | 'ELIGIBILITY_SELF_REFERRAL_PARTIES'
  | 'DOCUMENT_MISSING';
/** `rule` is the rule's type, or 'document' for a missing required document. */
export type Unmet = {
  rule: EligibilityRuleType | 'document';
  code: UnmetCode;
  ar: string;
  en: string;
  document?: string;
};
export type RuleError = { index: number; code: 'RULE_INVALID'; ar: string; en: string };
export type RequiredDocument = { key: string; labelAr: string; labelEn: string };

export type Label = { ar: string; en: string };
const GENDER_LABELS: Readonly<Record<Gender, Label>> = {
  female: { ar: 'أنثى', en: 'female' },
  male: { ar: 'ذكر', en: 'male' },
};
// Statuses are written in both genders because the same rule is read out to women and men.
const STATUS_LABELS: Readonly<Record<SocialStatus, Label>> = {
  single: { ar: 'عزباء/أعزب', en: 'single' },
  married: { ar: 'متزوجة/متزوج', en: 'married' },
  divorced: { ar: 'مطلقة/مطلق', en: 'divorced' },
  widowed: { ar: 'أرملة/أرمل', en: 'widowed' },
};
const REFERRAL_LABELS: Readonly<Record<ReferralSource, Label>> = {
  court: { ar: 'محكمة التنفيذ', en: 'the enforcement court' },
  center_1919: { ar: 'مركز البلاغات الموحد ١٩١٩', en: 'the unified reporting centre 1919' },
  police: { ar: 'الشرطة', en: 'the police' },
  hospital: { ar: 'المستشفيات', en: 'hospitals' },
  school: { ar: 'المدارس', en: 'schools' },
  self: { ar: 'إحالة ذاتية', en: 'self-referral' },
  other: { ar: 'جهة أخرى', en: 'another body' },
};
// Countries an officer in the region meets most; any other code is shown as the code itself.
const COUNTRY_LABELS: Readonly<Record<string, Label>> = {
  SA: { ar: 'السعودية', en: 'Saudi Arabia' },
  AE: { ar: 'الإمارات', en: 'the UAE' },
  KW: { ar: 'الكويت', en: 'Kuwait' },
  BH: { ar: 'البحرين', en: 'Bahrain' },
  QA: { ar: 'قطر', en: 'Qatar' },
  OM: { ar: 'عُمان', en: 'Oman' },
  EG: { ar: 'مصر', en: 'Egypt' },
  JO: { ar: 'الأردن', en: 'Jordan' },
  YE: { ar: 'اليمن', en: 'Yemen' },
  SY: { ar: 'سوريا', en: 'Syria' },
  SD: { ar: 'السودان', en: 'Sudan' },
};
const countryLabel = (code: string): Label => COUNTRY_LABELS[code] ?? { ar: code, en: code };

const NOTHING: Label = { ar: '', en: '' };
const joinAr = (items: readonly string[]): string => items.join(' أو ');
const joinEn = (items: readonly string[]): string =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
const listOf = (labels: readonly Label[]): Label => ({
  ar: joinAr(labels.map((l) => l.ar)),
  en: joinEn(labels.map((l) => l.en)),
});
// Reasons are read to beneficiaries in Arabic, where numbers are written in Arabic-Indic digits.
const arabicDigits = (n: number): string => String(n).replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)));

const SAUDI = 'SA';
const MAX_AGE = 120;
const RIYADH_OFFSET_MS = 3 * 3600_000; // UTC+3 all year: "today" is the Riyadh calendar day
const isSaudiOrResident = (nationality: unknown, legalResidency: unknown): boolean =>
  (typeof nationality === 'string' && nationality.trim().toUpperCase() === SAUDI) || legalResidency === true;

/** Whole years at the Riyadh day of `today`; null when the birth date is missing, malformed or in the future. */
const ageAt = (birthDate: string | null | undefined, today: Date): number | null => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate ?? '');
  if (!match) return null;
  const [, y = '', m = '', d = ''] = match;
  const [year, month, day] = [Number(y), Number(m), Number(d)];
  const probe = new Date(Date.UTC(year, month - 1, day));
  // Rejects 2001-02-30 and similar, which Date would silently roll into the next month.
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  const now = new Date(today.getTime() + RIYADH_OFFSET_MS);
  const [ty, tm, td] = [now.getUTCFullYear(), now.getUTCMonth() + 1, now.getUTCDate()];
  // Someone born on 29 February comes of age on 1 March in common years.
  const age = ty - year - (tm < month || (tm === month && td < day) ? 1 : 0);
  return age >= 0 ? age : null;
};

const ageExpectation = (min: number | undefined, max: number | undefined): Label => {
  if (min !== undefined && max !== undefined)
    return {
      ar: `يشترط أن يكون العمر من ${arabicDigits(min)} إلى ${arabicDigits(max)} سنة`,
      en: `Age must be ${min} to ${max} years`,
    };
  if (min !== undefined)
    return { ar: `يشترط ألا يقل العمر عن ${arabicDigits(min)} سنة`, en: `Age must be at least ${min} years` };
  return {
    ar: `يشترط ألا يزيد العمر على ${arabicDigits(max ?? MAX_AGE)} سنة`,
    en: `Age must be at most ${max ?? MAX_AGE} years`,
  };
};

const unmet = (rule: EligibilityRuleType, code: UnmetCode, reason: Label): Unmet => ({
  rule,
  code,
  ar: reason.ar,
  en: reason.en,
});

// YSR-E5: a report from no official body belongs with the unified reporting centre.
const REDIRECT_1919: Label = {
  ar: '؛ يُحال البلاغ الفردي إلى مركز البلاغات الموحد ١٩١٩',
  en: '; an individual report is redirected to the unified reporting centre 1919',
};

/**
 * What a rule asks for, in the words read out to the beneficiary: the officer's reason when the rule is
 * not met (explainEligibility) and the public site's list of conditions (describeEligibility) are both
 * this text, so the website can never promise other conditions than the ones the server applies.
 */
const requirementOf = (rule: EligibilityRule): Label => {
  switch (rule.type) {
    case 'nationality': {
      const saudiOnly = rule.anyOf.length === 1 && rule.anyOf[0] === SAUDI;
      const names = listOf(rule.anyOf.map(countryLabel));
      const who = saudiOnly
        ? { ar: 'للسعوديين', en: 'Saudi nationals' }
        : { ar: `لحاملي جنسية ${names.ar}`, en: `nationals of ${names.en}` };
      const residents =
        rule.orLegalResident === true ? { ar: ' أو المقيمين إقامة نظامية', en: ' or legal residents' } : NOTHING;
      return { ar: `الخدمة متاحة ${who.ar}${residents.ar}`, en: `Open to ${who.en}${residents.en}` };
    }
    case 'gender': {
      const allowed = listOf(rule.anyOf.map((g) => GENDER_LABELS[g]));
      return { ar: `يشترط أن يكون الجنس: ${allowed.ar}`, en: `Gender must be: ${allowed.en}` };
    }
    case 'socialStatus': {
      const allowed = listOf(rule.anyOf.map((s) => STATUS_LABELS[s]));
      return { ar: `يشترط أن تكون الحالة الاجتماعية: ${allowed.ar}`, en: `Social status must be: ${allowed.en}` };
    }
    case 'age':
      return ageExpectation(rule.min, rule.max);
    case 'interviewPassed':
      return { ar: 'يشترط اجتياز المقابلة الشخصية', en: 'The personal interview must be passed' };
    case 'registeredOnline':
      return {
        ar: 'يشترط التسجيل على الرابط الإلكتروني الخاص بالخدمة',
        en: "Registration through the service's online link is required",
      };
    case 'referralSource': {
      const allowed = listOf(rule.anyOf.map((s) => REFERRAL_LABELS[s]));
      return { ar: `مصدر الإحالة المقبول: ${allowed.ar}`, en: `Accepted referral source: ${allowed.en}` };
    }
    case 'selfReferralPartiesResident':
      return {
        ar: 'في حالات الإحالة الذاتية يجب أن يكون طرفا الدعوى سعوديين أو مقيمين إقامة نظامية',
        en: 'For a self-referral both parties must be Saudi nationals or legal residents',
      };
    default: {
      const exhaustive: never = rule;
      throw new TypeError(`eligibility: unhandled rule ${JSON.stringify(exhaustive)}`);
    }
  }
};

const CODES: Readonly<Record<EligibilityRuleType, UnmetCode>> = {
  nationality: 'ELIGIBILITY_NATIONALITY',
  gender: 'ELIGIBILITY_GENDER',
  socialStatus: 'ELIGIBILITY_SOCIAL_STATUS',
  age: 'ELIGIBILITY_AGE',
  interviewPassed: 'ELIGIBILITY_INTERVIEW',
  registeredOnline: 'ELIGIBILITY_ONLINE_REGISTRATION',
  referralSource: 'ELIGIBILITY_REFERRAL_SOURCE',
  selfReferralPartiesResident: 'ELIGIBILITY_SELF_REFERRAL_PARTIES',
};

const isMet = (rule: EligibilityRule, facts: EligibilityFacts): boolean => {
  const { beneficiary, request } = facts;
  switch (rule.type) {
    case 'nationality':
      return (
        rule.anyOf.includes(beneficiary.nationality.trim().toUpperCase()) ||
        (rule.orLegalResident === true && beneficiary.legalResidency === true)
      );
    case 'gender':
      return (rule.anyOf as readonly string[]).includes(beneficiary.gender);
    case 'socialStatus':
      return (rule.anyOf as readonly string[]).includes(beneficiary.socialStatus);
    case 'age': {
      const age = ageAt(beneficiary.birthDate, facts.today);
      return age !== null && (rule.min === undefined || age >= rule.min) && (rule.max === undefined || age <= rule.max);
    }
    case 'interviewPassed':
      return request.interviewPassed === true;
    case 'registeredOnline':
      return request.registeredOnline === true;
    case 'referralSource':
      return (rule.anyOf as readonly string[]).includes(request.referralSource ?? '');
    case 'selfReferralPartiesResident': {
      // YSR-E4: a court referral vouches for the parties; a self-referral must show both are Saudi or residents.
      if (request.referralSource !== 'self') return true;
      const intake = request.intakeData ?? {};
      return (
        isSaudiOrResident(beneficiary.nationality, beneficiary.legalResidency) &&
        isSaudiOrResident(intake['otherPartyNationality'], intake['otherPartyLegalResidency'])
      );
    }
    default: {
      const exhaustive: never = rule;
      throw new TypeError(`explainEligibility: unhandled rule ${JSON.stringify(exhaustive)}`);
    }
  }
};

/** What the officer must add to the requirement, from the facts, to make the reason actionable. */
const reasonSuffix = (rule: EligibilityRule, facts: EligibilityFacts): Label => {
  // Without a birth date the officer must know to record it, not that the person is too old or young.
  if (rule.type === 'age' && ageAt(facts.beneficiary.birthDate, facts.today) === null)
    return { ar: ' (تاريخ الميلاد غير مسجل أو غير صحيح)', en: ' (birth date missing or invalid)' };
  // YSR-E5: a report from no official body (the individual themself, "another body", or nobody recorded)
  // belongs with the unified reporting centre. Only said where 1919 is itself an accepted source; sending
  // a court's custody referral to 1919 would be wrong.
  const source = facts.request.referralSource ?? '';
  if (
    rule.type === 'referralSource' &&
    !(OFFICIAL_SOURCES as readonly string[]).includes(source) &&
    rule.anyOf.includes('center_1919')
  )
    return REDIRECT_1919;
  return NOTHING;
};

/** The reason for one rule the facts do not meet, or null when the rule is met. */
const checkRule = (rule: EligibilityRule, facts: EligibilityFacts): Unmet | null => {
  if (isMet(rule, facts)) return null;
  const requirement = requirementOf(rule);
  const suffix = reasonSuffix(rule, facts);
  return unmet(rule.type, CODES[rule.type], { ar: requirement.ar + suffix.ar, en: requirement.en + suffix.en });
};

/**
 * Every unmet rule, in the order the administrator wrote them, so the officer can list all of them at
 * once. An empty JSON field (null/undefined) means the service has no conditions. Rules are validated
 * on write (parseEligibilityRules), so an invalid rule here is a programming error and throws.
 */
export const explainEligibility = (rules: unknown, facts: EligibilityFacts): { eligible: boolean; unmet: Unmet[] } => {
  if (Number.isNaN(facts.today.getTime())) throw new TypeError('explainEligibility: facts.today is an invalid date');
  const parsed = parseEligibilityRules(rules ?? []);
  if (!parsed.ok)
    throw new TypeError(
      `explainEligibility: invalid rules: ${parsed.errors.map((e) => `#${e.index} ${e.en}`).join('; ')}`,
    );
  const found = parsed.rules.map((rule) => checkRule(rule, facts)).filter((u): u is Unmet => u !== null);
  return { eligible: found.length === 0, unmet: found };
};

/**
 * YSR-E1..E5, MC11: the conditions of a service as the public reads them before applying, one sentence
 * per rule in the administrator's order, from the same rule objects explainEligibility evaluates. A
 * referral rule that accepts the 1919 centre says where an individual report goes. Empty: no conditions.
 */
export const describeEligibility = (rules: unknown): Label[] => {
  const parsed = parseEligibilityRules(rules ?? []);
  if (!parsed.ok)
    throw new TypeError(
      `describeEligibility: invalid rules: ${parsed.errors.map((e) => `#${e.index} ${e.en}`).join('; ')}`,
    );
  return parsed.rules.map((rule) => {
    const text = requirementOf(rule);
    if (rule.type !== 'referralSource' || !rule.anyOf.includes('center_1919')) return text;
    return { ar: text.ar + REDIRECT_1919.ar, en: text.en + REDIRECT_1919.en };
  });
};

/**
 * H2: one entry per required document the request does not list, in the service's order. An empty
 * JSON field (null/undefined) means nothing is required; any other malformed list is a programming error.
 */
export const missingDocuments = (required: unknown, provided: string[] | null | undefined): Unmet[] => {
  if (required === null || required === undefined) return [];
  if (!Array.isArray(required) || !required.every(isRequiredDocument)) {
    throw new TypeError('missingDocuments: requiredDocuments must be an array of { key, labelAr, labelEn } strings');
  }
  // A key listed twice by the administrator is still one missing item for the beneficiary.
  const reported = new Set(provided ?? []);
  const missing: Unmet[] = [];
  for (const d of required) {
    if (reported.has(d.key)) continue;
    reported.add(d.key);
    missing.push({
      rule: 'document',
      code: 'DOCUMENT_MISSING',
      ar: `لم يُقدَّم: ${d.labelAr}`,
      en: `Not provided: ${d.labelEn}`,
      document: d.key,
    });
  }
  return missing;
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isNonEmptyString = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const isRequiredDocument = (value: unknown): value is RequiredDocument =>
  isRecord(value) &&
  isNonEmptyString(value['key']) &&
  isNonEmptyString(value['labelAr']) &&
  isNonEmptyString(value['labelEn']);

// Keys each rule type may carry besides `type`: anything else is refused so a typo such as `anyof`
// cannot silently turn a condition off.
const ALLOWED_KEYS: Readonly<Record<EligibilityRuleType, readonly string[]>> = {
  nationality: ['anyOf', 'orLegalResident'],
  gender: ['anyOf'],
  socialStatus: ['anyOf'],
  age: ['min', 'max'],
  interviewPassed: [],
  registeredOnline: [],
  referralSource: ['anyOf'],
  selfReferralPartiesResident: [],
};
const isRuleType = (value: unknown): value is EligibilityRuleType =>
  typeof value === 'string' && Object.prototype.hasOwnProperty.call(ALLOWED_KEYS, value);
const isOneOf =
  <T extends string>(values: readonly T[]) =>
  (value: unknown): value is T =>
    typeof value === 'string' && (values as readonly string[]).includes(value);
const isCountryCode = (value: unknown): value is string => typeof value === 'string' && /^[A-Z]{2}$/.test(value);
const isAgeBound = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_AGE;

/** `anyOf` as a non-empty list of known values, or the problem to show the administrator. */
const readAnyOf = <T extends string>(
  raw: Record<string, unknown>,
  isKnown: (value: unknown) => value is T,
  known: string,
): T[] | Label => {
  const list = raw['anyOf'];
  if (Array.isArray(list) && list.length > 0 && list.every(isKnown)) return list;
  return { ar: `anyOf يجب أن تكون قائمة غير فارغة من: ${known}`, en: `anyOf must be a non-empty list of: ${known}` };
};
const withAnyOf = <R>(anyOf: R[] | Label, build: (list: R[]) => EligibilityRule): EligibilityRule | Label =>
  Array.isArray(anyOf) ? build(anyOf) : anyOf;

const parseRule = (raw: unknown): EligibilityRule | Label => {
  if (!isRecord(raw)) return { ar: 'الشرط يجب أن يكون كائناً', en: 'a rule must be an object' };
  const type = raw['type'];
  if (!isRuleType(type)) return { ar: `نوع شرط غير معروف: ${String(type)}`, en: `unknown rule type: ${String(type)}` };
  const extra = Object.keys(raw).filter((key) => key !== 'type' && !ALLOWED_KEYS[type].includes(key));
  if (extra.length > 0) return { ar: `حقول غير معروفة: ${extra.join('، ')}`, en: `unknown keys: ${extra.join(', ')}` };
  switch (type) {
    case 'nationality': {
      const orLegalResident = raw['orLegalResident'];
      if (orLegalResident !== undefined && typeof orLegalResident !== 'boolean') {
        return { ar: 'orLegalResident يجب أن تكون true أو false', en: 'orLegalResident must be true or false' };
      }
      return withAnyOf(readAnyOf(raw, isCountryCode, 'ISO alpha-2 codes such as SA'), (anyOf) =>
        orLegalResident === undefined ? { type, anyOf } : { type, anyOf, orLegalResident },
      );
    }
    case 'gender':
      return withAnyOf(readAnyOf(raw, isOneOf(GENDERS), GENDERS.join(', ')), (anyOf) => ({ type, anyOf }));
    case 'socialStatus':
      return withAnyOf(readAnyOf(raw, isOneOf(SOCIAL_STATUSES), SOCIAL_STATUSES.join(', ')), (anyOf) => ({
        type,
        anyOf,
      }));
    case 'referralSource':
      return withAnyOf(readAnyOf(raw, isOneOf(REFERRAL_SOURCES), REFERRAL_SOURCES.join(', ')), (anyOf) => ({
        type,
        anyOf,
      }));
    case 'age': {
      const { min, max } = raw;
      const boundsOk = (min === undefined || isAgeBound(min)) && (max === undefined || isAgeBound(max));
      if (!boundsOk || (min === undefined && max === undefined) || (isAgeBound(min) && isAgeBound(max) && min > max)) {
        return {
          ar: `العمر: يجب تحديد min أو max أو كليهما بعدد صحيح من ٠ إلى ${arabicDigits(MAX_AGE)}، وألا يتجاوز min قيمة max`,
          en: `age: give min and/or max as integers 0..${MAX_AGE}, with min ≤ max`,
        };
      }
      return { type, ...(isAgeBound(min) ? { min } : {}), ...(isAgeBound(max) ? { max } : {}) };
    }
    default:
      return { type };
  }
};

/**
 * Strict validation of rules as entered in the console (the API calls this on write). Every invalid
 * rule is reported with its index; a value that is not an array at all is reported at index -1.
 */
export const parseEligibilityRules = (
  input: unknown,
): { ok: true; rules: EligibilityRule[] } | { ok: false; errors: RuleError[] } => {
  if (!Array.isArray(input)) {
    return {
      ok: false,
      errors: [{ index: -1, code: 'RULE_INVALID', ar: 'الشروط يجب أن تكون قائمة', en: 'rules must be an array' }],
    };
  }
  const rules: EligibilityRule[] = [];
  const errors: RuleError[] = [];
  input.forEach((raw: unknown, index) => {
    const result = parseRule(raw);
    if ('type' in result) rules.push(result);
    else
      errors.push({
        index,
        code: 'RULE_INVALID',
        ar: `الشرط رقم ${arabicDigits(index + 1)}: ${result.ar}`,
        en: `rule #${index + 1}: ${result.en}`,
      });
  });
  return errors.length === 0 ? { ok: true, rules } : { ok: false, errors };
};
