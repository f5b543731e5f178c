/**
 * Realistic, reproducible demo people: Arabic four-part names, valid generated national IDs and
 * iqamas, Saudi mobiles. A seeded generator, so every demo database is the same.
 */
import { generateSaudiId } from '../domain/saudi-id';

export type Random = {
  next(): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
};

/** mulberry32: tiny, fast, and good enough for demo data. */
export const seededRandom = (seed: number): Random => {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)],
    chance: (p) => next() < p,
  };
};

const FEMALE = [
  'نورة',
  'سارة',
  'فاطمة',
  'منيرة',
  'هيا',
  'ريم',
  'لطيفة',
  'عائشة',
  'مريم',
  'أمل',
  'هند',
  'الجوهرة',
  'العنود',
  'شهد',
  'رهف',
  'أسماء',
  'خلود',
  'منى',
  'وفاء',
  'سلمى',
  'غادة',
  'بشرى',
  'ابتسام',
  'حصة',
  'نوف',
  'دلال',
  'أروى',
  'هالة',
];
const MALE = [
  'محمد',
  'عبدالله',
  'فهد',
  'خالد',
  'سلطان',
  'عبدالرحمن',
  'سعود',
  'تركي',
  'ناصر',
  'فيصل',
  'ماجد',
  'عمر',
  'يوسف',
  'إبراهيم',
  'أحمد',
  'سلمان',
  'بندر',
  'صالح',
  'علي',
  'حسن',
  'عبدالعزيز',
  'مشعل',
];
const FAMILIES = [
  'القحطاني',
  'الغامدي',
  'الزهراني',
  'العتيبي',
  'الشهري',
  'الحربي',
  'المطيري',
  'الدوسري',
  'العمري',
  'الشمري',
  'السبيعي',
  'الجهني',
  'المالكي',
  'الأنصاري',
  'الثبيتي',
  'البلوي',
  'العنزي',
  'الرشيدي',
  'باخشب',
  'باعشن',
  'الصبحي',
  'اللحياني',
  'الحارثي',
  'السلمي',
];
const RESIDENT_NATIONALITIES = ['YE', 'EG', 'SY', 'SD', 'JO', 'PK'];

export type DemoBeneficiary = {
  nationalId: string;
  idKind: 'citizen' | 'resident';
  fullNameAr: string;
  nationality: string;
  legalResidency: boolean;
  gender: 'female' | 'male';
  birthDate: string;
  socialStatus: 'single' | 'married' | 'divorced' | 'widowed';
  category: string;
  preferredChannel: string;
  phone: string;
  email: string | null;
  consentGiven: boolean;
};

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export const demoBeneficiary = (random: Random, index: number, today: Date): DemoBeneficiary => {
  const resident = random.chance(0.15);
  const gender = random.chance(0.75) ? 'female' : 'male';
  const first = random.pick(gender === 'female' ? FEMALE : MALE);
  const fullNameAr = `${first} ${random.pick(MALE)} ${random.pick(MALE)} ${random.pick(FAMILIES)}`;
  const age = random.int(19, 72);
  const birthYear = today.getUTCFullYear() - age;
  const socialStatus = random.pick(['married', 'married', 'divorced', 'widowed', 'single'] as const);
  const category =
    gender === 'female' && socialStatus !== 'married'
      ? 'woman'
      : age > 60
        ? 'elderly'
        : age < 26
          ? 'youth'
          : random.pick(['family', 'family', 'low_income', 'person_with_disability']);
  const idKind = resident ? 'resident' : 'citizen';
  return {
    nationalId: generateSaudiId(idKind, 10_000 + index * 7919),
    idKind,
    fullNameAr,
    nationality: resident ? random.pick(RESIDENT_NATIONALITIES) : 'SA',
    legalResidency: true,
    gender,
    birthDate: `${birthYear}-${pad(random.int(1, 12), 2)}-${pad(random.int(1, 28), 2)}`,
    socialStatus,
    category,
    preferredChannel: random.pick(['sms', 'sms', 'whatsapp', 'email', 'phone']),
    phone: `+9665${pad(random.int(0, 99_999_999), 8)}`,
    email: random.chance(0.4) ? `beneficiary${index + 1}@mail.example` : null,
    consentGiven: true,
  };
};

/** The staff of the demo association: one per role (DESIGN.md "Who uses it"), three committee members for a quorum. */
export const DEMO_STAFF = [
  {
    username: 'reception-officer',
    role: 'reception_officer',
    fullNameAr: 'أمل سعد الغامدي',
    fullNameEn: 'Amal Saad Al-Ghamdi',
  },
  {
    username: 'social-researcher',
    role: 'social_researcher',
    fullNameAr: 'هدى علي الزهراني',
    fullNameEn: 'Huda Ali Al-Zahrani',
  },
  {
    username: 'committee-member',
    role: 'committee_member',
    fullNameAr: 'د. منيرة فهد العتيبي',
    fullNameEn: 'Dr Munira Fahad Al-Otaibi',
  },
  {
    username: 'committee-member-2',
    role: 'committee_member',
    fullNameAr: 'د. عبدالله سالم الحارثي',
    fullNameEn: 'Dr Abdullah Salem Al-Harthi',
  },
  {
    username: 'committee-member-3',
    role: 'committee_member',
    fullNameAr: 'أ. مها إبراهيم الجهني',
    fullNameEn: 'Maha Ibrahim Al-Juhani',
  },
  {
    username: 'follow-up-committee',
    role: 'follow_up_committee',
    fullNameAr: 'ريم خالد الحربي',
    fullNameEn: 'Reem Khalid Al-Harbi',
  },
  {
    username: 'contact-officer',
    role: 'contact_officer',
    fullNameAr: 'سلمى ناصر الشهري',
    fullNameEn: 'Salma Nasser Al-Shehri',
  },
  {
    username: 'manager',
    role: 'manager',
    fullNameAr: 'أ. نوال عبدالله القحطاني',
    fullNameEn: 'Nawal Abdullah Al-Qahtani',
  },
  {
    username: 'association-admin',
    role: 'association_admin',
    fullNameAr: 'فاطمة محمد المالكي',
    fullNameEn: 'Fatimah Mohammed Al-Maliki',
  },
] as const;
