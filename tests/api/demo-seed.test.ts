/**
 * Issue 10 finding 2: the demo association and its staff accounts load by default only on the embedded
 * SQLite database. A fresh PostgreSQL database given by DATABASE_URL, with WASL_SEED unset, gets no
 * demo account: a second Strapi is booted on one (only when DATABASE_URL is given, i.e. on the
 * PostgreSQL run). On SQLite the test server itself starts with WASL_SEED unset
 * (tests/helpers/global-setup.ts), so its demo accounts prove the default.
 */
import type { ChildProcess } from 'child_process';
import path from 'path';
import { freePort, startStrapi, strapiSecrets, waitForHealth } from '../../scripts/lib/server-boot';
import { createThrowawayDb, dropThrowawayDb, type ThrowawayDb } from '../../scripts/lib/throwaway-db';
import { randomPassword } from '../../cms/utils/random-password';
import { http } from '../helpers/api';
import { closeDb, db } from '../helpers/db';
import { readTestServer, ROOT } from '../helpers/server-env';

const signIn = (url: string, identifier: string, password: string) =>
  fetch(`${url}/api/auth/local`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ identifier, password }),
  });

afterAll(closeDb);

describe('the demo loads by default on SQLite only', () => {
  const onSqlite = readTestServer().client === 'sqlite' ? it : it.skip;

  onSqlite(
    '[P1] a fresh SQLite start with WASL_SEED unset loads the demo staff, with the password of this installation',
    async () => {
      // Other test files add staff of their own: count the nine demo accounts by name.
      const demo = [
        'reception-officer',
        'social-researcher',
        'committee-member',
        'committee-member-2',
        'committee-member-3',
        'follow-up-committee',
        'contact-officer',
        'manager',
        'association-admin',
      ];
      expect(Number((await db()('up_users').whereIn('username', demo).count({ n: '*' }))[0].n)).toBe(9);
      const res = await http<{ jwt?: string }>('POST', '/api/auth/local', {
        body: { identifier: 'manager', password: readTestServer().demoPassword },
      });
      expect(res.status).toBe(200);
    },
  );
});

describe('a fresh PostgreSQL database with WASL_SEED unset', () => {
  const onPostgres = process.env.DATABASE_URL ? it : it.skip;
  let child: ChildProcess | null = null;
  let second: ThrowawayDb | null = null;
  let url = '';

  afterAll(async () => {
    if (child && child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((resolve) => child?.once('exit', resolve));
    }
    if (second) await dropThrowawayDb(second);
  });

  onPostgres(
    '[P1] gets no demo account: manager cannot sign in and up_users is empty',
    async () => {
      second = await createThrowawayDb('no-demo');
      const port = await freePort();
      url = `http://127.0.0.1:${port}`;
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        ...strapiSecrets(),
        ...second.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        SERVE_ADMIN_PANEL: 'false',
        STRAPI_TELEMETRY_DISABLED: 'true',
        WASL_ADMIN_PASSWORD: randomPassword(),
        WASL_OUTBOX_WORKER: 'false',
        WASL_ESCALATION_JOB: 'false',
      };
      // Exactly the production case: no WASL_SEED, and a demo password that would work if the demo loaded.
      delete env.WASL_SEED;
      delete env.DEBUG;
      const demoPassword = randomPassword();
      env.WASL_DEMO_PASSWORD = demoPassword;
      const logFile = path.join(ROOT, '.tmp', 'no-demo-server.log');
      child = startStrapi(env, ROOT, logFile);
      await waitForHealth(url, child, logFile);
      const res = await signIn(url, 'manager', demoPassword);
      expect(res.status).toBe(400);
      const { Client } = await import('pg');
      const client = new Client({ connectionString: second.database });
      await client.connect();
      try {
        const users = await client.query('select count(*)::int as n from up_users');
        expect(users.rows).toEqual([{ n: 0 }]);
        const profiles = await client.query('select count(*)::int as n from wasl_association_profiles');
        expect(profiles.rows).toEqual([{ n: 0 }]);
      } finally {
        await client.end();
      }
    },
    300_000,
  );
});
