/**
 * `WASL_PROFILE=esrar npm start` (issue 14): the first start imports config/associations/<key>.yaml
 * before the demo is considered, so the demo (Yusr's, cms/seed) is skipped: it loads only into a
 * database without an association profile. A database that already has a profile keeps it (the
 * admin's edits stand); importing again is `npm run profile -- import FILE` or the console's import.
 */
import fs from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { getService } from '../utils/services';

export const profileFile = (root: string, key: string): string => {
  if (!/^[a-z][a-z0-9-]{0,39}$/.test(key)) throw new Error(`WASL_PROFILE=${key} is not a profile key (such as esrar)`);
  const file = path.join(root, 'config', 'associations', `${key}.yaml`);
  if (!fs.existsSync(file)) throw new Error(`WASL_PROFILE=${key}: ${file} does not exist`);
  return file;
};

/** True when the profile was imported now. */
export const importStartProfile = async (strapi: Core.Strapi, key: string): Promise<boolean> => {
  const file = profileFile(strapi.dirs.app.root, key);
  if (await strapi.db.query('plugin::wasl.association-profile').count()) {
    strapi.log.info(`[wasl] an association profile exists: WASL_PROFILE=${key} not imported`);
    return false;
  }
  const result = await getService(strapi, 'association-profile-io').apply(fs.readFileSync(file, 'utf8'), {
    actor: null,
  });
  strapi.log.info(
    `[wasl] imported the association profile ${result.key} (${path.relative(strapi.dirs.app.root, file)})`,
  );
  if (result.blockedAccounts.length)
    strapi.log.info(
      `[wasl] ${result.blockedAccounts.length} staff accounts created blocked, without a password: activate them in the console`,
    );
  return true;
};
