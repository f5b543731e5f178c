import fs from 'fs';
import { readTestServer, STATE_FILE } from './server-env';
import { dropThrowawayDb } from './throwaway-db';

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

/** Stops the test Strapi and throws its database away. */
export default async function globalTeardown(): Promise<void> {
  if (!fs.existsSync(STATE_FILE)) return;
  const server = readTestServer();
  try {
    process.kill(server.pid, 'SIGTERM');
    await waitForExit(server.pid);
  } catch {
    // already gone
  }
  await dropThrowawayDb(server);
  fs.rmSync(STATE_FILE, { force: true });
}
