import fs from 'fs';
import { readTestServer, STATE_FILE } from './server-env';
import { dropThrowawayDb } from './throwaway-db';
import { runAuditVerify } from './audit';

const waitForExit = async (pid: number) => {
  for (let i = 0; i < 100; i += 1) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  process.kill(pid, 'SIGKILL');
};

/** Stops the test Strapi, verifies the audit chain it wrote, and throws its database away. */
export default async function globalTeardown(): Promise<void> {
  if (!fs.existsSync(STATE_FILE)) return;
  const server = readTestServer();
  try {
    process.kill(server.pid, 'SIGTERM');
    await waitForExit(server.pid);
  } catch {
    // already gone
  }
  // P1: whatever the run wrote, the audit chain must still verify (what `npm run audit:verify` runs).
  const verify = runAuditVerify();
  await dropThrowawayDb(server);
  fs.rmSync(STATE_FILE, { force: true });
  if (verify.status !== 0) throw new Error(`audit chain not intact after the run: ${verify.stdout}${verify.stderr}`);
}
