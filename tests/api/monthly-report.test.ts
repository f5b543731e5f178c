/**
 * MC4, S5, S6: the monthly report to the general manager. The test seeds October 2024 (a month no other
 * test uses) with hand-counted visits, complaints and survey answers, some just outside the month in
 * Riyadh time, then checks that the report's totals are the statistics API's, that the scheduled job
 * mails it once, on the first working day from 08:00 Riyadh, to a real SMTP server on loopback with the
 * PDF attached, and that the PDF's text (pdftotext, Debian's poppler-utils) holds the headings and totals.
 */
import { execFileSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { simpleParser, type ParsedMail } from 'mailparser';
import type { SMTPServer } from 'smtp-server';
import { baseUrl, http, loginAs, type ErrorBody } from '../helpers/api';
import { staffIntake, step } from '../helpers/complaints';
import { closeDb, db } from '../helpers/db';
import { list } from '../helpers/lists';
import { readTestServer } from '../helpers/server-env';
import { insertedId, rawInstant, rawKey } from '../helpers/stats';
import { startSmtp, stopSmtp, waitFor, type Received } from '../helpers/smtp';

const MONTH = '2024-10';
const RANGE = { from: '2024-10-01', to: '2024-10-31' };
const TITLE = 'التقرير الشهري لمركز قياس خدمة المستفيدين';
const HEADINGS = [
  'أعداد المترددين',
  'الشكاوى والاستفسارات',
  'الالتزام بمواعيد الطلبات',
  'رضا المستفيدين',
  'التصعيد ومتابعة ضباط الاتصال',
];
const routed = { category: 'technical_support', beneficiaryCategory: 'woman' };

type Csv = string[][];

/** The report's CSV as rows of cells (the BOM stripped); cells hold no comma or quote here. */
const parseCsv = (text: string): Csv =>
  text
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter(Boolean)
    .map((line) => line.split(','));
const cell = (csv: Csv, section: string, item: string, measure: string): string | undefined =>
  csv.find((r) => r[0] === section && r[1] === item && r[2] === measure)?.[3];

/** A download as bytes (tests/helpers/api.ts's http reads text). */
const download = async (token: string, query: Record<string, string>) => {
  const res = await fetch(`${baseUrl()}/api/wasl/reports/monthly?${new URLSearchParams(query).toString()}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
};

/** pdftotext's text of a PDF, without the bidi marks it adds around numbers, spaces collapsed. */
const pdfText = (pdf: Buffer): string => {
  const file = path.join(os.tmpdir(), `wasl-report-${process.pid}-${Date.now()}.pdf`);
  fs.writeFileSync(file, pdf);
  try {
    return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })
      .replace(/[\u200e\u200f\u202a-\u202e]/g, '')
      .replace(/[ \t]+/g, ' ');
  } finally {
    fs.rmSync(file, { force: true });
  }
};

const clockFile = readTestServer().reportClockFile as string;
const setClock = (iso: string) => fs.writeFileSync(clockFile, iso);
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const reportMails = async (): Promise<{ recipient: string; status: string }[]> =>
  (await db()('wasl_notifications')
    .where({ template: 'monthly_report', related_id: MONTH })
    .select('recipient', 'status')) as { recipient: string; status: string }[];

let smtp: SMTPServer | null = null;
const inbox: Received[] = [];
let managerEmail = '';
let officerName = '';

beforeAll(async () => {
  fs.rmSync(clockFile, { force: true });
  smtp = await startSmtp(readTestServer().smtpPort, inbox);
  const manager = (await db()('up_users').where({ username: 'manager' }).first('email')) as { email: string };
  managerEmail = manager.email;

  const reception = await loginAs('reception_officer');
  const branches = (await list(reception, 'branches', { sort: ['code', 'ASC'] })).body;
  expect(branches.length).toBeGreaterThan(1);
  const visits: [string, number, number, string][] = [
    // [day, branch index, count, purpose]: 4 + 3 at the first branch, 2 at the second, inside October.
    ['2024-10-01', 0, 4, 'inquiry'],
    ['2024-10-15', 0, 3, 'service_request'],
    ['2024-10-31', 1, 2, 'follow_up'],
    // Outside: the last day of September and the first of November.
    ['2024-09-30', 0, 5, 'inquiry'],
    ['2024-11-01', 1, 6, 'inquiry'],
  ];
  for (const [visitDate, b, count, purpose] of visits) {
    const res = await http('POST', '/api/wasl/visits', {
      token: reception,
      body: { visitDate, branch: branches[b].id, count, purpose, channel: 'walk_in' },
    });
    expect(res.status).toBe(201);
  }

  // Riyadh is UTC+3: 2024-09-30T21:30Z is 1 October 00:30 Riyadh (inside), 2024-10-31T21:00Z is 1 November (outside).
  const complaints = [
    await staffIntake({ ...routed, kind: 'complaint', channel: 'phone', receivedAt: '2024-09-30T21:30:00Z' }),
    await staffIntake({ ...routed, kind: 'inquiry', channel: 'website', receivedAt: '2024-10-10T09:00:00Z' }),
    await staffIntake({ ...routed, kind: 'complaint', channel: 'website', receivedAt: '2024-10-31T20:59:00Z' }),
    await staffIntake({ ...routed, kind: 'complaint', channel: 'phone', receivedAt: '2024-09-30T20:59:00Z' }),
    await staffIntake({ ...routed, kind: 'complaint', channel: 'phone', receivedAt: '2024-10-31T21:00:00Z' }),
  ];
  for (const c of complaints) expect(c.status).toBe(201);
  const resolved = await step('contact_officer', complaints[1].body.id, 'resolve', {
    resolution: 'أجبنا',
    amicableSettlement: false,
    publicReply: 'الخدمة متاحة يومي الأحد والثلاثاء',
  });
  expect(resolved.status).toBe(200);
  const assigned = (await db()('wasl_complaints as c')
    .join('wasl_complaints_assigned_to_lnk as l', 'l.complaint_id', 'c.id')
    .join('up_users as u', 'u.id', 'l.user_id')
    .where('c.document_id', complaints[0].body.id)
    .first('u.username', 'u.full_name_ar')) as { username: string; full_name_ar: string | null } | undefined;
  expect(assigned).toBeDefined();
  officerName = assigned?.full_name_ar || (assigned?.username as string);

  // Survey answers by raw SQL (the API stamps its own time and score; as tests/api/stats-satisfaction.test.ts does).
  const client = readTestServer().client;
  const [survey] = (await db()('wasl_surveys').select('id').orderBy('id')) as { id: number }[];
  expect(survey).toBeDefined();
  // Inside October (Riyadh): 5, 4, 2. Outside: 1 on 30 September 23:00 Riyadh and 1 on 1 November 00:00 Riyadh.
  for (const [score, submittedAt] of [
    [5, '2024-10-05T10:00:00Z'],
    [4, '2024-10-20T10:00:00Z'],
    [2, '2024-10-31T20:30:00Z'],
    [1, '2024-09-30T20:00:00Z'],
    [1, '2024-10-31T21:00:00Z'],
  ] as const) {
    const now = rawInstant(client, new Date().toISOString());
    const id = insertedId(
      await db()('wasl_survey_responses')
        .insert({
          document_id: rawKey('rpt'),
          score,
          channel: 'in_person',
          submitted_at: rawInstant(client, submittedAt),
          created_at: now,
          updated_at: now,
        })
        .returning('id'),
    );
    await db()('wasl_survey_responses_survey_lnk').insert({ survey_response_id: id, survey_id: survey.id });
  }
});

afterAll(async () => {
  fs.rmSync(clockFile, { force: true });
  await stopSmtp(smtp);
  await closeDb();
});

describe('the monthly report', () => {
  it('[MC4] its totals are the statistics API’s for the month', async () => {
    const token = await loginAs('manager');
    const stat = async <T>(name: string) => {
      const res = await http<T>('GET', `/api/wasl/stats/${name}`, { token, query: { ...RANGE, bucket: 'day' } });
      expect(res.status).toBe(200);
      return res.body;
    };
    const visitors = await stat<{ total: number }>('visitors');
    const complaints = await stat<{ total: number; byKind: { key: string; count: number }[] }>('complaints');
    const satisfaction = await stat<{ responses: number; averageScore: number | null; csat: number | null }>(
      'satisfaction',
    );
    const sla = await stat<{ totals: { onTime: number; late: number } }>('requests-sla');
    // Hand-counted from what beforeAll wrote: 4 + 3 + 2 visitors, 3 complaints and inquiries, scores 5, 4, 2.
    expect([visitors.total, complaints.total, satisfaction.responses]).toEqual([9, 3, 3]);
    expect([satisfaction.averageScore, satisfaction.csat]).toEqual([3.67, 66.7]);

    const res = await download(token, { month: MONTH, format: 'csv' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="monthly-report-2024-10\.csv"/);
    expect(res.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const csv = parseCsv(res.bytes.toString('utf8'));
    expect(csv.length).toBeGreaterThan(1);
    expect(csv[0]).toEqual(['القسم', 'البند', 'المقياس', 'القيمة']);
    expect(cell(csv, 'أعداد المترددين', 'الإجمالي', 'العدد')).toBe(String(visitors.total));
    expect(cell(csv, 'الشكاوى والاستفسارات', 'الإجمالي', 'العدد')).toBe(String(complaints.total));
    expect(cell(csv, 'حسب النوع', 'شكوى', 'العدد')).toBe('2');
    expect(cell(csv, 'حسب النوع', 'استفسار', 'العدد')).toBe('1');
    expect(cell(csv, 'رضا المستفيدين', 'الإجمالي', 'الردود')).toBe(String(satisfaction.responses));
    expect(cell(csv, 'رضا المستفيدين', 'الإجمالي', 'متوسط التقييم')).toBe('3.67');
    expect(cell(csv, 'رضا المستفيدين', 'الإجمالي', 'نسبة الرضا')).toBe('66.7');
    expect(cell(csv, 'الالتزام بمواعيد الطلبات', 'الإجمالي', 'في الموعد')).toBe(String(sla.totals.onTime));
    expect(cell(csv, 'الالتزام بمواعيد الطلبات', 'الإجمالي', 'متأخرة')).toBe(String(sla.totals.late));
  });

  it('[S6] the report lists the complaints each contact officer was given, and no satisfaction per staff member', async () => {
    const res = await download(await loginAs('manager'), { month: MONTH, format: 'csv' });
    const csv = parseCsv(res.bytes.toString('utf8'));
    const officer = csv.filter((r) => r[0] === 'التصعيد ومتابعة ضباط الاتصال' && r[1] === officerName);
    expect(officer.length).toBeGreaterThan(0);
    // The three complaints received in October were routed to the officer; one was resolved.
    expect(officer.map((r) => [r[2], r[3]])).toEqual([
      ['الشكاوى المسندة', '3'],
      ['المحلولة', '1'],
      ['المصعدة', '0'],
    ]);
    expect(csv.filter((r) => r[0] === 'رضا المستفيدين' && r[1] === officerName)).toEqual([]);
  });

  it('[S5] on the first working day (not the weekend that opens the month), from 08:00 Riyadh, the job mails last month’s report once, the PDF attached', async () => {
    // Friday 1 November 2024 and Saturday the 2nd are the weekend: no report.
    setClock('2024-11-01T06:00:00.000Z');
    await pause(1500);
    setClock('2024-11-02T06:00:00.000Z');
    await pause(1500);
    // Sunday 3 November 2024, 07:59 Riyadh: the first working day of November, but before 08:00.
    setClock('2024-11-03T04:59:00.000Z');
    await pause(1500);
    expect(await reportMails()).toEqual([]);
    // 09:00 Riyadh.
    setClock('2024-11-03T06:00:00.000Z');
    const mail = await waitFor<ParsedMail>(async () => {
      const raw = inbox.find((m) => m.to.includes(managerEmail) && m.raw.includes('monthly-report-2024-10'));
      return raw ? simpleParser(raw.raw) : undefined;
    }, 60_000);
    expect(mail.subject).toBe(`${TITLE} — ${MONTH}`);
    expect(mail.text).toContain('المترددون: 9');
    const names = mail.attachments.map((a) => a.filename).sort();
    expect(names).toEqual(['monthly-report-2024-10.csv', 'monthly-report-2024-10.pdf']);
    const pdf = mail.attachments.find((a) => a.contentType === 'application/pdf');
    expect(pdf?.content.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(pdf?.content as Buffer);
    expect(text).toContain(TITLE);
    for (const heading of HEADINGS) expect(text).toContain(heading);
    expect(text).toContain('أكتوبر 2024');
    expect(text).toMatch(/إجمالي المترددين\s*:?\s*9\b/);
    expect(text).toMatch(/إجمالي الشكاوى والاستفسارات\s*:?\s*3\b/);
    expect(text).toMatch(/عدد الردود\s*:?\s*3\b/);
    expect(text).toContain('3.67');

    // Later the same day, and the next day: nothing more for October.
    setClock('2024-11-03T10:00:00.000Z');
    await pause(1500);
    setClock('2024-11-04T06:00:00.000Z');
    await pause(1500);
    fs.rmSync(clockFile, { force: true });
    const rows = await reportMails();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.recipient === managerEmail)).toHaveLength(1);
    expect(new Set(rows.map((r) => r.recipient)).size).toBe(rows.length);
    const sent = await db()('wasl_audit_logs').where({ action: 'send', resource: 'monthly-reports', record_id: MONTH });
    expect(sent).toHaveLength(1);
  });

  it('[MC4] the manager downloads the PDF on demand, an audited read; reception may not', async () => {
    const manager = await loginAs('manager');
    const res = await download(manager, { month: MONTH, format: 'pdf' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="monthly-report-2024-10\.pdf"/);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    const text = pdfText(res.bytes);
    expect(text).toContain(TITLE);
    expect(text).toMatch(/إجمالي المترددين\s*:?\s*9\b/);
    const reads = await db()('wasl_audit_logs').where({
      action: 'read_sensitive',
      resource: 'monthly-reports',
      record_id: MONTH,
    });
    expect(reads.length).toBeGreaterThan(0);

    expect((await download(await loginAs('association_admin'), { month: MONTH, format: 'csv' })).status).toBe(200);
    expect((await download(await loginAs('reception_officer'), { month: MONTH, format: 'pdf' })).status).toBe(403);
    expect((await download(await loginAs('contact_officer'), { month: MONTH, format: 'csv' })).status).toBe(403);
  });

  it('[MC4] a month that is not YYYY-MM, or has not begun, is refused with an Arabic and English field error', async () => {
    const token = await loginAs('manager');
    for (const month of ['2025-13', '2025-3', 'march']) {
      const res = await http<ErrorBody>('GET', '/api/wasl/reports/monthly', { token, query: { month, format: 'pdf' } });
      expect(res.status).toBe(400);
      expect(res.body.error.details.errors).toEqual([
        expect.objectContaining({
          field: 'month',
          code: 'REPORT_MONTH_INVALID',
          messageAr: expect.stringMatching(/الشهر/),
        }),
      ]);
    }
    const future = await http<ErrorBody>('GET', '/api/wasl/reports/monthly', {
      token,
      query: { month: '2999-01', format: 'csv' },
    });
    expect(future.status).toBe(400);
    expect(future.body.error.details.errors).toEqual([
      expect.objectContaining({
        field: 'month',
        code: 'REPORT_MONTH_FUTURE',
        messageEn: expect.stringMatching(/month/),
      }),
    ]);
    const format = await http<ErrorBody>('GET', '/api/wasl/reports/monthly', {
      token,
      query: { month: MONTH, format: 'doc' },
    });
    expect(format.status).toBe(400);
    expect(format.body.error.details.errors).toEqual([expect.objectContaining({ field: 'format' })]);
  });
});
