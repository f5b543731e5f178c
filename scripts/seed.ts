/**
 * `npm run seed` loads the demo association into an empty database; `npm run seed -- --reset`
 * deletes Wasl's rows (not users or roles) and loads it again.
 */
import path from 'path';
import { createStrapi } from '@strapi/strapi';
import { compileServer, ensureEnvFile, ensureFolders, ROOT } from './lib/setup';
import { settled } from './lib/settled';

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
