import path from 'path';
import type { Core } from '@strapi/strapi';
import { DEMO_USERS, demoPassword, ensureDemoUsers, seedDemoData } from './seed/demo';
import { ensureLists } from './seed/lists';
import { importStartProfile } from './services/profile-start';
import { parseSeedMode, shouldLoadDemo } from './seed/seed-mode';
import type { FirstAdmin } from './services/first-admin';
import { refreshBeneficiarySearchKeys } from './services/record-hooks';
import { getService } from './utils/services';

type BannerFacts = { firstAdmin: FirstAdmin; demo: boolean };

/**
 * P1: the demo password is shown only to a person at a terminal; a start whose output goes to a file
 * or a log collector says where the password is instead, so it never lands in a log.
 */
const demoLines = (demo: boolean): string[] => {
  if (!demo) return ['  Demo data:         not loaded (WASL_SEED; PostgreSQL needs WASL_SEED=demo)'];
  const password = process.stdout.isTTY
    ? `password "${process.env.WASL_DEMO_PASSWORD}"`
    : 'password: WASL_DEMO_PASSWORD in .env';
  return [`  Demo logins (${password}):`, ...DEMO_USERS.map((user) => `    ${user.username.padEnd(22)} ${user.role}`)];
};

const adminLines = (strapi: Core.Strapi, firstAdmin: FirstAdmin): string[] => {
  if (!firstAdmin.created) return [];
  const where = firstAdmin.credentialsFile
    ? `its password is in ${path.relative(strapi.dirs.app.root, firstAdmin.credentialsFile)} (readable by this user only)`
    : 'with WASL_ADMIN_PASSWORD';
  return [`  Super admin:       created as ${firstAdmin.email}; ${where}`];
};

const printBanner = (strapi: Core.Strapi, facts: BannerFacts) => {
  const port = strapi.config.get<number>('server.port');
  const base = strapi.config.get<string>('server.url') || `http://localhost:${port}`;
  const lines = [
    '',
    'وصل Wasl is ready',
    `  Environment:       ${strapi.config.get<string>('environment')}`,
    `  Staff console:     ${base}/console`,
    `  API:               ${base}/api/wasl`,
    ...(strapi.config.get<boolean>('admin.serveAdminPanel') ? [`  Strapi admin:      ${base}/admin`] : []),
    `  Health:            ${base}/_health`,
    ...adminLines(strapi, facts.firstAdmin),
    ...demoLines(facts.demo),
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
};

export const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  await getService(strapi, 'roles').ensureRoles();
  // P1: before anything else writes, the audit table refuses UPDATE/DELETE/TRUNCATE (cms/services/audit-append-only.ts).
  await getService(strapi, 'audit').ensureAppendOnly();
  // Issue 12: the statistics' roll-up tables and the triggers that keep them, before anything writes (a backfill when new).
  const stats = await getService(strapi, 'stats').install();
  if (stats.rebuilt) strapi.log.info('[wasl] statistics roll-ups rebuilt from the raw rows');
  // P1: complaint attachments and signature images are private files; earlier public copies move there.
  getService(strapi, 'private-files').subscribeToDeletes();
  await getService(strapi, 'private-files').adoptPublicFiles();
  // P1: a revoked session's access token is refused at once; password, block and role changes revoke sessions.
  getService(strapi, 'sessions').install();
  getService(strapi, 'password-reset').scrubDeliveredLinks();
  getService(strapi, 'surveys').scrubDeliveredLinks();
  // P1: before the server listens, so POST /admin/register-admin never finds an empty admin table.
  const firstAdmin: FirstAdmin = await getService(strapi, 'first-admin').ensureFirstAdmin();
  // P1: search keys from before they held names only no longer answer a search by ID or phone.
  await refreshBeneficiarySearchKeys(strapi);
  const demo = shouldLoadDemo(parseSeedMode(process.env.WASL_SEED), strapi.db.dialect.client);
  // Issue 14: another association's profile instead of the Yusr demo (the demo loads only without a profile).
  const profileKey = process.env.WASL_PROFILE?.trim();
  // The demo's staff accounts still sign in (on a database the demo mode allows), with no demo activity.
  if (profileKey && (await importStartProfile(strapi, profileKey)) && demo)
    await ensureDemoUsers(strapi, demoPassword());
  if (demo) {
    const summary = await seedDemoData(strapi, { reset: false, log: (msg) => strapi.log.info(`[wasl:seed] ${msg}`) });
    strapi.log.info(`[wasl] demo data: ${JSON.stringify(summary)}`);
  }
  // ALL-CH: a database the demo did not fill still gets the channel and category lists to edit.
  await ensureLists(strapi);
  // H6: the outbox worker delivers what transitions enqueued; WASL_OUTBOX_WORKER=false leaves it to another instance.
  if (process.env.WASL_OUTBOX_WORKER !== 'false') stopOutbox = getService(strapi, 'outbox').startWorker();
  // CM5: overdue complaints reach management; WASL_ESCALATION_JOB=false disables the job (tests, a worker-less instance).
  if (process.env.WASL_ESCALATION_JOB !== 'false')
    stopEscalation = getService(strapi, 'complaint-escalation').startJob();
  // MC4: last month's report to the managers on the first working day; WASL_REPORT_JOB=false disables the job.
  if (process.env.WASL_REPORT_JOB !== 'false') stopReport = getService(strapi, 'monthly-report').startJob();
  strapi.server.httpServer.once('listening', () => printBanner(strapi, { firstAdmin, demo }));
};

let stopOutbox: (() => void) | null = null;
let stopEscalation: (() => void) | null = null;
let stopReport: (() => void) | null = null;

export const destroy = () => {
  stopOutbox?.();
  stopOutbox = null;
  stopEscalation?.();
  stopEscalation = null;
  stopReport?.();
  stopReport = null;
};
