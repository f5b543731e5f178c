/**
 * How a field is named to people in a refusal (Arabic first, then English), for the fields whose
 * refusals name them: the unique ones (a duplicate branch code must say "رمز الفرع", not "code").
 * A field missing here is named by its attribute name.
 */
export type FieldLabel = { ar: string; en: string };

export const FIELD_LABELS: Record<string, FieldLabel> = {
  'branches.code': { ar: 'رمز الفرع', en: 'branch code' },
  'committees.key': { ar: 'مفتاح اللجنة', en: 'committee key' },
  'services.key': { ar: 'مفتاح الخدمة', en: 'service key' },
  'surveys.key': { ar: 'مفتاح الاستبيان', en: 'survey key' },
  'beneficiaries.nationalId': { ar: 'رقم الهوية الوطنية', en: 'national ID' },
  'complaints.trackingNumber': { ar: 'رقم المتابعة', en: 'tracking number' },
  'service-requests.trackingNumber': { ar: 'رقم المتابعة', en: 'tracking number' },
  'compensation-claims.trackingNumber': { ar: 'رقم المتابعة', en: 'tracking number' },
};

export const labelOf = (resource: string, field: string): FieldLabel =>
  FIELD_LABELS[`${resource}.${field}`] ?? { ar: field, en: field };
