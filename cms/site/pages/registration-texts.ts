/** YSR-E1: the words of the online registration form and its result, in Arabic and English. */
import type { Text } from '../i18n';

export const T = {
  title: { ar: 'التسجيل في خدمة', en: 'Register for a service' },
  intro: {
    ar: 'املأ بياناتك لتسجيل طلبك. يصلك رقم مرجعي، ونبيّن لك ما ينقص طلبك وما تحضره معك إلى الجمعية.',
    en: 'Fill in your details to file your request. You get a reference number, and we show what your request still needs and what to bring to the association.',
  },
  aboutService: { ar: 'شروط الخدمة ومستنداتها', en: 'The service’s conditions and documents' },
  nationalId: { ar: 'رقم الهوية الوطنية أو الإقامة', en: 'National ID or iqama number' },
  nationalIdHint: { ar: 'عشرة أرقام تبدأ بـ ١ أو ٢', en: 'Ten digits starting with 1 or 2' },
  fullNameAr: { ar: 'الاسم الكامل', en: 'Full name (in Arabic)' },
  nationality: { ar: 'الجنسية', en: 'Nationality' },
  legalResidency: {
    ar: 'هل لديك إقامة نظامية سارية في المملكة؟',
    en: 'Do you hold a valid legal residency in the Kingdom?',
  },
  yes: { ar: 'نعم', en: 'Yes' },
  no: { ar: 'لا', en: 'No' },
  gender: { ar: 'الجنس', en: 'Gender' },
  female: { ar: 'أنثى', en: 'Female' },
  male: { ar: 'ذكر', en: 'Male' },
  socialStatus: { ar: 'الحالة الاجتماعية', en: 'Marital status' },
  choose: { ar: 'اختر', en: 'Choose' },
  birthDate: { ar: 'تاريخ الميلاد (ميلادي)', en: 'Date of birth (Gregorian)' },
  phone: { ar: 'رقم الجوال', en: 'Mobile number' },
  phoneHint: { ar: 'مثل 05xxxxxxxx', en: 'Such as 05xxxxxxxx' },
  email: { ar: 'البريد الإلكتروني', en: 'E-mail' },
  city: { ar: 'المدينة', en: 'City' },
  referralSource: { ar: 'الجهة المحيلة', en: 'Referred by' },
  referralHint: { ar: 'إن أحالتك جهة رسمية إلى الجمعية', en: 'If an official body referred you to the association' },
  consent: {
    ar: 'أوافق على حفظ بياناتي لدى الجمعية واستخدامها لدراسة طلبي',
    en: 'I agree that the association keeps my data and uses it to study my request',
  },
  optional: { ar: 'اختياري', en: 'optional' },
  submit: { ar: 'تسجيل الطلب', en: 'File the request' },
  received: { ar: 'تم استلام طلبك', en: 'Your request was received' },
  reference: { ar: 'الرقم المرجعي', en: 'Reference' },
  service: { ar: 'الخدمة', en: 'Service' },
  receivedAt: { ar: 'تاريخ الاستلام', en: 'Received on' },
  keepReference: {
    ar: 'احتفظ بالرقم المرجعي واذكره عند مراجعتك للجمعية أو اتصالك بها.',
    en: 'Keep the reference and give it when you visit or call the association.',
  },
  missing: { ar: 'ما زال ينقص طلبك', en: 'What your request still needs' },
  conditions: {
    ar: 'شروط لا تنطبق حسب ما ذكرته (يتحقق منها الموظف معك):',
    en: 'Conditions your answers do not meet (the officer checks them with you):',
  },
  bring: { ar: 'أحضر معك هذه المستندات:', en: 'Bring these documents:' },
  nothingMissing: {
    ar: 'لا ينقص طلبك شيء مما يمكن معرفته الآن؛ يتحقق الموظف من بياناتك عند المراجعة.',
    en: 'Nothing that can be known now is missing; the officer checks your details when you visit.',
  },
  next: { ar: 'ماذا بعد؟', en: 'What happens next?' },
  nextText: {
    ar: 'يتواصل معك موظف علاقات المستفيدين لاستكمال الطلب. بعد اكتماله تُدرس طلبات هذه الخدمة ويُرد عليك خلال {days}.',
    en: 'A beneficiary-relations officer contacts you to complete the request. Once it is complete, requests for this service are studied and answered within {days}.',
  },
  workingDays: { ar: '{n} يوم عمل', en: '{n} working days' },
  calendarDays: { ar: '{n} يومًا', en: '{n} days' },
} satisfies Record<string, Text>;

export const NATIONALITIES: ReadonlyArray<{ code: string; label: Text }> = [
  { code: 'SA', label: { ar: 'سعودي', en: 'Saudi' } },
  { code: 'EG', label: { ar: 'مصري', en: 'Egyptian' } },
  { code: 'YE', label: { ar: 'يمني', en: 'Yemeni' } },
  { code: 'SY', label: { ar: 'سوري', en: 'Syrian' } },
  { code: 'JO', label: { ar: 'أردني', en: 'Jordanian' } },
  { code: 'SD', label: { ar: 'سوداني', en: 'Sudanese' } },
  { code: 'PK', label: { ar: 'باكستاني', en: 'Pakistani' } },
  { code: 'IN', label: { ar: 'هندي', en: 'Indian' } },
  { code: 'BD', label: { ar: 'بنغلاديشي', en: 'Bangladeshi' } },
  { code: 'PH', label: { ar: 'فلبيني', en: 'Filipino' } },
  { code: 'AE', label: { ar: 'إماراتي', en: 'Emirati' } },
  { code: 'KW', label: { ar: 'كويتي', en: 'Kuwaiti' } },
  { code: 'BH', label: { ar: 'بحريني', en: 'Bahraini' } },
  { code: 'QA', label: { ar: 'قطري', en: 'Qatari' } },
  { code: 'OM', label: { ar: 'عُماني', en: 'Omani' } },
];

export const SOCIAL_STATUS_LABELS: Readonly<Record<string, Text>> = {
  single: { ar: 'عزباء / أعزب', en: 'Single' },
  married: { ar: 'متزوجة / متزوج', en: 'Married' },
  divorced: { ar: 'مطلقة / مطلق', en: 'Divorced' },
  widowed: { ar: 'أرملة / أرمل', en: 'Widowed' },
};

export const REFERRAL_LABELS: Readonly<Record<string, Text>> = {
  court: { ar: 'محكمة التنفيذ', en: 'The enforcement court' },
  center_1919: { ar: 'مركز البلاغات الموحد ١٩١٩', en: 'The unified reporting centre 1919' },
  police: { ar: 'الشرطة', en: 'The police' },
  hospital: { ar: 'مستشفى', en: 'A hospital' },
  school: { ar: 'مدرسة', en: 'A school' },
  self: { ar: 'حضرت بنفسي', en: 'I came myself' },
  other: { ar: 'جهة أخرى', en: 'Another body' },
};
