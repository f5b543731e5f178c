/**
 * Booting a throw-away Strapi: a free port, random secrets, waiting for /_health. Shared by the test
 * harness (tests/helpers/global-setup.ts) and the benchmarks (scripts/bench-*.ts); it lives under
 * scripts/ so that the compiled server (tsc -p tsconfig.json) never pulls in tests/.
 */
import { spawn } from 'child_process';
import crypto from 'crypto';
import fs from 'fs';
import net from 'net';
import { strapiBin } from './setup';

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

export const secret = () => crypto.randomBytes(16).toString('base64');

/** The secrets config/ requires (config/admin.ts, server.ts, plugins.ts), fresh for each throw-away server. */
export const strapiSecrets = (): Record<string, string> => ({
  APP_KEYS: `${secret()},${secret()}`,
  API_TOKEN_SALT: secret(),
  ADMIN_JWT_SECRET: secret(),
  TRANSFER_TOKEN_SALT: secret(),
  JWT_SECRET: secret(),
  ENCRYPTION_KEY: secret(),
});

/** `strapi start` on the compiled dist/, stdout and stderr into logFile (the log-scan test reads it). */
export const startStrapi = (env: NodeJS.ProcessEnv, cwd: string, logFile: string) => {
  const log = fs.openSync(logFile, 'w');
  return spawn(process.execPath, [strapiBin(), 'start'], { cwd, env, stdio: ['ignore', log, log], detached: false });
};

export const waitForHealth = async (baseUrl: string, child: ReturnType<typeof spawn>, logFile: string) => {
  const deadline = Date.now() + 240_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Strapi exited with ${child.exitCode}; see ${logFile}`);
    try {
      const res = await fetch(`${baseUrl}/_health`);
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`Strapi did not become healthy in time; see ${logFile}`);
};
