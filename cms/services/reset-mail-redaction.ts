/**
 * P1: the outbox is readable by the manager and the association admin (GET /api/wasl/notifications);
 * a password reset mail waiting there (SMTP down, or before the worker's next pass) holds a usable
 * link. Whoever reads the outbox sees that such a mail exists, never its body; the stored copy is cut
 * once delivered (cms/services/password-reset.ts scrubDeliveredLinks).
 */
import type { RecordHook } from './record-hooks';

export const RESET_MAIL_TEMPLATE = 'staff_password_reset';
export const REDACTED_BODY = 'رابط إعادة تعيين كلمة المرور (محجوب)';

export const resetMailRedaction: Pick<RecordHook, 'decorate'> = {
  async decorate(_strapi, records) {
    for (const record of records) {
      if (record.template !== RESET_MAIL_TEMPLATE) continue;
      record.bodyText = REDACTED_BODY;
      record.bodyHtml = null;
    }
  },
};
