/** The audit log from outside the app: `npm run audit:verify` on a database, and a Strapi admin session. */
import { spawnSync } from 'child_process';
import path from 'path';
import { http } from './api';
import { ROOT, readTestServer } from './server-env';

export type VerifyRun = { status: number | null; stdout: string; stderr: string };

/** Runs scripts/audit-verify.ts (what `npm run audit:verify` runs) against a SQLite file or a PostgreSQL URL. */
export const runAuditVerify = (database: { sqliteFile?: string; postgresUrl?: string } = {}): VerifyRun => {
  const given = database.sqliteFile || database.postgresUrl;
  const server = given ? null : readTestServer();
  const target = given
    ? database
    : server?.client === 'postgres'
      ? { postgresUrl: server.database }
      : { sqliteFile: server?.database };
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: '', DATABASE_FILENAME: '' };
  if (target.postgresUrl) env.DATABASE_URL = target.postgresUrl;
  else delete env.DATABASE_URL;
  if (target.sqliteFile) env.DATABASE_FILENAME = target.sqliteFile;
  else delete env.DATABASE_FILENAME;
  const run = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/audit-verify.ts'], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
};

export type AdminSession = { token: string; userId: number };

/** Signs in to Strapi's admin API as the super admin the test server created at boot (WASL_ADMIN_EMAIL / _PASSWORD). */
export const adminSession = async (): Promise<AdminSession> => {
  const { adminEmail: email, adminPassword: password } = readTestServer();
  const login = await http<{ data?: { token: string; user: { id: number } } }>('POST', '/admin/login', {
    body: { email, password },
  });
  if (login.status !== 200 || !login.body.data) throw new Error(`admin login failed: ${login.status}`);
  return { token: login.body.data.token, userId: login.body.data.user.id };
};
