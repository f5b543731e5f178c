/** Where the test Strapi runs and which database it uses; written by global-setup, read by tests. */
import fs from 'fs';
import path from 'path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const STATE_FILE = path.join(ROOT, '.tmp', 'test-server.json');

export type TestServer = {
  baseUrl: string;
  /** Where the test Strapi sends mail (SMTP_URL); nothing listens until a test starts a server there. */
  smtpPort: number;
  /** Where the escalation job reads its clock from while a test writes an instant there (CM5). */
  escalationClockFile?: string;
  /** Where the server reads the instant a workflow step takes as "now" while the file exists (ESR-H7). */
  workflowClockFile?: string;
  /** Where the monthly report job reads its clock from while a test writes an instant there (MC4). */
  reportClockFile?: string;
  pid: number;
  client: 'sqlite' | 'postgres';
  /** SQLite file path, or the PostgreSQL connection URL of the throw-away database. */
  database: string;
  /** The PostgreSQL URL the throw-away database was created from (to drop it). */
  adminUrl?: string;
  dbName?: string;
  /** WASL_DEMO_PASSWORD of this run: random, so no test, file or log carries a fixed one (P1). */
  demoPassword: string;
  /** The super admin created at first start from WASL_ADMIN_EMAIL / WASL_ADMIN_PASSWORD. */
  adminEmail: string;
  adminPassword: string;
  /** Where the test Strapi writes its stdout and stderr (tests/api/zz-log-scan.test.ts reads it). */
  logFile: string;
};

export const readTestServer = (): TestServer => JSON.parse(fs.readFileSync(STATE_FILE, 'utf8')) as TestServer;
