/** MC2: the user guides the service centre prepares for beneficiaries, published like the policies. */
import { documentRoutes } from '../document-pages';

export default documentRoutes('user_guide', 'guides', {
  title: { ar: 'أدلة المستفيدين', en: 'User guides' },
  description: {
    ar: 'أدلة إرشادية للمستفيدين تشرح خدمات الجمعية وإجراءاتها.',
    en: "Guides for beneficiaries explaining the association's services and procedures.",
  },
  intro: {
    ar: 'يعدّ مركز خدمة المستفيدين هذه الأدلة لتيسير الحصول على الخدمات.',
    en: 'The beneficiary service centre prepares these guides to make the services easier to use.',
  },
  none: { ar: 'لا توجد أدلة منشورة بعد.', en: 'No guide has been published yet.' },
  superseded: { ar: 'أدلة ملغاة ومستبدلة', en: 'Superseded guides' },
  supersededBy: { ar: 'ملغى ومستبدل بـ', en: 'Superseded by' },
});
