/** `npm run build`: everything `npm start` serves, built from scratch. */
import { buildAdminPanel, buildConsole, ensureEnvFile, ensureFolders } from './lib/setup';

ensureEnvFile();
ensureFolders();
buildAdminPanel();
buildConsole();
