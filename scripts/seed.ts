/**
 * `npm run seed` loads the demo association into an empty database; `npm run seed -- --reset`
 * deletes Wasl's rows (not users or roles) and loads it again.
 */
import path from 'path';
import { createStrapi } from '@strapi/strapi';
import { compileServer, ensureEnvFile, ensureFolders, ROOT } from './lib/setup';

type Pool = { numUsed(): number; numPendingAcquires(): number };

/**
 * Publishing the demo's policy documents leaves Strapi's event listeners reading them after the commit;
 * destroying the pool under them rejects their pending acquires ('aborted') and the script exits 1 on
 * PostgreSQL. Wait (at most 5 s) until the pool has been idle twice in a row.
 */
const settled = async (app: { db: { connection: { client: { pool?: Pool } } } }) => {
  const pool = app.db.connection.client.pool;
  let idle = 0;
  for (let i = 0; pool && i < 100 && idle < 2; i += 1) {
    await new Promise((r) => setTimeout(r, 50));
    idle = pool.numUsed() === 0 && pool.numPendingAcquires() === 0 ? idle + 1 : 0;
  }
};

const main = async () => {
  ensureEnvFile();
  ensureFolders();
  compileServer();
  process.env.WASL_SEED = 'false';
  const app = await createStrapi({ appDir: ROOT, distDir: path.join(ROOT, 'dist') }).load();
  try {
    const { seedDemoData } = await import(path.join(ROOT, 'dist', 'cms', 'seed', 'demo'));
    const summary = await seedDemoData(app, {
      reset: process.argv.includes('--reset'),
      log: (msg: string) => process.stdout.write(`${msg}\n`),
    });
    process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  } finally {
    await settled(app);
    await app.destroy();
  }
};

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
