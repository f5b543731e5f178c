/**
 * MC4, S5, S6: the monthly report to the general manager. `build` gathers one calendar month's figures
 * from the statistics service (bucket `day`; the shapes are cms/services/stats.ts's) and renders
 * them as a PDF and a CSV (cms/domain/monthly-report.ts). `run` is the scheduled job: on the first
 * working day of a month (the association's calendar, H7), from 08:00 Riyadh, it sends last month's
 * report once to every manager through the outbox, the PDF and the CSV attached.
 *
 * PDF: headless Chromium's print (Debian's /usr/bin/chromium through playwright-core). pdf-lib and pdfkit
 * do not shape Arabic (no letter joining, no bidi); a browser does. The page is self-contained: the IBM
 * Plex Sans Arabic font as data: URLs, the charts as inline SVG, no script, no network. Without a
 * Chromium (WASL_CHROMIUM_PATH, default /usr/bin/chromium) the mail still goes out with the CSV and a
 * note saying why the PDF is missing, and a warning is logged.
 *
 * Once only: the report of a month is sent when no audit entry `send` on `monthly-reports` for that
 * month exists; the check, the attachments' rows, the mails and that entry are one transaction, and on
 * PostgreSQL the transaction first takes an advisory lock, so N instances send one report.
 *
 * Clock: WASL_REPORT_CLOCK_FILE (tests only) names a file holding the instant the job takes as "now";
 * while the variable is set and the file is absent the job does not run (like the escalation job, so
 * another test's clock never triggers a report). Unset: workflowNow() (cms/utils/clock.ts).
 */
import fs from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import {
  firstWorkingDayOf,
  parseMonth,
  previousMonth,
  reportMail,
  renderReportCsv,
  renderReportHtml,
  type MonthRange,
  type ReportFigures,
  type ReportLabels,
} from '../domain/monthly-report';
import { formatDualDate, riyadhDateKey } from '../domain/hijri';
import { atRiyadhTime } from '../domain/sla-calendar';
import { workflowNow } from '../utils/clock';
import { startPeriodic } from '../utils/periodic';
import { getService } from '../utils/services';
import type { StoredAttachment } from './outbox';
import type { StatsQuery } from './stats';
import { addDays, riyadhDayStart } from './stats-rollup';

/** An arbitrary constant naming "monthly report" among the database's advisory locks. */
export const MONTHLY_REPORT_LOCK_KEY = 7_744_204;
const RESOURCE = 'monthly-reports';
const JOB_FROM = '08:00';

export type BuiltReport = { pdf: Buffer | null; csv: string; figures: ReportFigures; html: string };

const chromiumPath = () => process.env.WASL_CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

/** The report job's "now": the test file's instant, none (do not run) while that file is absent, else workflowNow(). */
export const reportClock = (): Date | null => {
  const file = process.env.WASL_REPORT_CLOCK_FILE;
  if (!file) return workflowNow();
  if (!fs.existsSync(file)) return null;
  const at = new Date(fs.readFileSync(file, 'utf8').trim());
  return Number.isNaN(at.getTime()) ? null : at;
};

