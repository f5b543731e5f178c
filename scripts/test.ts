/**
 * `npm test`: the whole suite (unit, api, smoke) in one jest run, in band: the API tests share one
 * real Strapi and the machine has two cores. DATABASE_URL=postgres://… runs it on PostgreSQL.
 */
import { spawnSync } from 'child_process';
import { ROOT } from './lib/setup';

const result = spawnSync(process.execPath, [require.resolve('jest/bin/jest', { paths: [ROOT] }), '--runInBand', ...process.argv.slice(2)], {
  cwd: ROOT,
  stdio: 'inherit',
  env: { STRAPI_TELEMETRY_DISABLED: 'true', ...process.env },
});
process.exit(result.status ?? 1);
