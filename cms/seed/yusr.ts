/**
 * The demo association, from its published policy (shared/policies/yusr.ar.txt): جمعية يُسر للتنمية
 * الأسرية, its channels, tools, five services with their eligibility conditions (YSR-E1..E5), its
 * committees and the board approval of the policy (PD1). Data only: loaded by ./demo.ts.
 */

export const YUSR_PROFILE = {
  profileKey: 'yusr',
  nameAr: 'جمعية يُسر للتنمية الأسرية',
  nameEn: 'Yusr Association for Family Development',
  city: 'جدة',
  region: 'منطقة مكة المكرمة',
  website: 'https://yusr.example.org.sa',
  phone: '+966122345678',
  email: 'info@yusr.example.org.sa',
  socialAccounts: { x: '@yusr_example', instagram: '@yusr_example' },
  // ALL-TOOLS: the officer's tools YSR lists, as policy-document keys.
  tools: ['basic-regulation', 'social-research-guide', 'support-policy-guide'],
  weekendDays: [5, 6],
  workdayStart: '08:00',
  workdayEnd: '16:00',
  timezone: 'Asia/Riyadh',
  // YSR-H7: "two weeks" (OCR: «لا تقل عن أسبوعين», meaning within two weeks), kept as ten working days
  // so that Eid holidays do not eat into the beneficiary's time.
  defaultSlaDays: 10,
  defaultSlaUnit: 'working_days',
  complaintSlaDays: 5,
};

export const YUSR_BRANCHES = [
  {
    code: 'JED-HQ',
    nameAr: 'المقر الرئيسي - جدة',
    nameEn: 'Head office - Jeddah',
    city: 'جدة',
    phone: '+966122345678',
  },
  { code: 'JED-N', nameAr: 'مكتب شمال جدة', nameEn: 'North Jeddah office', city: 'جدة', phone: '+966122345679' },
  { code: 'JED-S', nameAr: 'مكتب جنوب جدة', nameEn: 'South Jeddah office', city: 'جدة', phone: '+966122345680' },
];

export const YUSR_COMMITTEES = [
  { key: 'research', nameAr: 'لجنة البحث', nameEn: 'Research committee', type: 'research', quorum: 2 },
  { key: 'specialized', nameAr: 'اللجنة المختصة', nameEn: 'Specialised committee', type: 'specialized', quorum: 2 },
  { key: 'follow-up', nameAr: 'لجنة المتابعة', nameEn: 'Follow-up committee', type: 'follow_up', quorum: 2 },
] as const;

const RESIDENCY = { type: 'nationality', anyOf: ['SA'], orLegalResident: true };
const ONLINE = { type: 'registeredOnline' };

const doc = (key: string, labelAr: string, labelEn: string) => ({ key, labelAr, labelEn });
const ID_COPY = doc('national_id_copy', 'صورة الهوية الوطنية أو الإقامة', 'Copy of the national ID or iqama');

/** YSR-E1..E5 as data; `committee` is a committee key. */
export const YUSR_SERVICES = [
  {
    key: 'family-counselling',
    nameAr: 'الاستشارات الأسرية',
    nameEn: 'Family counselling',
    descriptionAr: 'استشارات زوجية واجتماعية وتربوية ونفسية، والعلاج باللعب، وتعديل السلوك.',
    category: 'counselling',
    eligibilityRules: [RESIDENCY, ONLINE],
    requiredDocuments: [ID_COPY],
    ratingRequired: true,
    needsInterview: false,
    committee: 'research',
  },
  {
    key: 'awareness-meetings',
    nameAr: 'اللقاءات التوعوية والتثقيفية',
    nameEn: 'Awareness and education meetings',
    descriptionAr: 'لقاءات توعوية وتثقيفية للأسرة، للمرأة السعودية أو المقيمة بإقامة نظامية.',
    category: 'awareness',
    eligibilityRules: [RESIDENCY, { type: 'gender', anyOf: ['female'] }, ONLINE],
    requiredDocuments: [ID_COPY],
    ratingRequired: true,
    needsInterview: false,
    committee: 'research',
  },
  {
    key: 'shaml-centre',
    nameAr: 'مركز شمل لتنفيذ أحكام الرؤية والزيارة والحضانة',
    nameEn: 'Shaml centre for visitation and custody rulings',
    descriptionAr: 'تنفيذ أحكام الرؤية والزيارة والحضانة بإحالة رسمية من محكمة التنفيذ أو شعبة تنفيذ الأحكام الحقوقية.',
    category: 'custody_execution',
    eligibilityRules: [{ type: 'referralSource', anyOf: ['court', 'self'] }, { type: 'selfReferralPartiesResident' }],
    requiredDocuments: [
      ID_COPY,
      doc('court_referral', 'خطاب الإحالة من المحكمة أو طلب التنفيذ', 'Court referral or execution request'),
      doc('ruling_copy', 'صورة الحكم', 'Copy of the ruling'),
    ],
    ratingRequired: false,
    needsInterview: false,
    needsReferral: true,
    // P1: custody cases are seen only by the staff on the case (cms/domain/confidentiality.ts).
    confidential: true,
    committee: 'specialized',
  },
  {
    key: 'family-protection',
    nameAr: 'مركز الحماية الأسرية وحماية الطفل',
    nameEn: 'Family and child protection centre',
    descriptionAr:
      'استقبال حالات الحماية المحالة رسمياً من مركز البلاغات الموحد ١٩١٩ أو الشرطة أو المستشفيات أو المدارس.',
    category: 'protection',
    eligibilityRules: [{ type: 'referralSource', anyOf: ['center_1919', 'police', 'hospital', 'school'] }],
    requiredDocuments: [doc('official_referral', 'خطاب الإحالة الرسمي', 'Official referral letter')],
    ratingRequired: false,
    needsInterview: false,
    needsReferral: true,
    // P1: protection reports are seen only by the staff on the case.
    confidential: true,
    committee: 'specialized',
  },
  {
    key: 'skills-programmes',
    nameAr: 'البرامج المهارية للمطلقات والأرامل',
    nameEn: 'Skills programmes for divorced women and widows',
    descriptionAr: 'برامج تدريبية مهارية للمطلقات والأرامل بعد اجتياز المقابلة الشخصية.',
    category: 'skills',
    eligibilityRules: [
      RESIDENCY,
      { type: 'gender', anyOf: ['female'] },
      { type: 'socialStatus', anyOf: ['divorced', 'widowed'] },
      { type: 'interviewPassed' },
      ONLINE,
    ],
    requiredDocuments: [
      ID_COPY,
      doc('social_status_proof', 'ما يثبت الحالة الاجتماعية (صك طلاق أو شهادة وفاة)', 'Proof of social status'),
    ],
    ratingRequired: true,
    needsInterview: true,
    committee: 'research',
  },
];

