/** PD1, PD2, PD4: the board-approved policies, each with its approval details and version history. */
import { documentRoutes } from '../document-pages';

export default documentRoutes('policy', 'policies', {
  title: { ar: 'السياسات المعتمدة', en: 'Approved policies' },
  description: {
    ar: 'سياسات الجمعية المعتمدة من مجلس الإدارة، مع تفاصيل الاعتماد وسجل الإصدارات.',
    en: "The association's board-approved policies, with their approval details and version history.",
  },
  intro: {
    ar: 'تنشر الجمعية سياساتها بعد اعتمادها من مجلس الإدارة. تبقى السياسات الملغاة متاحة للاطلاع مع بيان ما حلّ محلها.',
    en: 'The association publishes its policies once the board approves them. Superseded policies stay readable, with what replaced them.',
  },
  none: { ar: 'لا توجد سياسات منشورة بعد.', en: 'No policy has been published yet.' },
  superseded: { ar: 'سياسات ملغاة ومستبدلة', en: 'Superseded policies' },
  supersededBy: { ar: 'ملغاة ومستبدلة بـ', en: 'Superseded by' },
});
