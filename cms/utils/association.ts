import type { Core } from '@strapi/strapi';

/** The association's Arabic name from its profile (PD5), the signature of every mail; «الجمعية» before one exists. */
export const associationName = async (strapi: Core.Strapi): Promise<string> =>
  (
    (await strapi.db.query('plugin::wasl.association-profile').findOne({ select: ['nameAr'] })) as {
      nameAr?: string;
    } | null
  )?.nameAr ?? 'الجمعية';
