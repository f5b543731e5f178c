/**
 * MC4, S5, S6: the monthly report to the general manager — the statistics of one calendar month, as an
 * Arabic right-to-left HTML page (printed to PDF by a browser, cms/services/monthly-report.ts) and as
 * CSV. Pure: no Strapi, no I/O; the figures come from the statistics service (contract: the stats
 * engineer's cms/services/stats.ts), the labels from the lists the association edits.
 *
 * ALL-SAT: satisfaction is shown per service and per branch, never per staff member. S6: complaints per
 * contact officer are shown, because the manager supervises the officers' follow-up.
 */
import { formatHijri } from './hijri';
import { addDays, nextWorkingDay, type WorkingCalendar } from './sla-calendar';

export const REPORT_TITLE = 'التقرير الشهري لمركز قياس خدمة المستفيدين';
export const REPORT_TITLE_EN = 'Monthly report of the beneficiary service measurement centre';

export type MonthRange = { month: string; from: string; to: string; year: number; monthNumber: number };
/** A count per key as the statistics service gives it (a key may be null: a row without that field). */
type KeyCount = { key: string | null; count: number };

/** A `YYYY-MM` month as its first and last calendar day, or null when it is not one. */
export const parseMonth = (month: unknown): MonthRange | null => {
  if (typeof month !== 'string' || !/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) return null;
  const year = Number(month.slice(0, 4));
  const monthNumber = Number(month.slice(5, 7));
  if (year < 2000) return null;
  const last = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  return { month, from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}`, year, monthNumber };
};

/** The month before the one holding the day `YYYY-MM-DD`. */
export const previousMonth = (dayKey: string): string => {
  const d = new Date(Date.UTC(Number(dayKey.slice(0, 4)), Number(dayKey.slice(5, 7)) - 2, 1));
  return d.toISOString().slice(0, 7);
};

/** The first working day (YYYY-MM-DD) of the month holding `dayKey`, by the association's calendar (H7). */
export const firstWorkingDayOf = (dayKey: string, calendar: WorkingCalendar): string => {
  const first = new Date(`${dayKey.slice(0, 7)}-01T00:00:00.000Z`);
  return nextWorkingDay(first, calendar).toISOString().slice(0, 10);
};

export type SlaFigures = {
  onTime: number;
  late: number;
  open: number;
  dueSoon: number;
  overdue: number;
  compliance: number | null;
};

export type ReportFigures = {
  month: string;
  from: string;
  to: string;
  associationName: string;
  branchName: string | null;
  visitors: {
    total: number;
    byBranch: { branchId: number; branchName: string; count: number }[];
    byPurpose: KeyCount[];
    series: { bucket: string; count: number }[];
  };
  complaints: {
    total: number;
    byKind: KeyCount[];
    byStatus: KeyCount[];
    byChannel: KeyCount[];
    byCategory: KeyCount[];
    series: { bucket: string; count: number }[];
  };
  requestsSla: {
    totals: SlaFigures;
    byService: ({ serviceId: number; serviceName: string } & SlaFigures)[];
  };
  satisfaction: {
    responses: number;
    averageScore: number | null;
    csat: number | null;
    responseRate: number | null;
    byService: {
      serviceId: number;
      serviceName: string;
      responses: number;
      averageScore: number | null;
      csat: number | null;
    }[];
    byBranch: {
      branchId: number;
      branchName: string;
      responses: number;
      averageScore: number | null;
      csat: number | null;
    }[];
  };
  escalations: { open: number; byLevel: { level: number; count: number }[] };
  /** S6: complaints of the month assigned to each contact officer. */
  contactOfficers: { officer: string; assigned: number; resolved: number; escalated: number }[];
};

/** Arabic names of the keys the report shows; channels and categories come from the association's lists. */
export type ReportLabels = { channels: Record<string, string>; categories: Record<string, string> };

export const KIND_AR: Record<string, string> = { complaint: 'شكوى', inquiry: 'استفسار', suggestion: 'اقتراح' };
export const STATUS_AR: Record<string, string> = {
  received: 'مستلمة',
  assigned: 'مُسندة',
  in_progress: 'قيد المعالجة',
  awaiting_complainant: 'بانتظار المشتكي',
  resolved: 'محلولة',
  closed: 'مغلقة',
  reopened: 'أعيد فتحها',
};
export const PURPOSE_AR: Record<string, string> = {
  inquiry: 'استفسار',
  service_request: 'طلب خدمة',
  complaint: 'شكوى',
  follow_up: 'متابعة',
  appointment: 'موعد',
  support_service: 'خدمة مساندة',
  other: 'أخرى',
};

/** Section headings, shared by the PDF and the CSV (the tests read them back from both). */
export const HEADINGS = {
  visitors: 'أعداد المترددين',
  visitorsByBranch: 'المترددون حسب الفرع',
  visitorsByPurpose: 'المترددون حسب الغرض',
  complaints: 'الشكاوى والاستفسارات',
  byKind: 'حسب النوع',
  byStatus: 'حسب الحالة',
  byChannel: 'حسب قناة الاستقبال',
  byCategory: 'حسب التصنيف',
  requestsSla: 'الالتزام بمواعيد الطلبات',
  satisfaction: 'رضا المستفيدين',
  escalations: 'التصعيد ومتابعة ضباط الاتصال',
} as const;

const RIYADH_NOON = 'T09:00:00.000Z';

/** «رمضان ١٤٤٦ هـ – شوال ١٤٤٦ هـ» style: the Hijri days the Gregorian month spans. */
export const hijriSpan = (range: Pick<MonthRange, 'from' | 'to'>): string =>
  `${formatHijri(new Date(`${range.from}${RIYADH_NOON}`), 'ar')} – ${formatHijri(new Date(`${range.to}${RIYADH_NOON}`), 'ar')}`;

/** «مارس 2025»: the Gregorian month in Arabic (Latin digits, like every figure of the report). */
export const gregorianMonthAr = (month: string): string =>
  new Intl.DateTimeFormat('ar-SA-u-ca-gregory-nu-latn', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month}-15T00:00:00.000Z`),
  );