let fontCss: string | null = null;
/** @font-face rules for the Arabic and Latin subsets, regular and bold, as data: URLs (read once). */
const fontFaces = (): string => {
  if (fontCss !== null) return fontCss;
  const dir = path.join(path.dirname(require.resolve('@fontsource/ibm-plex-sans-arabic/package.json')), 'files');
  const faces: string[] = [];
  for (const subset of ['arabic', 'latin'])
    for (const weight of [400, 700]) {
      const file = path.join(dir, `ibm-plex-sans-arabic-${subset}-${weight}-normal.woff2`);
      if (!fs.existsSync(file)) continue;
      const data = fs.readFileSync(file).toString('base64');
      faces.push(
        `@font-face{font-family:'IBM Plex Sans Arabic';font-style:normal;font-weight:${weight};src:url(data:font/woff2;base64,${data}) format('woff2');}`,
      );
    }
  fontCss = faces.join('\n');
  return fontCss;
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const isPostgres = () => strapi.db.dialect.client === 'postgres';
  const stats = () => getService(strapi, 'stats');

  const labels = async (): Promise<ReportLabels> => {
    const [channels, categories] = (await Promise.all([
      strapi.db.query('plugin::wasl.channel').findMany({ select: ['key', 'nameAr'] }),
      strapi.db.query('plugin::wasl.complaint-category').findMany({ select: ['key', 'nameAr'] }),
    ])) as { key: string; nameAr: string }[][];
    return {
      channels: Object.fromEntries(channels.map((c) => [c.key, c.nameAr])),
      categories: Object.fromEntries(categories.map((c) => [c.key, c.nameAr])),
    };
  };

  /** S6: the month's complaints assigned to each contact officer (by received_at in Riyadh). */
  const contactOfficers = async (range: MonthRange, branchId?: number): Promise<ReportFigures['contactOfficers']> => {
    const start = riyadhDayStart(range.from);
    const end = riyadhDayStart(addDays(range.to, 1));
    const rows = (await strapi.db.query('plugin::wasl.complaint').findMany({
      select: ['id', 'status', 'escalationLevel'],
      where: {
        receivedAt: { $gte: start, $lt: end },
        assignedTo: { role: { type: 'contact_officer' } },
        ...(branchId ? { branch: { id: branchId } } : {}),
      },
      populate: { assignedTo: { select: ['id', 'username', 'fullNameAr'] } },
    })) as {
      status: string;
      escalationLevel: number | null;
      assignedTo: { id: number; username: string; fullNameAr?: string | null } | null;
    }[];
    const byOfficer = new Map<number, ReportFigures['contactOfficers'][number]>();
    for (const row of rows) {
      if (!row.assignedTo) continue;
      const entry = byOfficer.get(row.assignedTo.id) ?? {
        officer: row.assignedTo.fullNameAr || row.assignedTo.username,
        assigned: 0,
        resolved: 0,
        escalated: 0,
      };
      entry.assigned += 1;
      if (row.status === 'resolved' || row.status === 'closed') entry.resolved += 1;
      if ((row.escalationLevel ?? 0) > 0) entry.escalated += 1;
      byOfficer.set(row.assignedTo.id, entry);
    }
    return [...byOfficer.values()].sort((a, b) => b.assigned - a.assigned || a.officer.localeCompare(b.officer, 'ar'));
  };

  const figuresOf = async (range: MonthRange, branchId?: number): Promise<ReportFigures> => {
    const q: StatsQuery = { from: range.from, to: range.to, bucket: 'day', ...(branchId ? { branchId } : {}) };
    const s = stats();
    const [visitors, complaints, sla, satisfaction, escalations, officers, profile, branch] = await Promise.all([
      s.visitors(q),
      s.complaints(q),
      s.requestsSla(q),
      s.satisfaction(q),
      s.escalations(q),
      contactOfficers(range, branchId),
      strapi.db.query('plugin::wasl.association-profile').findOne({ select: ['nameAr'] }) as Promise<{
        nameAr?: string;
      } | null>,
      branchId
        ? (strapi.db.query('plugin::wasl.branch').findOne({ where: { id: branchId }, select: ['nameAr'] }) as Promise<{
            nameAr?: string;
          } | null>)
        : Promise.resolve(null),
    ]);
    return {
      month: range.month,
      from: range.from,
      to: range.to,
      associationName: profile?.nameAr ?? 'الجمعية',
      branchName: branch?.nameAr ?? null,
      visitors: {
        total: visitors.total,
        byBranch: visitors.byBranch.map((b) => ({ branchId: b.branchId, branchName: b.branchName, count: b.count })),
        byPurpose: visitors.byPurpose,
        series: visitors.series,
      },
      complaints: {
        total: complaints.total,
        byKind: complaints.byKind,
        byStatus: complaints.byStatus,
        byChannel: complaints.byChannel,
        byCategory: complaints.byCategory,
        series: complaints.series,
      },
      requestsSla: { totals: sla.totals, byService: sla.byService },
      satisfaction: {
        responses: satisfaction.responses,
        averageScore: satisfaction.averageScore,
        csat: satisfaction.csat,
        responseRate: satisfaction.responseRate,
        byService: satisfaction.byService,
        byBranch: satisfaction.byBranch,
      },
      escalations: { open: escalations.open, byLevel: escalations.byLevel },
      contactOfficers: officers,
    };
  };

  /** The page printed by headless Chromium; null when no Chromium is installed (the caller says so). */
  const printPdf = async (html: string): Promise<Buffer | null> => {
    const executablePath = chromiumPath();
    if (!fs.existsSync(executablePath)) return null;
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage();
      // No request leaves the page: everything it needs is inline.
      await page.route('**/*', (route) =>
        route.request().url().startsWith('data:') ? route.continue() : route.abort(),
      );
      await page.setContent(html, { waitUntil: 'load' });
      await page.evaluate('document.fonts.ready.then(() => true)');
      return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    } finally {
      await browser.close();
    }
  };

  const managers = async (): Promise<{ id: number; email: string }[]> =>
    (
      (await strapi.db
        .query('plugin::users-permissions.user')
        .findMany({ where: { role: { type: 'manager' }, blocked: false }, select: ['id', 'email'] })) as {
        id: number;
        email: string | null;
      }[]
    ).filter((m): m is { id: number; email: string } => Boolean(m.email));

  const alreadySent = async (month: string): Promise<boolean> =>
    Boolean(
      await strapi.db
        .query('plugin::wasl.audit-log')
        .findOne({ where: { action: 'send', resource: RESOURCE, recordId: month }, select: ['id'] }),
    );

  const lockTaken = async (trx: Knex.Transaction): Promise<boolean> => {
    const result = (await trx.raw('select pg_try_advisory_xact_lock(?) as locked', [MONTHLY_REPORT_LOCK_KEY])) as {
      rows: { locked: boolean }[];
    };
    return result.rows[0]?.locked === true;
  };

  return {
    /** The report of `month` (YYYY-MM), all branches or one; throws RangeError for a month that is not one. */
    async build(month: string, branchId?: number, now: Date = new Date()): Promise<BuiltReport> {
      const range = parseMonth(month);
      if (!range) throw new RangeError('monthly report: month must be YYYY-MM');
      const [figures, names] = await Promise.all([figuresOf(range, branchId), labels()]);
      const html = renderReportHtml(figures, names, fontFaces(), formatDualDate(now, 'ar'));
      const csv = renderReportCsv(figures, names);
      let pdf: Buffer | null = null;
      try {
        pdf = await printPdf(html);
      } catch (error) {
        strapi.log.warn(
          `[wasl:monthly-report] the PDF could not be printed: ${error instanceof Error ? error.name : 'error'}`,
        );
      }
      if (!pdf)
        strapi.log.warn(`[wasl:monthly-report] no PDF for ${month}: Chromium missing at ${chromiumPath()} or failed`);
      return { pdf, csv, figures, html };
    },

    /** The month whose report is due at `now`: last month, on the first working day from 08:00 Riyadh; else null. */
    async dueMonth(now: Date): Promise<string | null> {
      const today = riyadhDateKey(now);
      const calendar = await getService(strapi, 'calendar').load();
      if (firstWorkingDayOf(today, calendar) !== today) return null;
      if (now < atRiyadhTime(new Date(`${today}T00:00:00.000Z`), JOB_FROM)) return null;
      return previousMonth(today);
    },

    /** One pass of the job: the month it sent, or null (not due, already sent, or another instance holds the lock). */
    async run(now: Date | null = reportClock()): Promise<string | null> {
      if (!now) return null;
      const month = await this.dueMonth(now);
      if (!month || (await alreadySent(month))) return null;
      const report = await this.build(month, undefined, now);
      // The files are written before the transaction (a PDF is not held in a database transaction); when the
      // transaction sends nothing or fails, they are removed again.
      const files = getService(strapi, 'private-files');
      const attachments: StoredAttachment[] = [];
      const keep = async (bytes: Buffer, filename: string, mime: string, ext: string) => {
        const file = await files.save({ bytes, name: filename, mime, ext, caption: 'monthly report' });
        attachments.push({ fileId: file.id, filename, contentType: mime });
      };
      if (report.pdf) await keep(report.pdf, `monthly-report-${month}.pdf`, 'application/pdf', '.pdf');
      await keep(Buffer.from(report.csv, 'utf8'), `monthly-report-${month}.csv`, 'text/csv; charset=utf-8', '.csv');
      const drop = () => files.remove(attachments.map((a) => a.fileId)).catch(() => undefined);
      try {
        const sent = await strapi.db.transaction(async ({ trx }) => {
          if (isPostgres() && !(await lockTaken(trx))) return null;
          if (await alreadySent(month)) return null;
          const message = reportMail(report.figures, Boolean(report.pdf), formatDualDate(now, 'ar'));
          const recipients = await managers();
          for (const manager of recipients)
            await getService(strapi, 'outbox').enqueue({
              channel: 'email',
              recipient: manager.email,
              template: 'monthly_report',
              ...message,
              attachments,
              relatedType: 'monthly_report',
              relatedId: month,
            });
          await getService(strapi, 'audit').record({
            actor: null,
            action: 'send',
            resource: RESOURCE,
            recordId: month,
            summary: { recipients: recipients.length, pdf: Boolean(report.pdf), csv: true },
          });
          return month;
        });
        if (!sent) await drop();
        return sent;
      } catch (error) {
        await drop();
        throw error;
      }
    },

    /** Started in bootstrap unless WASL_REPORT_JOB=false; returns the stop function for destroy. */
    startJob(): () => void {
      return startPeriodic(
        Number(process.env.WASL_REPORT_INTERVAL_MS ?? 10 * 60_000),
        () => this.run(),
        (error) => strapi.log.error(`[wasl:monthly-report] ${error instanceof Error ? error.message : 'failed'}`),
      );
    },
  };
};
