/**
 * The throw-away Strapi a benchmark measures (scripts/bench-*.ts): compiled server, its own database
 * (scripts/lib/throwaway-db.ts), the demo loaded (WASL_SEED=demo, so the demo staff exist on PostgreSQL
 * too) with a random staff password, production mode, no admin panel, no background escalation or
 * monthly-report job.
 */
import path from 'path';
import { compileServer, ensureFolders, ROOT } from './setup';
import { freePort, startStrapi, strapiSecrets, waitForHealth } from './server-boot';
import { createThrowawayDb, dropThrowawayDb, type ThrowawayDb } from './throwaway-db';
import { randomPassword } from '../../cms/utils/random-password';

export type BenchServer = {
  baseUrl: string;
  db: ThrowawayDb;
  /** The demo staff password of this server (P1: random, none is fixed). */
  demoPassword: string;
  /** The environment Strapi runs with (its secrets and database), for a command that must load the same app. */
  env: NodeJS.ProcessEnv;
  /** Stops Strapi (the database stays). */
  halt: () => Promise<void>;
  /** Starts Strapi again on the same database and port, e.g. after rows were written behind its back. */
  restart: () => Promise<void>;
  /** Stops Strapi and drops its database. */
  stop: () => Promise<void>;
};

export const bootBenchServer = async (label: string, extraEnv: NodeJS.ProcessEnv = {}): Promise<BenchServer> => {
  ensureFolders();
  compileServer();
  const port = await freePort();
  const db = await createThrowawayDb(label);
  const demoPassword = randomPassword();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    SERVE_ADMIN_PANEL: 'false',
    WASL_SEED: 'demo',
    WASL_DEMO_PASSWORD: demoPassword,
    WASL_ADMIN_PASSWORD: randomPassword(),
    STRAPI_TELEMETRY_DISABLED: 'true',
    ...strapiSecrets(),
    LOGIN_RATE_LIMIT_MAX: '100000',
    WASL_ESCALATION_JOB: 'false',
    // Nor the monthly report: on a first working day it would print a PDF in Chromium amid the measurements.
    WASL_REPORT_JOB: 'false',
    ...extraEnv,
    ...db.env,
  };
  const logFile = path.join(ROOT, '.tmp', `${label}-server.log`);
  const baseUrl = `http://127.0.0.1:${port}`;
  let child = startStrapi(env, ROOT, logFile);
  const halt = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  };
  try {
    await waitForHealth(baseUrl, child, logFile);
  } catch (error) {
    await halt();
    await dropThrowawayDb(db);
    throw error;
  }
  return {
    baseUrl,
    db,
    demoPassword,
    env,
    halt,
    restart: async () => {
      await halt();
      child = startStrapi(env, ROOT, logFile);
      await waitForHealth(baseUrl, child, logFile);
    },
    stop: async () => {
      await halt();
      await dropThrowawayDb(db);
    },
  };
};
