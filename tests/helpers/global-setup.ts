/**
 * Boots ONE real Strapi for the whole API run: compiles the TypeScript, creates a throw-away database
 * (a fresh SQLite file, or a fresh PostgreSQL database on the server DATABASE_URL points at), starts
 * `strapi start` on a free port with the demo data, and waits for /_health.
 * P1: the demo staff password and the super admin's are random per run and kept in the state file
 * (tests/helpers/server-env.ts), never in the code. On SQLite WASL_SEED is left unset, so the default
 * (`auto`) is what loads the demo; PostgreSQL needs the explicit `demo`.
 */
import { execFileSync } from 'child_process';
import fs from 'fs';
import path from 'path';
import { freePort, secret, startStrapi, strapiSecrets, waitForHealth } from '../../scripts/lib/server-boot';
import { createThrowawayDb } from '../../scripts/lib/throwaway-db';
import { randomPassword } from '../../cms/utils/random-password';
import { ROOT, STATE_FILE, type TestServer } from './server-env';

// Kept as exports here for the tests that import them (tests/smoke); they live in scripts/lib.
export { freePort, secret, waitForHealth };

/** The one origin the test Strapi allows (CORS_ORIGINS); any other gets no CORS headers. */
export const ALLOWED_ORIGIN = 'https://portal.wasl.test';

export default async function globalSetup(): Promise<void> {
  fs.mkdirSync(path.join(ROOT, '.tmp'), { recursive: true });
  fs.mkdirSync(path.join(ROOT, 'public', 'uploads'), { recursive: true });
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.json'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  const port = await freePort();
  // H6: mail goes to an SMTP server on loopback that tests/api/notifications.test.ts starts and stops.
  const smtpPort = await freePort();
  const db = await createThrowawayDb('api');
  const demoPassword = randomPassword();
  const adminEmail = 'super-admin@wasl.test';
  const adminPassword = randomPassword();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    SERVE_ADMIN_PANEL: 'false',
    ...strapiSecrets(),
    WASL_DEMO_PASSWORD: demoPassword,
    WASL_ADMIN_EMAIL: adminEmail,
    WASL_ADMIN_PASSWORD: adminPassword,
    // P1: one allowed origin, so tests/api/first-boot.test.ts proves both sides of the CORS rule.
    CORS_ORIGINS: ALLOWED_ORIGIN,
    STRAPI_TELEMETRY_DISABLED: 'true',
    BROWSER: 'none',
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    WASL_OUTBOX_INTERVAL_MS: '200',
    LOGIN_RATE_LIMIT_MAX: '100000',
    WASL_OUTBOX_RETRY_BASE_MS: '200',
    // CM1: public limits low enough for a test to reach them; tests spread their load over client IPs
    // (X-Forwarded-For, trusted here as behind a load balancer), as the public would.
    TRUST_PROXY: 'true',
    WASL_PUBLIC_RATE_LIMIT_MAX: '20',
    WASL_TRACK_RATE_LIMIT_MAX: '20',
    WASL_PUBLIC_RATE_LIMIT_WINDOW_MS: '600000',
    WASL_TRACK_RATE_LIMIT_WINDOW_MS: '600000',
    // CM5: the escalation job ticks fast and reads its clock from a file the test writes.
    WASL_ESCALATION_INTERVAL_MS: '300',
    WASL_ESCALATION_CLOCK_FILE: path.join(ROOT, '.tmp', `escalation-clock-${process.pid}.txt`),
    // ESR-H7: a test completes requests at chosen instants by writing one here (cms/utils/clock.ts).
    WASL_CLOCK_FILE: path.join(ROOT, '.tmp', `workflow-clock-${process.pid}.txt`),
    // MC4: the monthly report job ticks fast and runs only while tests/api/monthly-report.test.ts writes its clock.
    WASL_REPORT_INTERVAL_MS: '300',
    WASL_REPORT_CLOCK_FILE: path.join(ROOT, '.tmp', `report-clock-${process.pid}.txt`),
    ...db.env,
    // tests/api/records-scale.test.ts counts the SQL a list issues on PostgreSQL; knex:query logs the
    // statement text only (placeholders, never the bound values, so no personal data in the log).
    ...(db.client === 'postgres' ? { DEBUG: 'knex:query', WASL_SEED: 'demo' } : {}),
  };
  if (db.client === 'sqlite') delete env.WASL_SEED;
  const logFile = path.join(ROOT, '.tmp', 'test-server.log');
  const child = startStrapi(env, ROOT, logFile);
  const baseUrl = `http://127.0.0.1:${port}`;
  const state: TestServer = {
    baseUrl,
    smtpPort,
    escalationClockFile: env.WASL_ESCALATION_CLOCK_FILE,
    workflowClockFile: env.WASL_CLOCK_FILE,
    reportClockFile: env.WASL_REPORT_CLOCK_FILE,
    pid: child.pid ?? 0,
    client: db.client,
    database: db.database,
    adminUrl: db.adminUrl,
    dbName: db.dbName,
    demoPassword,
    adminEmail,
    adminPassword,
    logFile,
  };
  fs.writeFileSync(STATE_FILE, JSON.stringify(state));
  await waitForHealth(baseUrl, child, logFile);
}
