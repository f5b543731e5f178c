/** CM1: the words of the complaint form, its result and the tracking page, in Arabic and English. */
import { formatDualDate } from '../../domain/hijri';
import type { Lang, Text } from '../i18n';

export const T = {
  title: { ar: 'تقديم شكوى أو استفسار أو اقتراح', en: 'File a complaint, inquiry or suggestion' },
  intro: {
    ar: 'اكتب ما تود إبلاغنا به، وسنرد عليك خلال المدة المحددة. تحصل بعد الإرسال على رقم متابعة ورمز تحقق.',
    en: 'Tell us what you would like us to know; we answer within the set time. After sending you get a tracking number and a verification code.',
  },
  form: { ar: 'النموذج', en: 'The form' },
  kind: { ar: 'النوع', en: 'Type' },
  category: { ar: 'التصنيف', en: 'Category' },
  chooseCategory: { ar: 'اختر التصنيف', en: 'Choose a category' },
  subject: { ar: 'الموضوع', en: 'Subject' },
  description: { ar: 'التفاصيل', en: 'Details' },
  descriptionHint: { ar: 'عشرة أحرف على الأقل.', en: 'At least ten characters.' },
  contact: { ar: 'بيانات التواصل', en: 'How to reach you' },
  contactHint: {
    ar: 'الاسم مع رقم الجوال أو البريد الإلكتروني، إلا إذا اخترت تقديمها دون ذكر اسمك.',
    en: 'Your name with a mobile number or an e-mail address, unless you choose to file without your name.',
  },
  name: { ar: 'الاسم', en: 'Name' },
  phone: { ar: 'رقم الجوال', en: 'Mobile number' },
  phoneHint: { ar: 'مثل 05xxxxxxxx', en: 'Such as 05xxxxxxxx' },
  email: { ar: 'البريد الإلكتروني', en: 'E-mail' },
  anonymous: { ar: 'أقدّمها دون ذكر اسمي', en: 'File without my name' },
  anonymousHint: {
    ar: 'لن نتمكن من التواصل معك؛ تابع حالتها برقم المتابعة ورمز التحقق.',
    en: 'We will not be able to contact you; follow it with the tracking number and the verification code.',
  },
  attachments: { ar: 'المرفقات', en: 'Attachments' },
  attachmentsHint: {
    ar: 'اختياري: حتى ثلاثة ملفات PDF أو صور JPEG أو PNG، لا يتجاوز كل منها ٥ ميغابايت.',
    en: 'Optional: up to three PDF, JPEG or PNG files of at most 5 MB each.',
  },
  chooseAgain: { ar: 'اختر الملفات مرة أخرى.', en: 'Choose the files again.' },
  honeypot: { ar: 'اترك هذا الحقل فارغًا', en: 'Leave this field empty' },
  submit: { ar: 'إرسال', en: 'Send' },
  received: { ar: 'تم الاستلام', en: 'Received' },
  receivedText: {
    ar: 'وصلتنا رسالتك وسُجّلت برقم متابعة.',
    en: 'Your message has reached us and is recorded under a tracking number.',
  },
  trackingNumber: { ar: 'رقم المتابعة', en: 'Tracking number' },
  trackingToken: { ar: 'رمز التحقق', en: 'Verification code' },
  receivedAt: { ar: 'تاريخ الاستلام', en: 'Received on' },
  dueAt: { ar: 'موعد الرد المتوقع', en: 'Expected answer by' },
  keep: {
    ar: 'احتفظ برقم المتابعة ورمز التحقق، ولا تشارك الرمز مع أحد: تحتاجهما معًا لمتابعة الحالة من صفحة «متابعة طلب»، ويمكنك بدل الرمز استخدام آخر أربعة أرقام من جوالك.',
    en: 'Keep the tracking number and the verification code, and share the code with no one: you need both to follow it on the «Track» page (or, instead of the code, the last four digits of your mobile).',
  },
  trackLink: { ar: 'متابعة الحالة', en: 'Track it' },
} satisfies Record<string, Text>;

export const KIND_LABELS = {
  complaint: { ar: 'شكوى', en: 'Complaint' },
  inquiry: { ar: 'استفسار', en: 'Inquiry' },
  suggestion: { ar: 'اقتراح', en: 'Suggestion' },
} satisfies Record<string, Text>;

export const STATUS_LABELS: Readonly<Record<string, Text>> = {
  received: { ar: 'مستلمة', en: 'Received' },
  assigned: { ar: 'أُحيلت إلى المختص', en: 'Assigned' },
  in_progress: { ar: 'قيد المعالجة', en: 'In progress' },
  awaiting_complainant: { ar: 'بانتظار ردك', en: 'Waiting for your reply' },
  resolved: { ar: 'عولجت', en: 'Resolved' },
  closed: { ar: 'مغلقة', en: 'Closed' },
  reopened: { ar: 'أعيد فتحها', en: 'Reopened' },
};

/** Both calendars, as official Saudi correspondence writes them (ESR-H7 dates are Riyadh days). */
export const dualDate = (lang: Lang, value: Date | string): string => formatDualDate(new Date(value), lang);
