/**
 * The README's first promise, as a new user runs it: `npm start` builds what is missing, creates the
 * database, creates the super admin, loads the demo association, prints the URLs, and serves the
 * console, the admin panel, the health check and the API. Runs on SQLite, or on PostgreSQL when
 * DATABASE_URL is set (there the demo needs WASL_SEED=demo, which this test passes).
 */
import { spawn, type ChildProcess } from 'child_process';
import fs from 'fs';
import path from 'path';
import { freePort, waitForHealth } from '../helpers/global-setup';
import { ROOT } from '../helpers/server-env';
import { createThrowawayDb, dropThrowawayDb, type ThrowawayDb } from '../helpers/throwaway-db';

const envValue = (key: string): string => {
  const match = new RegExp(`^\\s*${key}\\s*=(.*)$`, 'm').exec(fs.readFileSync(path.join(ROOT, '.env'), 'utf8'));
  return match ? match[1].trim() : '';
};

describe('npm start', () => {
  let child: ChildProcess;
  let db: ThrowawayDb;
  let output = '';
  let baseUrl = '';
  let credentialsFile = '';

  beforeAll(async () => {
    db = await createThrowawayDb('smoke');
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ...db.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      ...(db.client === 'postgres' ? { WASL_SEED: 'demo' } : {}),
    };
    // The first admin must come from the credentials file, as on a fresh clone.
    for (const key of [
      'WASL_ADMIN_EMAIL',
      'WASL_ADMIN_PASSWORD',
      'NODE_ENV',
      ...(db.client === 'sqlite' ? ['WASL_SEED'] : []),
    ])
      delete env[key];
    child = spawn(npm, ['start'], { cwd: ROOT, env, detached: true });
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    const logFile = path.join(ROOT, '.tmp', 'smoke-start.log');
    try {
      await waitForHealth(baseUrl, child, logFile);
      // The banner follows `listening`; health can answer a moment before it is written.
      for (let i = 0; i < 50 && !output.includes('Health:'); i += 1) await new Promise((r) => setTimeout(r, 100));
    } finally {
      fs.writeFileSync(logFile, output.split(envValue('WASL_DEMO_PASSWORD') || '\u0000').join('[demo password]'));
    }
    credentialsFile = /Super admin:\s+created as \S+; its password is in (\S+)/.exec(output)?.[1] ?? '';
  }, 600_000);

  afterAll(async () => {
    if (child?.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        /* gone */
      }
      await new Promise((r) => setTimeout(r, 2000));
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* gone */
      }
    }
    if (credentialsFile) fs.rmSync(path.join(ROOT, credentialsFile), { force: true });
    if (db) await dropThrowawayDb(db);
  });

  it('[P1] runs Strapi in production and prints the URLs and the demo logins, not the demo password', () => {
    expect(output).toMatch(/Environment:\s+production/);
    expect(output).toMatch(/Staff console:\s+http:\/\/localhost:\d+\/console/);
    expect(output).toContain('/api/wasl');
    expect(output).toContain('Demo logins (password: WASL_DEMO_PASSWORD in .env)');
    expect(output).toMatch(/reception-officer\s+reception_officer/);
    const password = envValue('WASL_DEMO_PASSWORD');
    expect(password.length).toBeGreaterThanOrEqual(16);
    expect(output).not.toContain(password);
  });

  it('[P1] creates the super admin with a random password in a file only its owner reads, named in the banner', async () => {
    expect(credentialsFile).toMatch(/^\.tmp\/admin-credentials(-\d+)?\.txt$/);
    const file = path.join(ROOT, credentialsFile);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const text = fs.readFileSync(file, 'utf8');
    const email = /^email=(.+)$/m.exec(text)?.[1] ?? '';
    const password = /^password=(.+)$/m.exec(text)?.[1] ?? '';
    expect(email).toBe('admin@wasl.local');
    expect(password.length).toBeGreaterThanOrEqual(16);
    expect(output).not.toContain(password);
    const login = await fetch(`${baseUrl}/admin/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    expect(login.status).toBe(200);
    const init = (await (await fetch(`${baseUrl}/admin/init`)).json()) as { data: { hasAdmin: boolean } };
    expect(init.data.hasAdmin).toBe(true);
  });

  it('serves the staff console it built at /console', async () => {
    const res = await fetch(`${baseUrl}/console/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<div id="root"></div>');
  });

  it('[P1] serves a plain page at / that does not lead to the admin panel', async () => {
    const res = await fetch(`${baseUrl}/`, { redirect: 'manual' });
    expect(res.status).toBe(200);
    expect(res.headers.get('location')).toBeNull();
    const html = await res.text();
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).not.toContain('/admin');
  });

  it('serves the Strapi admin panel at /admin', async () => {
    const res = await fetch(`${baseUrl}/admin`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<div id="strapi"');
  });

  it('has loaded the demo association: a reception officer sees ~200 beneficiaries', async () => {
    const login = await fetch(`${baseUrl}/api/auth/local`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ identifier: 'reception-officer', password: envValue('WASL_DEMO_PASSWORD') }),
    });
    expect(login.status).toBe(200);
    const { jwt } = (await login.json()) as { jwt: string };
    const res = await fetch(`${baseUrl}/api/wasl/beneficiaries?range=[0,9]`, {
      headers: { Authorization: `Bearer ${jwt}` },
    });
    expect(res.status).toBe(200);
    const total = Number(res.headers.get('content-range')?.split('/')[1]);
    expect(total).toBeGreaterThanOrEqual(200);
  });
});
