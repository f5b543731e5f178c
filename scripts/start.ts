/**
 * `npm start`: the README's first command. Builds what is missing (the admin panel once, the
 * TypeScript every time: incremental, a few seconds), creates the database and the demo association
 * on first start (cms/bootstrap.ts), then serves the console, the public site and the API.
 * `npm start` is `strapi start` in the production environment (issue 10: it ran as "development");
 * `npm run develop` keeps Strapi's develop mode (watch, rebuilds) for working on Wasl itself.
 */
import { spawn } from 'child_process';
import {
  adminPanelBuilt,
  buildAdminPanel,
  buildConsole,
  compileServer,
  consoleBuilt,
  ensureEnvFile,
  ensureFolders,
  ROOT,
  strapiBin,
} from './lib/setup';

ensureEnvFile();
ensureFolders();
if (adminPanelBuilt()) compileServer();
else buildAdminPanel();
if (!consoleBuilt()) buildConsole();

const mode = process.argv.includes('--develop') ? 'develop' : 'start';
const env = {
  STRAPI_TELEMETRY_DISABLED: 'true',
  ...process.env,
  NODE_ENV: mode === 'start' ? 'production' : (process.env.NODE_ENV ?? 'development'),
};
const child = spawn(process.execPath, [strapiBin(), mode], { cwd: ROOT, stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
