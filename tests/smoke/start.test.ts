/**
 * The README's first promise, as a new user runs it: `npm start` builds what is missing, creates the
 * database, loads the demo association, prints the URL and a demo login, and serves the admin panel,
 * the health check and the API. Runs on SQLite, or on PostgreSQL when DATABASE_URL is set.
 */
import { spawn, type ChildProcess } from 'child_process';
import fs from 'fs';
import path from 'path';
import { DEMO_PASSWORD } from '../../cms/seed/demo';
import { freePort, waitForHealth } from '../helpers/global-setup';
import { ROOT } from '../helpers/server-env';
import { createThrowawayDb, dropThrowawayDb, type ThrowawayDb } from '../helpers/throwaway-db';

describe('npm start', () => {
  let child: ChildProcess;
  let db: ThrowawayDb;
  let output = '';
  let baseUrl = '';

  beforeAll(async () => {
    db = await createThrowawayDb('smoke');
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    child = spawn(npm, ['start'], { cwd: ROOT, env: { ...process.env, ...db.env, PORT: String(port), HOST: '127.0.0.1' }, detached: true });
    child.stdout?.on('data', (chunk: Buffer) => { output += chunk.toString(); });
    child.stderr?.on('data', (chunk: Buffer) => { output += chunk.toString(); });
    const logFile = path.join(ROOT, '.tmp', 'smoke-start.log');
    try {
      await waitForHealth(baseUrl, child, logFile);
    } finally {
      fs.writeFileSync(logFile, output);
    }
  }, 600_000);

  afterAll(async () => {
    if (child?.pid) {
      try { process.kill(-child.pid, 'SIGTERM'); } catch { /* gone */ }
      await new Promise((r) => setTimeout(r, 2000));
      try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
    }
    if (db) await dropThrowawayDb(db);
  });

  it('prints the URL and the demo logins', () => {
    expect(output).toContain(`http://localhost:`);
    expect(output).toMatch(/Staff console:\s+http:\/\/localhost:\d+\/console/);
    expect(output).toContain('/api/wasl');
    expect(output).toContain(DEMO_PASSWORD);
    expect(output).toMatch(/reception-officer\s+reception_officer/);
  });

  it('serves the staff console it built at /console', async () => {
    const res = await fetch(`${baseUrl}/console/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<div id="root"></div>');
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
      body: JSON.stringify({ identifier: 'reception-officer', password: DEMO_PASSWORD }),
    });
    expect(login.status).toBe(200);
    const { jwt } = (await login.json()) as { jwt: string };
    const res = await fetch(`${baseUrl}/api/wasl/beneficiaries?range=[0,9]`, { headers: { Authorization: `Bearer ${jwt}` } });
    expect(res.status).toBe(200);
    const total = Number(res.headers.get('content-range')?.split('/')[1]);
    expect(total).toBeGreaterThanOrEqual(200);
  });
});