const escapeHtml = (value: unknown): string => String(value ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const show = (value: number | null, suffix = ''): string => (value === null ? '—' : `${value}${suffix}`);

const label = (map: Record<string, string>, key: string | null): string =>
  key === null ? 'غير محدد' : (map[key] ?? key);

/** A horizontal bar chart as inline SVG: no script, drawn from the numbers (RTL: bars grow to the left). */
export const barChart = (rows: { label: string; value: number }[], width = 640): string => {
  if (!rows.length) return '';
  const rowHeight = 26;
  const labelWidth = 190;
  const max = Math.max(1, ...rows.map((r) => r.value));
  const barSpace = width - labelWidth - 60;
  const bars = rows
    .map((r, i) => {
      const y = i * rowHeight + 4;
      const w = Math.round((r.value / max) * barSpace);
      const barRight = width - labelWidth;
      return [
        `<text x="${width - 4}" y="${y + 16}" text-anchor="start" font-size="12">${escapeHtml(r.label)}</text>`,
        `<rect x="${barRight - w}" y="${y}" width="${w}" height="18" rx="3" fill="#0f766e"/>`,
        `<text x="${barRight - w - 6}" y="${y + 14}" text-anchor="end" font-size="11" direction="ltr">${r.value}</text>`,
      ].join('');
    })
    .join('');
  const height = rows.length * rowHeight + 8;
  return `<svg class="chart" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" direction="rtl" aria-hidden="true">${bars}</svg>`;
};

/** A daily line as inline SVG (days run right to left, as the Arabic page reads). */
export const lineChart = (series: { bucket: string; count: number }[], width = 640, height = 140): string => {
  if (!series.length) return '';
  const max = Math.max(1, ...series.map((s) => s.count));
  const step = series.length > 1 ? (width - 40) / (series.length - 1) : 0;
  const points = series
    .map((s, i) => `${Math.round(width - 20 - i * step)},${Math.round(height - 20 - (s.count / max) * (height - 40))}`)
    .join(' ');
  return `<svg class="chart" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" aria-hidden="true"><line x1="20" y1="${height - 20}" x2="${width - 20}" y2="${height - 20}" stroke="#94a3b8"/><polyline fill="none" stroke="#0f766e" stroke-width="2" points="${points}"/></svg>`;
};

/** One headline figure: its label and value on a line of their own. */
const figure = (name: string, value: string | number): string =>
  `<p class="total">${escapeHtml(name)}: <b>${escapeHtml(value)}</b></p>`;

const table = (head: string[], rows: (string | number)[][]): string => {
  if (!rows.length) return '<p class="empty">لا توجد بيانات لهذا الشهر</p>';
  const th = head.map((h) => `<th>${escapeHtml(h)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`).join('');
  return `<table><thead><tr>${th}</tr></thead><tbody>${body}</tbody></table>`;
};

const keyed = (rows: KeyCount[], names: Record<string, string>) => rows.map((r) => [label(names, r.key), r.count]);
const bars = (rows: KeyCount[], names: Record<string, string>) =>
  barChart(rows.map((r) => ({ label: label(names, r.key), value: r.count })));

/**
 * The report as one self-contained HTML page: `fontCss` holds the @font-face rules with the font as
 * data: URLs, so the browser that prints it needs no network.
 */
export const renderReportHtml = (
  f: ReportFigures,
  labels: ReportLabels,
  fontCss: string,
  generatedAt: string,
): string => {
  const sla = f.requestsSla.totals;
  const sections = [
    `<section><h2>${HEADINGS.visitors}</h2>
      <p class="total">إجمالي المترددين: <b>${f.visitors.total}</b></p>
      ${lineChart(f.visitors.series)}
      <h3>${HEADINGS.visitorsByBranch}</h3>
      ${barChart(f.visitors.byBranch.map((b) => ({ label: b.branchName, value: b.count })))}
      ${table(
        ['الفرع', 'عدد المترددين'],
        f.visitors.byBranch.map((b) => [b.branchName, b.count]),
      )}
      <h3>${HEADINGS.visitorsByPurpose}</h3>
      ${table(['الغرض', 'العدد'], keyed(f.visitors.byPurpose, PURPOSE_AR))}
    </section>`,
    `<section><h2>${HEADINGS.complaints}</h2>
      <p class="total">إجمالي الشكاوى والاستفسارات: <b>${f.complaints.total}</b></p>
      ${lineChart(f.complaints.series)}
      <h3>${HEADINGS.byKind}</h3>${bars(f.complaints.byKind, KIND_AR)}${table(['النوع', 'العدد'], keyed(f.complaints.byKind, KIND_AR))}
      <h3>${HEADINGS.byStatus}</h3>${table(['الحالة', 'العدد'], keyed(f.complaints.byStatus, STATUS_AR))}
      <h3>${HEADINGS.byChannel}</h3>${bars(f.complaints.byChannel, labels.channels)}${table(['القناة', 'العدد'], keyed(f.complaints.byChannel, labels.channels))}
      <h3>${HEADINGS.byCategory}</h3>${table(['التصنيف', 'العدد'], keyed(f.complaints.byCategory, labels.categories))}
    </section>`,
    `<section><h2>${HEADINGS.requestsSla}</h2>
      <div class="totals">${figure('نسبة الالتزام', show(sla.compliance, '%'))}${figure('في الموعد', sla.onTime)}${figure('متأخرة', sla.late)}${figure('مفتوحة الآن', sla.open)}${figure('تجاوزت موعدها', sla.overdue)}</div>
      ${table(
        ['الخدمة', 'في الموعد', 'متأخرة', 'مفتوحة', 'قارب موعدها', 'تجاوزت موعدها', 'نسبة الالتزام'],
        f.requestsSla.byService.map((s) => [
          s.serviceName,
          s.onTime,
          s.late,
          s.open,
          s.dueSoon,
          s.overdue,
          show(s.compliance, '%'),
        ]),
      )}
    </section>`,
    `<section><h2>${HEADINGS.satisfaction}</h2>
      <div class="totals">${figure('عدد الردود', f.satisfaction.responses)}${figure('متوسط التقييم', show(f.satisfaction.averageScore))}${figure('نسبة الرضا', show(f.satisfaction.csat, '%'))}${figure('نسبة الاستجابة', show(f.satisfaction.responseRate, '%'))}</div>
      ${table(
        ['الخدمة', 'الردود', 'متوسط التقييم', 'نسبة الرضا'],
        f.satisfaction.byService.map((s) => [s.serviceName, s.responses, show(s.averageScore), show(s.csat, '%')]),
      )}
      ${table(
        ['الفرع', 'الردود', 'متوسط التقييم', 'نسبة الرضا'],
        f.satisfaction.byBranch.map((s) => [s.branchName, s.responses, show(s.averageScore), show(s.csat, '%')]),
      )}
    </section>`,
    `<section><h2>${HEADINGS.escalations}</h2>
      <p class="total">الشكاوى المصعدة المفتوحة عند إعداد التقرير: <b>${f.escalations.open}</b></p>
      ${table(
        ['مستوى التصعيد', 'العدد'],
        f.escalations.byLevel.map((l) => [l.level, l.count]),
      )}
      ${table(
        ['ضابط الاتصال', 'الشكاوى المسندة', 'المحلولة', 'المصعدة'],
        f.contactOfficers.map((o) => [o.officer, o.assigned, o.resolved, o.escalated]),
      )}
    </section>`,
  ];
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${REPORT_TITLE}</title><style>
${fontCss}
/* Optional ligatures and kerning off: HarfBuzz still joins the letters (and lam-alef), but a PDF reader's copied
   text and pdftotext then give the words back in the right order (IBM Plex's pair ligatures came out reversed). */
@page { size: A4; margin: 16mm 14mm; }
body { font-family: 'IBM Plex Sans Arabic', sans-serif; font-variant-ligatures: none; font-kerning: none; font-feature-settings: 'liga' 0, 'clig' 0, 'dlig' 0, 'calt' 0, 'rlig' 0; color: #0f172a; font-size: 12px; }
h1 { font-size: 20px; margin: 0 0 4px; color: #0f766e; }
h2 { font-size: 15px; border-bottom: 2px solid #0f766e; padding-bottom: 2px; margin-top: 18px; }
h3 { font-size: 13px; margin: 10px 0 4px; }
.meta { color: #475569; margin: 2px 0; }
table { border-collapse: collapse; width: 100%; margin: 4px 0 8px; page-break-inside: avoid; }
th, td { border: 1px solid #cbd5e1; padding: 3px 6px; text-align: right; }
th { background: #f1f5f9; }
.total { margin: 2px 0; }
.total b { color: #0f766e; }
.totals { margin: 4px 0 8px; }
.empty { color: #64748b; }
.chart { display: block; margin: 4px 0; }
section { page-break-inside: auto; }
</style></head><body>
<h1>${REPORT_TITLE}</h1>
<p class="meta">${escapeHtml(f.associationName)}${f.branchName ? ` — ${escapeHtml(f.branchName)}` : ''}</p>
<p class="meta">الشهر: ${escapeHtml(gregorianMonthAr(f.month))} م (${escapeHtml(hijriSpan(f))})</p>
<p class="meta">من ${f.from} إلى ${f.to} — أعد في ${escapeHtml(generatedAt)}</p>
${sections.join('\n')}
</body></html>`;
};

const csvCell = (value: unknown): string => {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * The same figures as CSV: UTF-8 with a byte-order mark (so spreadsheet programs read the Arabic), one
 * row per figure: section, item, measure, value.
 */
export const renderReportCsv = (f: ReportFigures, labels: ReportLabels): string => {
  const rows: (string | number | null)[][] = [['القسم', 'البند', 'المقياس', 'القيمة']];
  const add = (section: string, item: string, measure: string, value: string | number | null) =>
    rows.push([section, item, measure, value]);
  add(REPORT_TITLE, f.associationName, 'الشهر', f.month);
  add(REPORT_TITLE, f.branchName ?? 'جميع الفروع', 'الفترة', `${f.from} - ${f.to}`);
  add(HEADINGS.visitors, 'الإجمالي', 'العدد', f.visitors.total);
  for (const b of f.visitors.byBranch) add(HEADINGS.visitorsByBranch, b.branchName, 'العدد', b.count);
  for (const p of f.visitors.byPurpose) add(HEADINGS.visitorsByPurpose, label(PURPOSE_AR, p.key), 'العدد', p.count);
  add(HEADINGS.complaints, 'الإجمالي', 'العدد', f.complaints.total);
  for (const r of f.complaints.byKind) add(HEADINGS.byKind, label(KIND_AR, r.key), 'العدد', r.count);
  for (const r of f.complaints.byStatus) add(HEADINGS.byStatus, label(STATUS_AR, r.key), 'العدد', r.count);
  for (const r of f.complaints.byChannel) add(HEADINGS.byChannel, label(labels.channels, r.key), 'العدد', r.count);
  for (const r of f.complaints.byCategory) add(HEADINGS.byCategory, label(labels.categories, r.key), 'العدد', r.count);
  const slaRow = (item: string, s: SlaFigures) => {
    add(HEADINGS.requestsSla, item, 'في الموعد', s.onTime);
    add(HEADINGS.requestsSla, item, 'متأخرة', s.late);
    add(HEADINGS.requestsSla, item, 'مفتوحة', s.open);
    add(HEADINGS.requestsSla, item, 'قارب موعدها', s.dueSoon);
    add(HEADINGS.requestsSla, item, 'تجاوزت موعدها', s.overdue);
    add(HEADINGS.requestsSla, item, 'نسبة الالتزام', s.compliance);
  };
  slaRow('الإجمالي', f.requestsSla.totals);
  for (const s of f.requestsSla.byService) slaRow(s.serviceName, s);
  const sat = f.satisfaction;
  add(HEADINGS.satisfaction, 'الإجمالي', 'الردود', sat.responses);
  add(HEADINGS.satisfaction, 'الإجمالي', 'متوسط التقييم', sat.averageScore);
  add(HEADINGS.satisfaction, 'الإجمالي', 'نسبة الرضا', sat.csat);
  add(HEADINGS.satisfaction, 'الإجمالي', 'نسبة الاستجابة', sat.responseRate);
  for (const s of [
    ...sat.byService.map((x) => ({ ...x, name: x.serviceName })),
    ...sat.byBranch.map((x) => ({ ...x, name: x.branchName })),
  ]) {
    add(HEADINGS.satisfaction, s.name, 'الردود', s.responses);
    add(HEADINGS.satisfaction, s.name, 'متوسط التقييم', s.averageScore);
    add(HEADINGS.satisfaction, s.name, 'نسبة الرضا', s.csat);
  }
  add(HEADINGS.escalations, 'المصعدة المفتوحة', 'العدد', f.escalations.open);
  for (const l of f.escalations.byLevel) add(HEADINGS.escalations, `مستوى ${l.level}`, 'العدد', l.count);
  for (const o of f.contactOfficers) {
    add(HEADINGS.escalations, o.officer, 'الشكاوى المسندة', o.assigned);
    add(HEADINGS.escalations, o.officer, 'المحلولة', o.resolved);
    add(HEADINGS.escalations, o.officer, 'المصعدة', o.escalated);
  }
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
};

/** The day after `dayKey` (YYYY-MM-DD). */
export const nextDayKey = (dayKey: string): string =>
  addDays(new Date(`${dayKey}T00:00:00.000Z`), 1)
    .toISOString()
    .slice(0, 10);

/** The PDF is missing (no Chromium on the server): said in the mail in Arabic and English (the CSV still goes). */
export const NO_PDF_NOTE = [
  'تعذر إعداد ملف PDF لأن متصفح Chromium غير مثبت على الخادم؛ الأرقام كاملة في ملف CSV المرفق.',
  'The PDF could not be produced because Chromium is not installed on the server; the attached CSV holds every figure.',
];

/** The mail that carries the report to a manager: the headline figures, and why the PDF is missing when it is. */
export const reportMail = (
  f: ReportFigures,
  hasPdf: boolean,
  generatedOn: string,
): { subject: string; bodyText: string; bodyHtml: null } => ({
  subject: `${REPORT_TITLE} — ${f.month}`,
  bodyText: [
    `${REPORT_TITLE} — ${f.associationName}`,
    `الشهر: ${f.month} (${f.from} – ${f.to})`,
    `المترددون: ${f.visitors.total} — الشكاوى والاستفسارات: ${f.complaints.total} — ردود الاستبيان: ${f.satisfaction.responses}`,
    `أعد في ${generatedOn}`,
    ...(hasPdf ? [] : NO_PDF_NOTE),
    '',
    `${REPORT_TITLE_EN} — ${f.month}`,
    `Visitors: ${f.visitors.total} — complaints and inquiries: ${f.complaints.total} — survey responses: ${f.satisfaction.responses}`,
  ].join('\n'),
  bodyHtml: null,
});
