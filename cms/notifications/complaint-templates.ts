/**
 * Arabic-first messages about complaints (CM1, CM5): the acknowledgement with the tracking number
 * and the secret tracking token, and the escalation notice to management. Subject, text and RTL HTML.
 */
import { formatDualDate } from '../domain/hijri';
import type { Rendered } from './templates';

const KIND_AR: Record<string, string> = { complaint: 'شكواكم', inquiry: 'استفساركم', suggestion: 'اقتراحكم' };

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

const render = (title: string, paragraphs: string[], footer: string): Rendered => ({
  subject: title,
  bodyText: [title, '', ...paragraphs, '', footer].join('\n'),
  bodyHtml: `<!doctype html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body style="font-family: Tahoma, Arial, sans-serif; direction: rtl; text-align: right; line-height: 1.8">
<h2>${escapeHtml(title)}</h2>
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
<hr><p style="color:#666; font-size: 0.9em">${escapeHtml(footer)}</p>
</body></html>`,
});

/** CM1: the number and the token that, with it, lets the complainant follow the complaint online. */
export const complaintAcknowledged = (c: {
  associationName: string;
  name: string | null;
  kind: string;
  trackingNumber: string;
  token: string;
  dueAt: Date | null;
}): Rendered =>
  render(
    `استلمنا ${KIND_AR[c.kind] ?? 'رسالتكم'} — ${c.trackingNumber}`,
    [
      `السلام عليكم${c.name ? ` ${c.name}` : ''}،`,
      `نشكر تواصلكم. استلمنا ${KIND_AR[c.kind] ?? 'رسالتكم'} برقم المتابعة ${c.trackingNumber}.`,
      `رمز المتابعة السري: ${c.token} — احتفظوا به لمتابعة الحالة عبر موقع الجمعية، ولا تشاركوه مع أحد.`,
      ...(c.dueAt ? [`نسعى للرد في موعد أقصاه ${formatDualDate(c.dueAt, 'ar')}.`] : []),
    ],
    `${c.associationName} — ${c.trackingNumber}`,
  );

/** CM5, S5: senior management is told that a complaint passed its deadline. */
export const complaintEscalated = (c: {
  associationName: string;
  trackingNumber: string;
  subject: string;
  dueAt: Date;
  reason: string;
}): Rendered =>
  render(
    `تصعيد: ${c.trackingNumber} تجاوزت موعدها`,
    [
      `الشكوى ${c.trackingNumber} («${c.subject}») تجاوزت موعد الرد ${formatDualDate(c.dueAt, 'ar')}.`,
      `السبب: ${c.reason}`,
      'يرجى متابعتها مع الإدارة المختصة حتى الحل.',
    ],
    `${c.associationName} — لجنة المتابعة`,
  );

/** CM2: the answer to an inquiry or a complaint reaches the complainant, as on the tracking page. */
export const complaintReplied = (c: {
  associationName: string;
  name: string | null;
  trackingNumber: string;
  reply: string;
}): Rendered =>
  render(
    `رد على ${c.trackingNumber}`,
    [
      `السلام عليكم${c.name ? ` ${c.name}` : ''}،`,
      c.reply,
      'يمكنكم متابعة الحالة عبر موقع الجمعية برقم المتابعة ورمزها السري.',
    ],
    `${c.associationName} — ${c.trackingNumber}`,
  );
