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
  kind: 'policy',
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

/** ALL-TOOLS: the officer's tools are internal guides: the policy names them but gives no board approval for them. */
export const OFFICER_TOOLS = [
  {
    policyKey: 'basic-regulation',
    kind: 'internal_guide',
    titleAr: 'اللائحة الأساسية للجمعية',
    titleEn: "The association's basic regulation",
  },
  {
    policyKey: 'social-research-guide',
    kind: 'internal_guide',
    titleAr: 'دليل خدمات البحث الاجتماعي',
    titleEn: 'Social-research services guide',
  },
  {
    policyKey: 'support-policy-guide',
    kind: 'internal_guide',
    titleAr: 'دليل سياسة الدعم للمستفيدين',
    titleEn: 'Support-policy guide',
  },
];

/**
 * MC2: the beneficiary's guide, written only from what the policy says: how to apply (register on the
 * service's link, the interview where the service needs one), what to bring (the proofs its conditions
 * name), how a request is decided (the research committee, at least two weeks) and how to reach the
 * association or complain (its channels). A guide, not a board-approved policy: no approval details.
 */
export const YUSR_USER_GUIDE = {
  policyKey: 'beneficiary-guide',
  kind: 'user_guide',
  versionNumber: 1,
  titleAr: 'دليل المستفيد: كيف تطلب خدمة وماذا تحضر وكيف تتواصل معنا',
  titleEn: "Beneficiary's guide: how to ask for a service, what to bring, how to reach us",
  bodyAr: [
    '## كيف تطلب خدمة',
    '- سجّل على الرابط الإلكتروني الخاص بالخدمة، أو راجع الجمعية ليستقبلك موظف علاقات المستفيدين.',
    '- يتأكد الموظف من أنك قدمت كافة المعلومات المطلوبة ويطابق بياناتك، وتوقّع على صحة البيانات لأنك مسؤول عنها مسؤولية مباشرة.',
    '- إن لم تتضح لك الإجراءات أحالك الموظف إلى مسؤول البحث الاجتماعي ليجيب عن تساؤلاتك.',
    '- يُرفع طلبك إلى لجنة البحث لدراسته، ويُرد عليك بالقبول أو الرفض خلال مدة لا تقل عن أسبوعين.',
    '## ماذا تحضر',
    '- ما يثبت جنسيتك السعودية أو إقامتك النظامية.',
    '- لبرامج المطلقات والأرامل: ما يثبت الحالة الاجتماعية، ثم المقابلة الشخصية.',
    '- لمركز شمل: تحويل الحالة رسمياً من محكمة التنفيذ أو شعبة تنفيذ الأحكام الحقوقية، وطلب التنفيذ من أطراف الدعوى مع مستنداته.',
    '- لمركز الحماية الأسرية: أن يكون البلاغ محالاً رسمياً من مركز البلاغات الموحد ١٩١٩ أو الشرطة أو المستشفيات أو المدارس؛ والبلاغ الفردي يُقدَّم عن طريق مركز البلاغات الموحد.',
    '## كيف تتواصل معنا أو تقدم شكوى',
    '- المقابلة، والاتصال الهاتفي، ووسائل التواصل الاجتماعي، والخطابات، والموقع الإلكتروني للجمعية، ومناديب المكاتب الفرعية.',
    '- بعد حصولك على الخدمة قيّمها: تقييم جودة الخدمة حق من حقوقك، وهو أداة للتطوير لا للعقاب.',
  ].join('\n\n'),
  bodyEn: [
    '## How to ask for a service',
    "- Register on the service's online link, or come to the association, where a beneficiary-relations officer receives you.",
    '- The officer checks that you gave all the information needed and matches your data; you sign that it is correct, as you are directly responsible for it.',
    '- If the steps are not clear to you, the officer refers you to the social researcher to answer your questions.',
    '- Your request goes to the research committee, which answers with an acceptance or a refusal within no less than two weeks.',
    '## What to bring',
    '- Proof of Saudi nationality or of a lawful residence permit.',
    "- For the divorced and widowed women's programmes: proof of social status, then a personal interview.",
    '- For the Shaml centre: the formal referral of the case from the enforcement court or its rights-judgements section, and the enforcement request of the parties with its documents.',
    '- For the family-protection centre: a formal referral from the unified reporting centre 1919, the police, hospitals or schools; an individual report is made through the unified reporting centre.',
    '## How to reach us or complain',
    "- In person, by telephone, on social media, by letter, through the association's website, or through the branch offices' representatives.",
    '- Rate the service after you receive it: rating its quality is your right, a tool for improvement, not for punishment.',
  ].join('\n\n'),
};
