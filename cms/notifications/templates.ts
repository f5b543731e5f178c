/**
 * Arabic-first message templates (RTL HTML and plain text) for the beneficiary (H6, H7).
 * Each returns subject, text and HTML; dates show Hijri (Umm al-Qura) and Gregorian.
 */
import { formatDualDate } from '../domain/hijri';

export type Rendered = { subject: string; bodyText: string; bodyHtml: string };

type Common = { associationName: string; beneficiaryName: string; trackingNumber: string; serviceName: string };

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

const html = (title: string, paragraphs: string[], footer: string) => `<!doctype html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body style="font-family: Tahoma, Arial, sans-serif; direction: rtl; text-align: right; line-height: 1.8">
<h2 style="margin-block-end: 0.5em">${escapeHtml(title)}</h2>
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
<hr><p style="color:#666; font-size: 0.9em">${escapeHtml(footer)}</p>
</body></html>`;

const render = (title: string, paragraphs: string[], c: Common): Rendered => {
  const footer = `${c.associationName} — رقم الطلب ${c.trackingNumber}`;
  return {
    subject: `${title} — ${c.trackingNumber}`,
    bodyText: [title, '', ...paragraphs, '', footer].join('\n'),
    bodyHtml: html(title, paragraphs, footer),
  };
};

/** H7: the request is complete and will be answered by its due date. */
export const requestCompleted = (c: Common & { dueAt: Date }): Rendered =>
  render(
    'اكتمل طلبكم',
    [
      `السلام عليكم ${c.beneficiaryName}،`,
      `نفيدكم باكتمال طلبكم لخدمة «${c.serviceName}» برقم ${c.trackingNumber}، وسيُدرس وفق سياسة الجمعية.`,
      `سنبلغكم بالقبول أو الرفض عبر وسيلة التواصل المتفق عليها في موعد أقصاه ${formatDualDate(c.dueAt, 'ar')}.`,
    ],
    c,
  );

/** H6: told when it happens that the request went to the committee, and how the answer will come. */
export const requestInCommittee = (c: Common): Rendered =>
  render(
    'أحيل طلبكم إلى اللجنة المختصة',
    [
      `السلام عليكم ${c.beneficiaryName}،`,
      `نفيدكم بأن طلبكم لخدمة «${c.serviceName}» برقم ${c.trackingNumber} أحيل إلى اللجنة المختصة لدراسته.`,
      'سنبلغكم بقرار اللجنة بالقبول أو الرفض عبر وسيلة التواصل المتفق عليها معكم.',
    ],
    c,
  );

/** H6: the committee's decision, with its reasons. */
export const requestDecided = (c: Common & { outcome: 'approved' | 'rejected'; reasons: string }): Rendered =>
  render(
    c.outcome === 'approved' ? 'تمت الموافقة على طلبكم' : 'نعتذر عن قبول طلبكم',
    [
      `السلام عليكم ${c.beneficiaryName}،`,
      c.outcome === 'approved'
        ? `يسرنا إبلاغكم بموافقة اللجنة المختصة على طلبكم لخدمة «${c.serviceName}» برقم ${c.trackingNumber}. سنتواصل معكم لاستكمال التسجيل وتقديم الخدمة.`
        : `نأسف لإبلاغكم بأن اللجنة المختصة لم توافق على طلبكم لخدمة «${c.serviceName}» برقم ${c.trackingNumber}.`,
      `الأسباب: ${c.reasons}`,
    ],
    c,
  );

/**
 * YSR-E1, YSR-E3: after delivery, the beneficiary rates the service (ALL-SAT: for improvement, not punishment).
 * With a one-time survey link when the mail goes by email (cms/services/surveys.ts); the link carries a random
 * token only, never an ID or a phone.
 */
export const ratingRequested = (c: Common & { link?: string | null; expiresAt?: Date | null }): Rendered =>
  render(
    'نسعد بتقييمكم للخدمة',
    [
      `السلام عليكم ${c.beneficiaryName}،`,
      c.link
        ? `شكراً لاستفادتكم من خدمة «${c.serviceName}». رأيكم يساعدنا على التطوير والتحسين، نرجو تقييم الخدمة عبر الرابط التالي (يستخدم مرة واحدة):`
        : `شكراً لاستفادتكم من خدمة «${c.serviceName}». رأيكم يساعدنا على التطوير والتحسين، نرجو تقييم الخدمة بالرد على هذه الرسالة أو عبر موقع الجمعية.`,
      ...(c.link ? [c.link] : []),
      ...(c.link && c.expiresAt ? [`الرابط صالح حتى ${formatDualDate(c.expiresAt, 'ar')}.`] : []),
    ],
    c,
  );

/** S1: a periodic satisfaction survey, with a one-time link (no tracking number: it is about the association). */
export const surveyInvitation = (c: {
  associationName: string;
  beneficiaryName: string;
  surveyTitle: string;
  link: string;
  expiresAt: Date;
}): Rendered => {
  const title = 'شاركونا رأيكم';
  const paragraphs = [
    `السلام عليكم ${c.beneficiaryName}،`,
    `تحرص ${c.associationName} على قياس رضا المستفيدين لتطوير خدماتها، ونسعد بمشاركتكم في «${c.surveyTitle}» عبر الرابط التالي (يستخدم مرة واحدة):`,
    c.link,
    `الرابط صالح حتى ${formatDualDate(c.expiresAt, 'ar')}. إجاباتكم للتحسين والتطوير فقط.`,
  ];
  const footer = c.associationName;
  return {
    subject: `${title} — ${c.surveyTitle}`,
    bodyText: [title, '', ...paragraphs, '', footer].join('\n'),
    bodyHtml: html(title, paragraphs, footer),
  };
};
