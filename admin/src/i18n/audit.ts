/** The audit screen's labels (P1), Arabic and English, spread into ar.ts and en.ts. */
import { arPlural } from './plural';

export const auditAr = {
  resource: {
    name: arPlural('قيد تدقيق', 'سجل التدقيق'),
    fields: {
      at: 'الوقت', actorId: 'المنفّذ', actorRole: 'الدور', action: 'الإجراء', resource: 'السجل', recordId: 'رقم السجل',
      summary: 'الحقول والتفاصيل', ip: 'عنوان الشبكة', hash: 'بصمة القيد', prevHash: 'بصمة القيد السابق', at_gte: 'من تاريخ', at_lte: 'إلى تاريخ',
    },
  },
  wasl: {
    actor: { system: 'النظام', strapi_admin: 'مدير Strapi الأعلى' },
    summary: { empty: 'لا تفاصيل', key: 'البند', value: 'القيمة' },
    chain: 'كل قيد مرتبط ببصمة القيد الذي قبله؛ لا يُعدَّل السجل ولا يُحذف منه.',
  },
  auditAction: {
    create: 'إنشاء', update: 'تعديل', delete: 'حذف', read_sensitive: 'اطلاع على بيانات حساسة', transition: 'نقل مرحلة', vote: 'تصويت',
    sign: 'توقيع', assign: 'إسناد', act: 'تسجيل إجراء', escalate: 'تصعيد', resolve: 'حل', close: 'إغلاق', reopen: 'إعادة فتح',
    open_claim: 'فتح طلب تعويض', claim_condition: 'شرط تعويض', claim_negotiation: 'تفاوض', claim_settled: 'تسوية التعويض',
    claim_closed: 'إغلاق طلب التعويض', minutes_written: 'كتابة المحضر', minutes_approved: 'اعتماد المحضر', seed_reset: 'إعادة تحميل البيانات التجريبية', contact_task_done: 'إتمام مهمة تواصل',
  },
  auditResource: {
    beneficiaries: 'المستفيدون', branches: 'الفروع', services: 'الخدمات', 'service-requests': 'طلبات الخدمة', 'request-events': 'أحداث الطلبات',
    attestations: 'الإقرارات', committees: 'اللجان', 'committee-meetings': 'اجتماعات اللجان', 'agenda-items': 'بنود جدول الأعمال', votes: 'الأصوات',
    decisions: 'القرارات', complaints: 'الشكاوى', 'complaint-actions': 'إجراءات الشكاوى', 'compensation-claims': 'طلبات التعويض', visits: 'الزيارات',
    appointments: 'المواعيد', surveys: 'الاستبيانات', 'survey-responses': 'ردود الاستبيانات', 'field-inspections': 'الجولات الميدانية',
    'contact-officer-assignments': 'تكليفات ضباط الاتصال', 'association-profiles': 'ملف الجمعية', channels: 'قنوات التواصل', 'complaint-categories': 'تصنيفات الشكاوى', holidays: 'الإجازات الرسمية',
    'policy-documents': 'السياسات', 'policy-acknowledgements': 'إقرارات الاطلاع', stakeholders: 'أصحاب العلاقة', 'audit-logs': 'سجل التدقيق',
    notifications: 'الإشعارات', demo: 'البيانات التجريبية',
  },
};

export const auditEn: typeof auditAr = {
  resource: {
    name: 'Audit entry |||| Audit log',
    fields: {
      at: 'When', actorId: 'Who', actorRole: 'Role', action: 'Action', resource: 'Record type', recordId: 'Record',
      summary: 'Fields and details', ip: 'Network address', hash: 'Entry hash', prevHash: 'Previous entry hash', at_gte: 'From', at_lte: 'To',
    },
  },
  wasl: {
    actor: { system: 'System', strapi_admin: 'Strapi super admin' },
    summary: { empty: 'No details', key: 'Item', value: 'Value' },
    chain: 'Each entry is chained to the hash of the one before; the log is never changed or deleted.',
  },
  auditAction: {
    create: 'Create', update: 'Update', delete: 'Delete', read_sensitive: 'Sensitive read', transition: 'Journey step', vote: 'Vote',
    sign: 'Signature', assign: 'Assign', act: 'Action logged', escalate: 'Escalate', resolve: 'Resolve', close: 'Close', reopen: 'Reopen',
    open_claim: 'Claim opened', claim_condition: 'Claim condition', claim_negotiation: 'Negotiation', claim_settled: 'Claim settled',
    claim_closed: 'Claim closed', minutes_written: 'Minutes written', minutes_approved: 'Minutes approved', seed_reset: 'Demo data reloaded', contact_task_done: 'Contact task done',
  },
  auditResource: {
    beneficiaries: 'Beneficiaries', branches: 'Branches', services: 'Services', 'service-requests': 'Service requests', 'request-events': 'Request events',
    attestations: 'Attestations', committees: 'Committees', 'committee-meetings': 'Committee meetings', 'agenda-items': 'Agenda items', votes: 'Votes',
    decisions: 'Decisions', complaints: 'Complaints', 'complaint-actions': 'Complaint actions', 'compensation-claims': 'Compensation claims', visits: 'Visits',
    appointments: 'Appointments', surveys: 'Surveys', 'survey-responses': 'Survey responses', 'field-inspections': 'Field inspections',
    'contact-officer-assignments': 'Contact officer assignments', 'association-profiles': 'Association profile', channels: 'Channels', 'complaint-categories': 'Complaint categories', holidays: 'Public holidays',
    'policy-documents': 'Policies', 'policy-acknowledgements': 'Policy acknowledgements', stakeholders: 'Stakeholders', 'audit-logs': 'Audit log',
    notifications: 'Notifications', demo: 'Demo data',
  },
};
