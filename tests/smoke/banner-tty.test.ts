/**
 * P1: the start-up banner prints the demo staff password only to a person at a terminal. Under a real
 * pseudo-terminal (util-linux `script`) the password is there; tests/smoke/start.test.ts proves that
 * the same banner written to a pipe or a log only says where to find it.
 */
import { spawn, type ChildProcess } from 'child_process';
import fs from 'fs';
import path from 'path';
import { compileServer, strapiBin } from '../../scripts/lib/setup';
import { freePort, strapiSecrets, waitForHealth } from '../../scripts/lib/server-boot';
import { randomPassword } from '../../cms/utils/random-password';
import { ROOT } from '../helpers/server-env';
import { createThrowawayDb, dropThrowawayDb, type ThrowawayDb } from '../helpers/throwaway-db';

const SCRIPT = '/usr/bin/script';
const withTerminal = fs.existsSync(SCRIPT) ? describe : describe.skip;

withTerminal('the banner at a terminal', () => {
  let child: ChildProcess;
  let db: ThrowawayDb;
  let output = '';
  const demoPassword = randomPassword();

  beforeAll(async () => {
    compileServer();
    db = await createThrowawayDb('tty');
    const port = await freePort();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ...strapiSecrets(),
      ...db.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      SERVE_ADMIN_PANEL: 'false',
      STRAPI_TELEMETRY_DISABLED: 'true',
      WASL_SEED: 'demo',
      WASL_DEMO_PASSWORD: demoPassword,
      WASL_ADMIN_PASSWORD: randomPassword(),
      WASL_OUTBOX_WORKER: 'false',
      WASL_ESCALATION_JOB: 'false',
    };
    child = spawn(SCRIPT, ['-q', '-f', '-e', '-c', `exec "${process.execPath}" "${strapiBin()}" start`, '/dev/null'], {
      cwd: ROOT,
      env,
      detached: true,
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    await waitForHealth(`http://127.0.0.1:${port}`, child, path.join(ROOT, '.tmp', 'tty-start.log'));
    for (let i = 0; i < 50 && !output.includes('association-admin'); i += 1)
      await new Promise((r) => setTimeout(r, 100));
  }, 300_000);

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
    if (db) await dropThrowawayDb(db);
  });

  it('[P1] shows the demo password to the person who started Wasl', () => {
    expect(output).toContain(`Demo logins (password "${demoPassword}"):`);
    expect(output).not.toContain('WASL_DEMO_PASSWORD in .env');
  });
});
