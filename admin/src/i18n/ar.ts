/**
 * Arabic, the console's default language. Labels follow the policies' own wording
 * (shared/policies/CLAUSES.md). Keys: resources.<resource>.fields.<field>, app text under wasl.*.
 */
import type { TranslationMessages } from 'ra-core';
import { arPlural } from './plural';
import { raArabic } from './ra-ar';
import { auditAr } from './audit';

export const arApp = {
  resources: {
    beneficiaries: {
      name: arPlural('مستفيد', 'المستفيدون'),
      fields: {
        nationalId: 'رقم الهوية / الإقامة', idKind: 'نوع الهوية', fullNameAr: 'الاسم الكامل', fullNameEn: 'الاسم بالإنجليزية', nationality: 'الجنسية',
        legalResidency: 'إقامة نظامية', gender: 'الجنس', birthDate: 'تاريخ الميلاد', socialStatus: 'الحالة الاجتماعية', category: 'الفئة',
        preferredChannel: 'قناة التواصل المفضلة', phone: 'الجوال', email: 'البريد الإلكتروني', city: 'المدينة', branch: 'الفرع',
        consentGiven: 'موافقة على معالجة البيانات', notes: 'ملاحظات', attachments: 'المرفقات', createdAt: 'تاريخ التسجيل', q: 'بحث',
      },
    },
    'service-requests': {
      name: arPlural('طلب خدمة', 'طلبات الخدمات'),
      fields: {
        trackingNumber: 'رقم الطلب', beneficiary: 'المستفيد', service: 'الخدمة', branch: 'الفرع', channel: 'قناة الاستقبال', status: 'الحالة',
        receivedAt: 'تاريخ الاستلام', completedAt: 'تاريخ الاكتمال', dueAt: 'موعد الإنجاز', decidedAt: 'تاريخ القرار', documentsProvided: 'المستندات المقدمة',
        interviewPassed: 'اجتاز المقابلة الشخصية', referralSource: 'جهة الإحالة', registeredOnline: 'مسجل إلكترونياً', summary: 'ملخص الطلب',
        researchReport: 'تقرير البحث الاجتماعي', slaState: 'مؤشر الإنجاز', q: 'بحث',
      },
    },
    services: {
      name: arPlural('خدمة', 'الخدمات'),
      fields: {
        key: 'المعرّف', nameAr: 'اسم الخدمة', nameEn: 'الاسم بالإنجليزية', descriptionAr: 'الوصف', category: 'التصنيف', eligibilityRules: 'شروط الاستحقاق',
        requiredDocuments: 'المستندات المطلوبة', slaDays: 'مدة الإنجاز', slaUnit: 'وحدة المدة', committee: 'اللجنة', needsInterview: 'تتطلب مقابلة',
        needsResearch: 'تتطلب بحثاً اجتماعياً', needsReferral: 'تتطلب إحالة', confidential: 'سرية (للمختصين بالحالة فقط)', ratingRequired: 'تقييم بعد الخدمة', published: 'منشورة', sortOrder: 'الترتيب', q: 'بحث',
      },
    },
    complaints: {
      name: arPlural('شكوى', 'الشكاوى والاستفسارات'),
      fields: {
        trackingNumber: 'رقم المتابعة', kind: 'النوع', channel: 'القناة', category: 'التصنيف', status: 'الحالة', subject: 'الموضوع', description: 'التفاصيل',
        beneficiary: 'المستفيد', anonymous: 'بدون اسم', complainantName: 'اسم المشتكي', complainantPhone: 'جوال المشتكي', complainantEmail: 'بريد المشتكي', receivedAt: 'تاريخ الاستلام',
        dueAt: 'موعد الرد', escalationLevel: 'مستوى التصعيد', resolution: 'الحل', department: 'الإدارة المختصة', q: 'بحث',
        auto: 'إسناد تلقائي حسب التوزيع', note: 'ملاحظة', body: 'النص', awaitComplainant: 'بانتظار رد المشتكي (يوقف المهلة)',
        reason: 'السبب', amicableSettlement: 'تمت تسوية ودية', settlementNotes: 'تفاصيل التسوية', publicReply: 'الرد على المشتكي',
        satisfaction: 'رضا المشتكي (١–٥)',
        assignedTo: 'الموظف المكلّف',
      },
    },
    'complaint-actions': { name: arPlural('إجراء', 'سجل الإجراءات'), fields: { kind: 'الإجراء', body: 'التفاصيل', at: 'التاريخ' } },
    visits: {
      name: arPlural('زيارة', 'سجل الزوار'),
      fields: { visitDate: 'تاريخ الزيارة', branch: 'الفرع', count: 'عدد الزوار', purpose: 'الغرض', channel: 'نوع الزيارة', notes: 'ملاحظات' },
    },
    'policy-documents': {
      name: arPlural('سياسة', 'السياسات'),
      fields: {
        policyKey: 'المعرّف', titleAr: 'العنوان', versionNumber: 'الإصدار', boardMeetingNumber: 'رقم اجتماع المجلس', boardSession: 'الدورة',
        approvalDate: 'تاريخ الاعتماد', chairName: 'رئيس المجلس', bodyAr: 'النص', q: 'بحث',
      },
    },
    staff: {
      name: arPlural('موظف', 'الموظفون'),
      fields: { username: 'اسم المستخدم', fullNameAr: 'الاسم', fullNameEn: 'الاسم بالإنجليزية', role: 'الدور', blocked: 'موقوف', confirmed: 'مفعّل', email: 'البريد الإلكتروني' },
    },
    'policy-acknowledgements': { name: arPlural('إقرار', 'إقرارات الاطلاع'), fields: { user: 'الموظف', versionNumber: 'الإصدار', acknowledgedAt: 'تاريخ الإقرار' } },
    holidays: {
      name: arPlural('إجازة', 'الإجازات الرسمية'),
      fields: { nameAr: 'الاسم', nameEn: 'الاسم بالإنجليزية', startDate: 'من', endDate: 'إلى', hijriYear: 'السنة الهجرية', kind: 'النوع', q: 'بحث' },
    },
    committees: {
      name: arPlural('لجنة', 'اللجان'),
      fields: { key: 'المعرّف', nameAr: 'الاسم', nameEn: 'الاسم بالإنجليزية', type: 'النوع', quorum: 'النصاب', active: 'نشطة', q: 'بحث' },
    },
    'committee-meetings': {
      name: arPlural('اجتماع', 'اجتماعات اللجان'),
      fields: { committee: 'اللجنة', number: 'رقم الاجتماع', meetingAt: 'موعد الاجتماع', location: 'المكان', status: 'الحالة' },
    },
    'association-profiles': {
      name: arPlural('ملف الجمعية', 'ملف الجمعية'),
      fields: {
        nameAr: 'اسم الجمعية', nameEn: 'الاسم بالإنجليزية', registrationNumber: 'رقم التسجيل في الوزارة', city: 'المدينة', region: 'المنطقة',
        phone: 'الهاتف', email: 'البريد الإلكتروني', website: 'الموقع الإلكتروني', enabledChannels: 'قنوات التواصل المفعلة', weekendDays: 'أيام العطلة الأسبوعية',
        workdayStart: 'بداية الدوام', workdayEnd: 'نهاية الدوام', defaultSlaDays: 'مدة إنجاز الطلبات الافتراضية', defaultSlaUnit: 'وحدة المدة',
        dueSoonWorkingDays: 'التنبيه قبل الموعد بأيام عمل', complaintSlaDays: 'مدة الرد على الشكاوى',
      },
    },
    channels: {
      name: arPlural('قناة تواصل', 'قنوات التواصل'),
      fields: { key: 'المعرّف', nameAr: 'الاسم', nameEn: 'الاسم بالإنجليزية', enabled: 'مفعلة', sortOrder: 'الترتيب' },
      key_hint: 'حروف إنجليزية صغيرة وأرقام و _ ، لا يتغير بعد الحفظ',
    },
    'complaint-categories': {
      name: arPlural('تصنيف', 'تصنيفات الشكاوى'),
      fields: { key: 'المعرّف', nameAr: 'الاسم', nameEn: 'الاسم بالإنجليزية', enabled: 'مفعل', sortOrder: 'الترتيب' },
    },
    branches: { name: arPlural('فرع', 'الفروع'), fields: { code: 'الرمز', nameAr: 'الاسم', city: 'المدينة' } },
    attestations: { name: arPlural('إقرار', 'الإقرارات'), fields: { method: 'طريقة التوقيع', statementAr: 'نص الإقرار', attestedAt: 'تاريخ الإقرار', request: 'الطلب', signature: 'التوقيع' } },
    'request-events': { name: arPlural('حدث', 'سجل الطلب'), fields: { fromStatus: 'من', toStatus: 'إلى', actorRole: 'بواسطة', at: 'التاريخ', note: 'ملاحظة' } },
    decisions: {
      name: arPlural('قرار', 'القرارات'),
      fields: { outcome: 'القرار', reasonsAr: 'الأسباب', decidedAt: 'تاريخ القرار', approveCount: 'موافق', rejectCount: 'رافض', abstainCount: 'ممتنع' },
    },
    votes: { name: arPlural('صوت', 'الأصوات'), fields: { choice: 'التصويت', reason: 'السبب', castAt: 'التاريخ' } },
    'audit-logs': auditAr.resource,
  },
  wasl: {
    app: { title: 'وصل', subtitle: 'إدارة العلاقة مع المستفيدين', language: 'اللغة' },
    menu: { work: 'عملي', committee: 'اللجنة: بنود بانتظار التصويت', configuration: 'الإعدادات' },
    role: {
      reception_officer: 'موظف علاقات المستفيدين', social_researcher: 'مسؤول البحث الاجتماعي', committee_member: 'عضو اللجنة المختصة',
      follow_up_committee: 'لجنة المتابعة', contact_officer: 'ضابط اتصال', manager: 'المدير العام', association_admin: 'مدير النظام في الجمعية',
    },
    date: { hijri_suffix: 'هـ', none: '—' },
    staff: {
      block: 'إيقاف الحساب', unblock: 'إعادة تفعيل الحساب', blocked: 'أوقف الحساب وأنهيت جلساته', unblocked: 'أعيد تفعيل الحساب',
      change_role: 'تغيير الدور', role_changed: 'تغير الدور وأنهيت جلسات الموظف', send_reset: 'إرسال رابط تعيين كلمة المرور',
      reset_sent: 'أرسل رابط لمرة واحدة إلى بريد الموظف',
    },
    reset_password: {
      title: 'تعيين كلمة مرور جديدة', password: 'كلمة المرور الجديدة', confirmation: 'تأكيد كلمة المرور', submit: 'حفظ كلمة المرور',
      rules: '١٢ حرفاً على الأقل، لا تحتوي على اسم المستخدم، وليست من كلمات المرور الشائعة.',
      mismatch: 'كلمتا المرور غير متطابقتين', done: 'حُفظت كلمة المرور الجديدة، وأُنهيت جلساتك السابقة. سجّل الدخول بها.',
      no_token: 'الرابط ناقص: افتح الرابط كما وصلك في البريد، أو اطلب من مدير النظام رابطاً جديداً.',
    },
    sla: {
      not_started: 'لم تبدأ المهلة', on_time: 'في الموعد', due_soon: 'قارب الموعد', overdue: 'متأخر', paused: 'متوقف مؤقتاً',
      met: 'أُنجز في الموعد', missed: 'أُنجز متأخراً', none: 'بلا مهلة',
    },
    beneficiary: {
      duplicate_warning: 'يوجد مستفيد مسجل بالبيانات نفسها: %{name}', open_duplicate: 'فتح السجل', requests: 'طلبات المستفيد',
      complaints: 'شكاوى المستفيد', attestations: 'الإقرارات', new_request: 'طلب خدمة جديد',
    },
    request: {
      missing: 'النواقص قبل اكتمال الطلب', nothing_missing: 'لا نواقص: المستندات مكتملة وشروط الاستحقاق متحققة', next_steps: 'الإجراءات المتاحة',
      no_next_steps: 'لا إجراء متاح لدورك في هذه المرحلة', timeline: 'مسار الطلب', note: 'ملاحظة أو سبب', move_to: 'نقل إلى: %{status}',
      moved: 'تم نقل الطلب إلى: %{status}', attestation: 'إقرار المستفيد', attested: 'وقّع المستفيد الإقرار بصحة البيانات',
      not_attested: 'لم يوقّع المستفيد الإقرار بعد', record_attestation: 'تسجيل الإقرار', attestation_recorded: 'سُجّل الإقرار',
      sign_on_screen: 'التوقيع على الشاشة', sign_hint: 'يوقّع المستفيد داخل المربع بإصبعه أو بالقلم أو بالفأرة', sign_clear: 'مسح', sign_save: 'حفظ التوقيع',
      attestation_statement: 'أقر بأن جميع البيانات والمستندات المقدمة صحيحة، وأتحمل المسؤولية الكاملة عن صحتها',
      research: 'البحث الاجتماعي', save_report: 'حفظ التقرير', report_saved: 'حُفظ التقرير', decision: 'قرار اللجنة', no_decision: 'لم يصدر قرار بعد',
      votes: 'الأصوات: موافق %{approve} • رافض %{reject} • ممتنع %{abstain} (النصاب %{quorum})', documents_hint: 'حدد المستندات التي قدمها المستفيد',
    },
    committee: {
      pending: 'بنود بانتظار قرار اللجنة', vote: 'التصويت', vote_title: 'التصويت على الطلب %{tracking}', voted: 'سُجّل صوتك',
      reason: 'السبب (اختياري)', decide: 'إصدار القرار',
    },
    rules: {
      add: 'إضافة شرط', remove: 'حذف الشرط', type: 'نوع الشرط', values: 'القيم المقبولة', min_age: 'العمر من', max_age: 'العمر إلى',
      or_legal_resident: 'أو مقيم إقامة نظامية', none: 'أضف الشروط من القوائم؛ الخدمة بلا شروط متاحة للجميع',
      document_key: 'معرّف المستند', document_ar: 'اسم المستند', document_en: 'الاسم بالإنجليزية', add_document: 'إضافة مستند',
    },
    visit: { quick_title: 'تسجيل زائر', walk_in: 'زائر حضوري', saved: 'سُجّلت الزيارة' },
    policy: {
      acknowledgements: 'إقرارات الاطلاع', acknowledge: 'أقر بأني اطلعت على السياسة', acknowledged: 'سُجّل إقرارك',
      signatures: 'حالة الإقرار لدى الموظفين', signatures_summary: 'وقّع %{signed} من %{total} على الإصدار الحالي', signature_status: 'الحالة',
      signed: 'وقّع', not_signed: 'لم يوقّع',
    },
    error: { generic: 'تعذر تنفيذ الطلب' },
    files: { attachments: 'المرفقات', none: 'لا توجد مرفقات', signature: 'صورة التوقيع', unavailable: 'تعذر عرض الملف' },
    complaint: {
      done: 'تم: %{step}',
      steps: { title: 'الإجراءات المتاحة', assign: 'إسناد', act: 'تسجيل إجراء', escalate: 'تصعيد للإدارة', resolve: 'حل الشكوى', close: 'إغلاق', reopen: 'إعادة فتح' },
    },
    minutes: {
      title: 'محضر الاجتماع', text: 'نص المحضر', save: 'حفظ المحضر', approve: 'أعتمد المحضر', saved: 'حُفظ',
      approvals: 'اعتمده %{approved} • بانتظار %{pending}', approved: 'اعتمد جميع الأعضاء المحضر',
    },
    tasks: {
      title: 'مهام التواصل مع المستفيد', none: 'لا مهام تواصل', what: 'المطلوب', channel: 'الوسيلة', recipient: 'الرقم', created: 'أُنشئت',
      status: 'الحالة', done: 'تم التواصل', record_done: 'تسجيل إتمام التواصل', note: 'ملاحظة (ماذا تم؟)', recorded: 'سُجّل إتمام المهمة',
    },
    audit: auditAr.wasl,
    weekday: { 0: 'الأحد', 1: 'الاثنين', 2: 'الثلاثاء', 3: 'الأربعاء', 4: 'الخميس', 5: 'الجمعة', 6: 'السبت' },
  },
  enums: {
    status: {
      received: 'مستلم', incomplete: 'غير مكتمل', complete: 'مكتمل', in_research: 'قيد البحث الاجتماعي', in_committee: 'لدى اللجنة', approved: 'مقبول',
      rejected: 'مرفوض', registered: 'مسجّل', delivered: 'قُدّمت الخدمة', closed: 'مغلق', withdrawn: 'مسحوب',
    },
    gender: { female: 'أنثى', male: 'ذكر' },
    socialStatus: { single: 'أعزب/عزباء', married: 'متزوج/متزوجة', divorced: 'مطلق/مطلقة', widowed: 'أرمل/أرملة' },
    category: {
      family: 'أسرة', woman: 'امرأة', child: 'طفل', youth: 'شباب', elderly: 'كبار السن', person_with_disability: 'ذوو الإعاقة', low_income: 'محدودو الدخل', other: 'أخرى',
    },
    preferredChannel: { phone: 'اتصال', sms: 'رسالة نصية', whatsapp: 'واتساب', email: 'بريد إلكتروني', in_person: 'حضوري', letter: 'خطاب' },
    idKind: { citizen: 'هوية وطنية', resident: 'إقامة' },
    serviceCategory: {
      counselling: 'استشارات', awareness: 'توعية', custody_execution: 'تنفيذ أحكام', protection: 'حماية', skills: 'برامج مهارية', support: 'دعم', other: 'أخرى',
    },
    slaUnit: { working_days: 'أيام عمل', calendar_days: 'أيام تقويمية' },
    referralSource: {
      court: 'محكمة التنفيذ', center_1919: 'مركز البلاغات ١٩١٩', police: 'الشرطة', hospital: 'مستشفى', school: 'مدرسة', self: 'إحالة ذاتية', other: 'أخرى',
    },
    complaintKind: { complaint: 'شكوى', inquiry: 'استفسار', suggestion: 'اقتراح' },
    complaintStatus: {
      received: 'مستلمة', assigned: 'مُسندة', in_progress: 'قيد المعالجة', awaiting_complainant: 'بانتظار المشتكي', resolved: 'محلولة', closed: 'مغلقة', reopened: 'أعيد فتحها',
    },
    visitPurpose: {
      inquiry: 'استفسار', service_request: 'طلب خدمة', complaint: 'شكوى', follow_up: 'متابعة', appointment: 'موعد', support_service: 'خدمة مساندة', other: 'أخرى',
    },
    visitChannel: { walk_in: 'حضور مباشر', appointment: 'بموعد', branch_representative: 'مندوب الفرع' },
    holidayKind: { eid_al_fitr: 'عيد الفطر', eid_al_adha: 'عيد الأضحى', founding_day: 'يوم التأسيس', national_day: 'اليوم الوطني', other: 'أخرى' },
    committeeType: { research: 'لجنة البحث', specialized: 'اللجنة المختصة', follow_up: 'لجنة المتابعة', board: 'مجلس الإدارة' },
    voteChoice: { approve: 'موافق', reject: 'رافض', abstain: 'ممتنع' },
    outcome: { approved: 'الموافقة', rejected: 'الرفض', deferred: 'التأجيل', settled: 'التسوية' },
    actionKind: {
      internal_note: 'ملاحظة داخلية', public_reply: 'رد على المشتكي', call_made: 'اتصال هاتفي', assignment: 'إسناد', escalation: 'تصعيد',
      status_change: 'تغيير الحالة', settlement: 'تسوية',
    },
    taskChannel: { email: 'بريد إلكتروني', sms: 'رسالة نصية', whatsapp: 'واتساب', phone: 'اتصال هاتفي', letter: 'خطاب بريدي', in_person: 'إبلاغ عند الحضور' },
    taskStatus: { staff_task: 'بانتظار الموظف', done: 'تم' },
    notificationTemplate: {
      request_completed: 'إبلاغ باكتمال الطلب وموعد الرد', request_in_committee: 'إبلاغ بإحالة الطلب إلى اللجنة', request_decided: 'إبلاغ بقرار اللجنة',
      rating_requested: 'طلب تقييم الخدمة', complaint_acknowledged: 'إشعار باستلام الشكوى', complaint_replied: 'الرد على المشتكي', complaint_escalated: 'تصعيد شكوى',
    },
    meetingStatus: { scheduled: 'مجدول', held: 'عُقد', minutes_pending: 'المحضر بانتظار الاعتماد', minutes_approved: 'المحضر معتمد', cancelled: 'أُلغي' },
    attestationMethod: { signature_image: 'صورة التوقيع', witnessed_checkbox: 'إقرار بحضور الموظف' },
    ruleType: {
      nationality: 'الجنسية', gender: 'الجنس', socialStatus: 'الحالة الاجتماعية', age: 'العمر', interviewPassed: 'اجتياز المقابلة الشخصية',
      registeredOnline: 'التسجيل الإلكتروني', referralSource: 'جهة الإحالة', selfReferralPartiesResident: 'إقامة أطراف الإحالة الذاتية',
    },
    auditAction: auditAr.auditAction,
    auditResource: auditAr.auditResource,
    nationality: { SA: 'السعودية', AE: 'الإمارات', KW: 'الكويت', BH: 'البحرين', QA: 'قطر', OM: 'عُمان', EG: 'مصر', JO: 'الأردن', YE: 'اليمن', SY: 'سوريا', SD: 'السودان' },
  },
};

export type AppMessages = typeof arApp;

export const arabicMessages: TranslationMessages = { ...raArabic, ...arApp };
