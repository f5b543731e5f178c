/**
 * `npm test`: the whole suite (unit, api, e2e, smoke) in one jest run, in band: the API and browser
 * tests share one real Strapi and the machine has two cores. DATABASE_URL=postgres://… runs it on
 * PostgreSQL. The e2e project drives Debian's chromium, installed here first when it is missing.
 */
import { spawnSync } from 'child_process';
import fs from 'fs';
import path from 'path';
import { ROOT } from './lib/setup';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const E2E_DEPS = path.join(ROOT, '.ci', 'e2e-deps');
if (!fs.existsSync(CHROMIUM) && fs.existsSync(E2E_DEPS)) {
  const deps = spawnSync(E2E_DEPS, [], { cwd: ROOT, stdio: 'inherit' });
  if (deps.status !== 0) process.exit(deps.status ?? 1);
}

// --forceExit: a handle a test forgot to close (a database pool) must not keep CI waiting until its time
// limit; jest still prints its "did not exit" warning, which the log then shows.
const result = spawnSync(
  process.execPath,
  [require.resolve('jest/bin/jest', { paths: [ROOT] }), '--runInBand', '--forceExit', ...process.argv.slice(2)],
  {
    cwd: ROOT,
    stdio: 'inherit',
    env: { STRAPI_TELEMETRY_DISABLED: 'true', ...process.env },
  },
);
process.exit(result.status ?? 1);
