/**
 * `npm run profile -- import FILE` imports an association profile (YAML, config/associations/*.yaml)
 * in one transaction and prints what it created, updated, removed and left, per section;
 * `npm run profile -- export FILE` writes the database's configuration as a profile. Boots Strapi the
 * way scripts/seed.ts does (the database of DATABASE_URL, else DATABASE_FILENAME).
 */
import fs from 'fs';
import path from 'path';
import { createStrapi } from '@strapi/strapi';
import { compileServer, ensureEnvFile, ensureFolders, ROOT } from './lib/setup';
import { settled } from './lib/settled';

type Change = { created: string[]; updated: string[]; removed: string[]; left: string[]; unchanged: number };
type Problem = { field: string; code: string; messageEn: string; messageAr: string };

const report = (changes: Record<string, Change>): string =>
  Object.entries(changes)
    .map(([section, c]) => {
      const list = (label: string, keys: string[]) =>
        keys.length ? ` ${label} ${keys.length} (${keys.join(', ')})` : '';
      return `${section.padEnd(11)}${list('created', c.created)}${list('updated', c.updated)}${list('removed', c.removed)}${list('left', c.left)} unchanged ${c.unchanged}`;
    })
    .join('\n');

const problemsOf = (error: unknown): Problem[] =>
  ((error as { details?: { errors?: Problem[] } }).details?.errors ?? []) as Problem[];

const main = async () => {
  const [command, file] = process.argv.slice(2);
  if (!['import', 'export'].includes(command ?? '') || !file)
    throw new Error('usage: npm run profile -- import FILE | export FILE');
  const text = command === 'import' ? fs.readFileSync(path.resolve(file), 'utf8') : '';
  ensureEnvFile();
  ensureFolders();
  compileServer();
  process.env.WASL_SEED = 'false';
  delete process.env.WASL_PROFILE;
  const app = await createStrapi({ appDir: ROOT, distDir: path.join(ROOT, 'dist') }).load();
  try {
    const io = app.plugin('wasl').service('association-profile-io');
    if (command === 'export') {
      const yaml = (await io.export()) as string | null;
      if (yaml === null) throw new Error('no association profile in this database');
      fs.writeFileSync(path.resolve(file), yaml);
      process.stdout.write(`exported to ${file}\n`);
      return;
    }
    try {
      const result = await io.apply(text, { actor: null });
      process.stdout.write(
        `${result.changed ? 'imported' : 'nothing changed:'} ${result.key}\n${report(result.changes)}\n`,
      );
      if (result.blockedAccounts.length)
        process.stdout.write(
          `staff accounts created blocked, without a password (activate them in the console): ${result.blockedAccounts.join(', ')}\n`,
        );
    } catch (error) {
      const problems = problemsOf(error);
      if (!problems.length) throw error;
      process.stderr.write(
        `refused, nothing changed:\n${problems.map((p) => `  ${p.field}: ${p.messageEn} — ${p.messageAr}`).join('\n')}\n`,
      );
      process.exitCode = 1;
    }
  } finally {
    await settled(app);
    await app.destroy();
  }
};

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
