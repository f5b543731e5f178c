/**
 * `npm run stats:rebuild`: recomputes every statistics roll-up from the raw rows (the backfill; issue 12),
 * e.g. after rows were loaded with the triggers off. Safe while the server runs: it takes the same lock
 * as the fold (cms/services/stats-rollup.ts).
 */
import path from 'path';
import { createStrapi } from '@strapi/strapi';
import { compileServer, ensureEnvFile, ensureFolders, ROOT } from './lib/setup';

const main = async () => {
  ensureEnvFile();
  ensureFolders();
  compileServer();
  process.env.WASL_SEED = 'false';
  process.env.WASL_OUTBOX_WORKER = 'false';
  process.env.WASL_ESCALATION_JOB = 'false';
  const app = await createStrapi({ appDir: ROOT, distDir: path.join(ROOT, 'dist') }).load();
  try {
    const rows = await app.plugin('wasl').service('stats').rebuild();
    process.stdout.write(`statistics roll-ups rebuilt: ${JSON.stringify(rows)}\n`);
  } finally {
    await app.destroy();
  }
};

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
