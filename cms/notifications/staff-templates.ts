/**
 * Arabic-first mail to staff (P1): the one-time password reset link the association admin issued.
 * The link is in this mail only: never in a log line, an API answer or the audit log.
 */
import { formatDualDate } from '../domain/hijri';
import type { Rendered } from './templates';

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

export const passwordResetLink = (c: {
  associationName: string;
  fullName: string;
  link: string;
  expiresAt: Date;
}): Rendered => {
  const title = 'إعادة تعيين كلمة المرور';
  const lines = [
    `السلام عليكم ${c.fullName}،`,
    'أصدر مدير النظام في الجمعية رابطاً لتعيين كلمة مرور جديدة لحسابكم في منصة وصل. الرابط صالح لمرة واحدة',
    `حتى ${formatDualDate(c.expiresAt, 'ar')}، ولا يصح مشاركته مع أحد. إن لم تطلبوا ذلك فأبلغوا مدير النظام.`,
  ];
  return {
    subject: `${title} — ${c.associationName}`,
    bodyText: [title, '', ...lines, '', c.link, '', c.associationName].join('\n'),
    bodyHtml: `<!doctype html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body style="font-family: Tahoma, Arial, sans-serif; direction: rtl; text-align: right; line-height: 1.8">
<h2>${escapeHtml(title)}</h2>
${lines.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
<p><a href="${escapeHtml(c.link)}" dir="ltr">تعيين كلمة مرور جديدة</a></p>
<hr><p style="color:#666; font-size: 0.9em">${escapeHtml(c.associationName)}</p>
</body></html>`,
  };
};

/** MC8: an emergency found on a field inspection reaches the general manager at once. */
export const inspectionEmergency = (c: {
  associationName: string;
  branchName: string;
  inspectionDate: string;
  findings: string;
  correctiveAction: string;
  link: string;
}): Rendered => {
  const title = 'بلاغ حالة طارئة من جولة ميدانية';
  const day = new Date(`${c.inspectionDate}T09:00:00Z`);
  const lines = [
    'السلام عليكم،',
    `رُصدت حالة طارئة في الجولة الميدانية على ${c.branchName} بتاريخ ${formatDualDate(day, 'ar')}.`,
    `الملاحظة: ${c.findings || '—'}`,
    `الإجراء التصحيحي المتخذ فوراً: ${c.correctiveAction || '—'}`,
  ];
  return {
    subject: `${title} — ${c.branchName}`,
    bodyText: [title, '', ...lines, '', c.link, '', c.associationName].join('\n'),
    bodyHtml: `<!doctype html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body style="font-family: Tahoma, Arial, sans-serif; direction: rtl; text-align: right; line-height: 1.8">
<h2>${escapeHtml(title)}</h2>
${lines.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
<p><a href="${escapeHtml(c.link)}" dir="ltr">عرض الجولة</a></p>
<hr><p style="color:#666; font-size: 0.9em">${escapeHtml(c.associationName)}</p>
</body></html>`,
  };
};
