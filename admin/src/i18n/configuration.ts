/** The configuration screens' and the profile import's labels (issue 14), Arabic and English, spread into ar.ts and en.ts. */
import { arPlural } from './plural';

export const configurationAr = {
  resources: {
    'contact-officer-assignments': {
      name: arPlural('ضابط اتصال', 'ضباط الاتصال'),
      fields: {
        officer: 'ضابط الاتصال',
        areaAr: 'مجال العمل',
        complaintCategory: 'تصنيف الشكوى',
        beneficiaryCategory: 'فئة المستفيد',
        active: 'نشط',
      },
    },
  },
  wasl: {
    configuration: {
      members_hint: 'يُعرض من الموظفين من يتيح دوره عمل هذه اللجنة (التصويت على الطلبات أو اعتماد المحاضر)',
      quorum_above_members: 'النصاب أكبر من عدد الأعضاء (%{members})',
      inactive: 'غير نشط',
      any_category: 'كل التصنيفات',
      any_beneficiary: 'كل الفئات',
      routing_hint: 'تُحال إلى الضابط الشكاوى من هذا التصنيف أو من هذه الفئة من المستفيدين أو كليهما',
      routing_title: 'الإحالة إلى ضباط الاتصال',
      routing_empty: 'لا ضابط اتصال لهذا التصنيف: تبقى شكاواه لدى لجنة المتابعة',
      add_routing: 'إحالة إلى ضابط اتصال',
      deadline_title: 'مدة الرد',
      deadline: 'مدة الرد بأيام العمل',
      deadline_hint: 'اتركه فارغاً لتطبيق المدة العامة للشكاوى (%{days} أيام عمل)',
      days_range: 'عدد صحيح من ١ إلى ٣٦٥',
      save_deadline: 'حفظ المدة',
      deadline_saved: 'حُفظت مدة الرد، وأعيد حساب مواعيد الشكاوى المفتوحة',
      tools_title: 'أدوات موظف علاقات المستفيدين',
      tools_intro:
        'الوثائق التي يفتحها الموظف من شاشة الطلب: اللائحة الأساسية، ولائحة المستفيدين، ودليل خدمات البحث الاجتماعي، وسياسة الدعم وغيرها. تُختار من وثائق السياسات.',
      tools_empty: 'لا وثائق سياسات بعد. أضفها أولاً من',
      tool_missing: 'لم تعد الوثيقة موجودة',
      tools_saved: 'حُفظت أدوات الموظف',
      no_tools: 'لم تُحدَّد أدوات للموظف بعد',
    },
    profile_import: {
      title: 'استيراد ملف الجمعية',
      intro:
        'ارفع ملف تعريف الجمعية (YAML أو JSON) لترى ما سيُنشأ وما سيُحدَّث وما يبقى كما هو في كل قسم، ثم أكّد الاستيراد. يُطبّق الملف كله أو لا يُطبّق شيء منه.',
      choose: 'اختيار ملف',
      export: 'تصدير ملف الجمعية الحالي',
      preview: 'ما سيحدث عند الاستيراد',
      nothing_to_do: 'الملف مطابق للإعدادات الحالية: لا شيء يتغير',
      refused: 'رُفض الملف، ولم يتغير شيء. المواضع المخالفة:',
      confirm: 'تأكيد الاستيراد',
      done: 'تم الاستيراد',
      section_label: 'القسم',
      created: 'يُنشأ',
      updated: 'يُحدَّث',
      removed: 'يُحذف أو يُعطَّل',
      left: 'يبقى كما هو',
      blocked_accounts:
        'أنشئت حسابات الموظفين التالية موقوفة ودون كلمة مرور: فعّلها وأرسل لأصحابها رابط تعيين كلمة المرور من شاشة الموظفين: %{accounts}',
      section: {
        settings: 'الهوية والدوام والمدد',
        channels: 'قنوات التواصل',
        categories: 'تصنيفات الشكاوى',
        routing: 'الإحالة إلى ضباط الاتصال',
        holidays: 'الإجازات',
        branches: 'الفروع',
        staff: 'الموظفون',
        committees: 'اللجان',
        services: 'الخدمات',
        surveys: 'الاستبيانات',
        policies: 'وثائق السياسات',
      },
    },
  },
};

export const configurationEn: typeof configurationAr = {
  resources: {
    'contact-officer-assignments': {
      name: 'Contact officer |||| Contact officers',
      fields: {
        officer: 'Contact officer',
        areaAr: 'Area of work',
        complaintCategory: 'Complaint category',
        beneficiaryCategory: 'Beneficiary category',
        active: 'Active',
      },
    },
  },
  wasl: {
    configuration: {
      members_hint:
        "Offered: the staff whose role can do this committee's work (voting on requests or approving minutes)",
      quorum_above_members: 'The quorum is larger than the number of members (%{members})',
      inactive: 'Inactive',
      any_category: 'Every category',
      any_beneficiary: 'Every beneficiary category',
      routing_hint: 'Complaints of this category, of this beneficiary category, or of both go to this officer',
      routing_title: 'Routing to contact officers',
      routing_empty: 'No contact officer for this category: its complaints stay with the follow-up committee',
      add_routing: 'Route to a contact officer',
      deadline_title: 'Answer deadline',
      deadline: 'Answer deadline in working days',
      deadline_hint: "Leave empty for the complaints' general deadline (%{days} working days)",
      days_range: 'A whole number from 1 to 365',
      save_deadline: 'Save the deadline',
      deadline_saved: "Deadline saved; the open complaints' deadlines were recomputed",
      tools_title: "The beneficiary-relations officer's tools",
      tools_intro:
        'The documents the officer opens from the request screen: the basic regulation, the beneficiaries regulation, the social-research guide, the support policy and others, chosen from the policy documents.',
      tools_empty: 'No policy documents yet. Add them first under',
      tool_missing: 'The document no longer exists',
      tools_saved: "The officer's tools were saved",
      no_tools: 'No officer tools chosen yet',
    },
    profile_import: {
      title: 'Import the association profile',
      intro:
        'Upload an association profile file (YAML or JSON) to see what each section would create, update and leave as it is, then confirm. The whole file applies, or none of it.',
      choose: 'Choose a file',
      export: 'Export the current profile',
      preview: 'What the import would do',
      nothing_to_do: 'The file matches the current configuration: nothing would change',
      refused: 'The file was refused and nothing changed. The faults:',
      confirm: 'Confirm the import',
      done: 'Imported',
      section_label: 'Section',
      created: 'Created',
      updated: 'Updated',
      removed: 'Removed or disabled',
      left: 'Left as is',
      blocked_accounts:
        'These staff accounts were created blocked and without a password: unblock them and send each a password link from the staff screen: %{accounts}',
      section: {
        settings: 'Identity, working week and deadlines',
        channels: 'Channels',
        categories: 'Complaint categories',
        routing: 'Routing to contact officers',
        holidays: 'Holidays',
        branches: 'Branches',
        staff: 'Staff',
        committees: 'Committees',
        services: 'Services',
        surveys: 'Questionnaires',
        policies: 'Policy documents',
      },
    },
  },
};