/** PD1: approved at board meeting no. 5 of the first session, 25/11/1442 AH = 05/07/2021, 11 signatories. */
export const YUSR_POLICY = {
  policyKey: 'beneficiary-relations',
  titleAr: 'سياسة تنظيم العلاقة مع المستفيدين وتقديم الخدمات لهم',
  titleEn: 'Policy for organising the relationship with beneficiaries and serving them',
  versionNumber: 1,
  boardMeetingNumber: '5',
  boardSession: 'الدورة الأولى',
  approvalDate: '2021-07-05',
  approvalDateHijri: '1442-11-25',
  chairName: 'أ.د. هيفاء بنت عثمان فدا',
  signatories: [
    { name: 'أ.د. هيفاء بنت عثمان فدا', title: 'رئيس مجلس الإدارة' },
    { name: 'أ. صباح بنت صالح جمال', title: 'نائب رئيس مجلس الإدارة' },
    { name: 'أ. عفاف بنت عبادي خياط', title: 'المشرف المالي' },
    { name: 'د. إيمان بنت عبد الرحمن المغربي', title: 'عضو مجلس إدارة' },
    { name: 'أ.د. سميرة بنت أحمد الفيقي', title: 'عضو مجلس إدارة' },
    { name: 'أ. بثينة بنت حسين الأمير', title: 'عضو مجلس إدارة' },
    { name: 'د. أمل بنت محمد بنونة', title: 'عضو مجلس إدارة' },
    { name: 'أ. أريج بنت محمد حبيب', title: 'عضو مجلس إدارة' },
    { name: 'أ. ميسر بنت حسن جنة', title: 'عضو مجلس إدارة' },
    { name: 'د. طلحة بنت حسين فدعق', title: 'عضو مجلس إدارة' },
    { name: 'أ. هناء بنت فؤاد مصلي', title: 'عضو مجلس إدارة' },
  ],
  bodyAr: [
    '## الهدف العام',
    'تقديم خدمة متميزة للمستفيدين من كافة الشرائح بإتقان وسرعة وجودة عالية لإنجاز معاملاتهم ومتابعة متطلباتهم ومقترحاتهم.',
    '## التعامل مع المستفيد',
    '- استقبال المستفيد بلباقة واحترام والإجابة على جميع الاستفسارات.',
    '- التأكد من تقديم المراجع كافة المعلومات المطلوبة، ومطابقة البيانات والتأكد من صلاحيتها وقت التقديم.',
    '- إحالة المستفيد لمسؤول البحث الاجتماعي عند عدم وضوح الإجراءات.',
    '- توقيع المستفيد على صحة البيانات وأنه مسؤول مسؤولية مباشرة عن صحتها.',
    '- إبلاغ المستفيد بأن طلبه سيرفع للجنة البحث لدراسته والرد عليه بالقبول أو الرفض خلال أسبوعين.',
    '- استكمال إجراءات التسجيل مع اكتمال الطلبات، ثم تقديم الخدمة اللازمة.',
  ].join('\n\n'),
};

export const OFFICER_TOOLS = [
  { policyKey: 'basic-regulation', titleAr: 'اللائحة الأساسية للجمعية', titleEn: "The association's basic regulation" },
  {
    policyKey: 'social-research-guide',
    titleAr: 'دليل خدمات البحث الاجتماعي',
    titleEn: 'Social-research services guide',
  },
  { policyKey: 'support-policy-guide', titleAr: 'دليل سياسة الدعم للمستفيدين', titleEn: 'Support-policy guide' },
];
