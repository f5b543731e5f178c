/**
 * A second Strapi for the association-profile tests (issue 14), on its own throw-away database: the
 * demo's staff accounts sign in (WASL_SEED=demo), and `clearWasl` empties every Wasl table but the
 * audit log before each profile is imported, as a new association's database would be. Users and roles
 * stay: the profiles link the accounts they name and create the missing ones blocked.
 */
import type { ChildProcess } from 'child_process';
import fs from 'fs';
import path from 'path';
import knex, { type Knex } from 'knex';
import { freePort, startStrapi, strapiSecrets, waitForHealth } from '../../scripts/lib/server-boot';
import { createThrowawayDb, dropThrowawayDb, type ThrowawayDb } from '../../scripts/lib/throwaway-db';
import { randomPassword } from '../../cms/utils/random-password';
import { ROOT } from './server-env';
import { strongPassword } from './staff-accounts';

export type Reply<T = unknown> = { status: number; body: T; text: string };
export type ProfileServer = {
  url: string;
  db: Knex;
  clockFile: string;
  call: <T = unknown>(method: string, route: string, token?: string, body?: unknown) => Promise<Reply<T>>;
  login: (username: string, password?: string) => Promise<string>;
  clearWasl: () => Promise<void>;
  activate: (username: string, adminToken: string) => Promise<string>;
  stop: () => Promise<void>;
};

export const startProfileServer = async (): Promise<ProfileServer> => {
  const database: ThrowawayDb = await createThrowawayDb('profiles');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const demoPassword = randomPassword();
  const clockFile = path.join(ROOT, '.tmp', `profiles-clock-${process.pid}.txt`);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...strapiSecrets(),
    ...database.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    SERVE_ADMIN_PANEL: 'false',
    STRAPI_TELEMETRY_DISABLED: 'true',
    WASL_SEED: 'demo',
    WASL_DEMO_PASSWORD: demoPassword,
    WASL_ADMIN_PASSWORD: randomPassword(),
    WASL_ESCALATION_JOB: 'false',
    WASL_REPORT_JOB: 'false',
    WASL_OUTBOX_WORKER: 'false',
    LOGIN_RATE_LIMIT_MAX: '100000',
    WASL_CLOCK_FILE: clockFile,
  };
  delete env.DEBUG;
  delete env.WASL_PROFILE;
  const logFile = path.join(ROOT, '.tmp', 'profiles-server.log');
  const child: ChildProcess = startStrapi(env, ROOT, logFile);
  await waitForHealth(url, child, logFile);
  const db =
    database.client === 'postgres'
      ? knex({ client: 'pg', connection: database.database, pool: { min: 0, max: 2 } })
      : knex({ client: 'better-sqlite3', connection: { filename: database.database }, useNullAsDefault: true });

  const call = async <T>(method: string, route: string, token?: string, body?: unknown): Promise<Reply<T>> => {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (token) headers.Authorization = `Bearer ${token}`;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const res = await fetch(`${url}${route}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // a YAML export or an empty body
    }
    return { status: res.status, body: parsed as T, text };
  };
  const login = async (username: string, password = demoPassword) => {
    const res = await call<{ jwt?: string }>('POST', '/api/auth/local', undefined, { identifier: username, password });
    if (res.status !== 200 || !res.body.jwt) throw new Error(`login as ${username}: ${res.status} ${res.text}`);
    return res.body.jwt;
  };
  const clearWasl = async () => {
    const tables = (
      database.client === 'postgres'
        ? (
            await db.raw(
              "select tablename as name from pg_tables where schemaname = current_schema() and tablename like 'wasl\\_%'",
            )
          ).rows
        : await db.raw("select name from sqlite_master where type = 'table' and name like 'wasl\\_%' escape '\\'")
    ).map((r: { name: string }) => r.name) as string[];
    const cleared = tables.filter((t) => t !== 'wasl_audit_logs');
    for (const table of [...cleared.filter((t) => t.endsWith('_lnk')), ...cleared.filter((t) => !t.endsWith('_lnk'))])
      await db(table).delete();
  };
  /** The association admin's activation of an account the import created: unblock, reset link, password. */
  const activate = async (username: string, adminToken: string) => {
    const user = (await db('up_users').where({ username }).first()) as { id: number; blocked: boolean };
    expect(user.blocked).toBeTruthy();
    expect((await call('PUT', `/api/wasl/staff/${user.id}`, adminToken, { blocked: false })).status).toBe(200);
    expect((await call('POST', `/api/wasl/staff/${user.id}/password-reset`, adminToken)).status).toBe(201);
    const mail = (await db('wasl_notifications')
      .where({ template: 'staff_password_reset', related_id: String(user.id) })
      .orderBy('id', 'desc')
      .first()) as { body_text: string };
    const token = /reset-password\?token=([A-Za-z0-9_-]+)/.exec(mail.body_text)?.[1];
    const password = strongPassword();
    expect((await call('POST', '/api/wasl/password-reset', undefined, { token, password })).status).toBe(200);
    return login(username, password);
  };
  const stop = async () => {
    await db.destroy();
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
    fs.rmSync(clockFile, { force: true });
    await dropThrowawayDb(database);
  };
  return { url, db, clockFile, call, login, clearWasl, activate, stop };
};
