/** `npm run build`: everything `npm start` serves, built from scratch. */
import { buildAdminPanel, ensureEnvFile, ensureFolders } from './lib/setup';

ensureEnvFile();
ensureFolders();
buildAdminPanel();
