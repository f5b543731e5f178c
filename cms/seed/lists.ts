/**
 * ALL-CH: the channels the five policies name and the complaint categories, as the rows an admin then
 * edits. A database without any gets them at start (enabled), so an intake never finds an empty list;
 * the demo enables only the eight channels Yusr's policy lists (no email, no fax).
 */
import type { Core } from '@strapi/strapi';

type Row = { key: string; nameAr: string; nameEn: string };

export const CHANNEL_ROWS: readonly Row[] = [
  { key: 'in_person', nameAr: 'المقابلة الشخصية', nameEn: 'In-person interview' },
  { key: 'phone', nameAr: 'الاتصالات الهاتفية', nameEn: 'Phone calls' },
  { key: 'email', nameAr: 'البريد الإلكتروني', nameEn: 'Email' },
  { key: 'social_media', nameAr: 'وسائل التواصل الاجتماعي', nameEn: 'Social media' },
  { key: 'letter', nameAr: 'الخطابات والمراسلات', nameEn: 'Letters and correspondence' },
  { key: 'fax', nameAr: 'الفاكس', nameEn: 'Fax' },
  { key: 'website', nameAr: 'الموقع الإلكتروني', nameEn: 'Website' },
  { key: 'help_request', nameAr: 'خدمات طلب المساعدة', nameEn: 'Help-request services' },
  { key: 'volunteer_service', nameAr: 'خدمة التطوع', nameEn: 'Volunteer service' },
  { key: 'branch_representative', nameAr: 'مناديب المكاتب الفرعية', nameEn: 'Branch office representatives' },
];

export const CATEGORY_ROWS: readonly Row[] = [
  { key: 'service_quality', nameAr: 'جودة الخدمة', nameEn: 'Service quality' },
  { key: 'staff_conduct', nameAr: 'سلوك الموظفين', nameEn: 'Staff conduct' },
  { key: 'delay', nameAr: 'التأخير', nameEn: 'Delay' },
  { key: 'eligibility', nameAr: 'الاستحقاق', nameEn: 'Eligibility' },
  { key: 'facilities', nameAr: 'المرافق', nameEn: 'Facilities' },
  { key: 'technical_support', nameAr: 'الدعم الفني', nameEn: 'Technical support' },
  { key: 'information', nameAr: 'المعلومات', nameEn: 'Information' },
  { key: 'other', nameAr: 'أخرى', nameEn: 'Other' },
];

/** YSR's policy: المقابلة، الاتصالات الهاتفية، وسائل التواصل الاجتماعي، الخطابات، خدمات طلب المساعدة، خدمة التطوع، الموقع، المناديب. */
export const YUSR_CHANNELS = [
  'in_person',
  'phone',
  'social_media',
  'letter',
  'help_request',
  'volunteer_service',
  'website',
  'branch_representative',
];

const fill = async (
  strapi: Core.Strapi,
  uid: 'plugin::wasl.channel' | 'plugin::wasl.complaint-category',
  rows: readonly Row[],
  enabled: (key: string) => boolean,
) => {
  if (await strapi.db.query(uid).count()) return 0;
  for (const [sortOrder, row] of rows.entries())
    await strapi.db.query(uid).create({ data: { ...row, enabled: enabled(row.key), sortOrder } });
  return rows.length;
};

/** Fills an empty channel or category list; never touches a list that has rows (the admin's edits stand). */
export const ensureLists = async (
  strapi: Core.Strapi,
  enabledChannels?: readonly string[],
): Promise<{ channels: number; categories: number }> => ({
  channels: await fill(
    strapi,
    'plugin::wasl.channel',
    CHANNEL_ROWS,
    (key) => !enabledChannels || enabledChannels.includes(key),
  ),
  categories: await fill(strapi, 'plugin::wasl.complaint-category', CATEGORY_ROWS, () => true),
});
