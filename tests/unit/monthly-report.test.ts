/** MC4: the pure parts of the monthly report — the month, its first working day, the CSV and the console's months. */
import {
  firstWorkingDayOf,
  hijriSpan,
  parseMonth,
  previousMonth,
  renderReportCsv,
  renderReportHtml,
  reportMail,
  NO_PDF_NOTE,
  type ReportFigures,
} from '../../cms/domain/monthly-report';
import { DEFAULT_CALENDAR } from '../../cms/domain/sla-calendar';
import { reportMonths } from '../../admin/src/reports/months';

const sla = { onTime: 3, late: 1, open: 2, dueSoon: 0, overdue: 1, compliance: 75 };
const figures: ReportFigures = {
  month: '2025-03',
  from: '2025-03-01',
  to: '2025-03-31',
  associationName: 'جمعية "النور", للتنمية',
  branchName: null,
  visitors: {
    total: 9,
    byBranch: [{ branchId: 1, branchName: 'الفرع الرئيسي', count: 9 }],
    byPurpose: [{ key: 'inquiry', count: 9 }],
    series: [{ bucket: '2025-03-01', count: 9 }],
  },
  complaints: {
    total: 3,
    byKind: [{ key: 'complaint', count: 3 }],
    byStatus: [{ key: 'received', count: 3 }],
    byChannel: [{ key: 'phone', count: 3 }],
    byCategory: [{ key: 'delay', count: 3 }],
    series: [],
  },
  requestsSla: { totals: sla, byService: [{ serviceId: 1, serviceName: 'السلة الغذائية', ...sla }] },
  satisfaction: { responses: 3, averageScore: 3.67, csat: 66.7, responseRate: null, byService: [], byBranch: [] },
  escalations: { open: 1, byLevel: [{ level: 1, count: 1 }] },
  contactOfficers: [{ officer: 'سارة', assigned: 3, resolved: 1, escalated: 0 }],
};
const labels = { channels: { phone: 'الهاتف' }, categories: { delay: 'التأخير' } };

describe('the monthly report, pure parts', () => {
  it('[MC4] a month is YYYY-MM between 01 and 12, with its first and last day', () => {
    expect(parseMonth('2025-02')).toEqual({
      month: '2025-02',
      from: '2025-02-01',
      to: '2025-02-28',
      year: 2025,
      monthNumber: 2,
    });
    expect(parseMonth('2024-02')?.to).toBe('2024-02-29');
    expect([parseMonth('2025-13'), parseMonth('2025-3'), parseMonth('march'), parseMonth(202503)]).toEqual([
      null,
      null,
      null,
      null,
    ]);
    expect([previousMonth('2025-04-01'), previousMonth('2026-01-04')]).toEqual(['2025-03', '2025-12']);
  });

  it('[MC4] the first working day skips the weekend and holidays of the association', () => {
    // 1 August 2025 is a Friday: Sunday the 3rd. 1 April 2025 is a Tuesday.
    expect(firstWorkingDayOf('2025-08-20', DEFAULT_CALENDAR)).toBe('2025-08-03');
    expect(firstWorkingDayOf('2025-04-30', DEFAULT_CALENDAR)).toBe('2025-04-01');
    const withHoliday = { ...DEFAULT_CALENDAR, holidays: [{ startDate: '2025-03-30', endDate: '2025-04-02' }] };
    expect(firstWorkingDayOf('2025-04-15', withHoliday)).toBe('2025-04-03');
  });

  it('[MC4] the CSV starts with a byte-order mark, has Arabic headers, and quotes what needs quoting', () => {
    const csv = renderReportCsv(figures, labels);
    expect(csv.startsWith('\uFEFFالقسم,البند,المقياس,القيمة\r\n')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toContain('التقرير الشهري لمركز قياس خدمة المستفيدين,"جمعية ""النور"", للتنمية",الشهر,2025-03');
    expect(lines).toContain('أعداد المترددين,الإجمالي,العدد,9');
    expect(lines).toContain('حسب قناة الاستقبال,الهاتف,العدد,3');
    expect(lines).toContain('رضا المستفيدين,الإجمالي,نسبة الاستجابة,');
    expect(lines).toContain('التصعيد ومتابعة ضباط الاتصال,سارة,الشكاوى المسندة,3');
  });

  it('[MC4] the page is Arabic, right to left, names the month in both calendars and escapes names', () => {
    const html = renderReportHtml(figures, labels, '', 'اليوم');
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain('مارس 2025');
    expect(hijriSpan(figures)).toBe('١ رمضان ١٤٤٦ هـ – ٢ شوال ١٤٤٦ هـ');
    expect(html).toContain('جمعية &#34;النور&#34;, للتنمية');
    expect(html).not.toContain('<script');
    expect(html).toContain('<svg');
  });

  it('[MC4] the console offers the current Riyadh month and the 23 before it, in both calendars', () => {
    // 31 March 2025 22:00 UTC is already 1 April in Riyadh.
    const months = reportMonths(new Date('2025-03-31T22:00:00Z'), 'en');
    expect(months.length).toBe(24);
    expect(months.slice(0, 2).map((m) => m.value)).toEqual(['2025-04', '2025-03']);
    expect(months[23].value).toBe('2023-05');
    expect(months[1].gregorian).toBe('March 2025');
    expect(months[1].hijri).toBe('1 Ramadan 1446 AH – 2 Shawwal 1446 AH');
  });

  it('[MC4] without a PDF the mail says why, in Arabic and English; with one it does not', () => {
    const without = reportMail(figures, false, 'اليوم');
    expect(without.subject).toBe('التقرير الشهري لمركز قياس خدمة المستفيدين — 2025-03');
    expect(without.bodyText).toContain('المترددون: 9 — الشكاوى والاستفسارات: 3 — ردود الاستبيان: 3');
    expect(NO_PDF_NOTE.length).toBe(2);
    for (const line of NO_PDF_NOTE) expect(without.bodyText).toContain(line);
    expect(without.bodyText).toContain('Chromium is not installed');
    const withPdf = reportMail(figures, true, 'اليوم');
    expect(withPdf.bodyText).not.toContain('Chromium');
  });
});
