/**
 * P1: Strapi's admin opens POST /admin/register-admin to whoever arrives first while no admin user
 * exists. Wasl never leaves that window open: at first start it creates the super admin itself, from
 * WASL_ADMIN_EMAIL / WASL_ADMIN_PASSWORD, or else with a random password written once to a file only
 * the owner of the process can read (0600). The banner names the file, never the password.
 */
import fs from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { adminPasswordProblems } from '../domain/admin-password';
import { randomPassword } from '../utils/random-password';
import { getService } from '../utils/services';

const ADMIN_USER = 'admin::user';
const SUPER_ADMIN_CODE = 'strapi-super-admin';
export const DEFAULT_ADMIN_EMAIL = 'admin@wasl.local';

export type FirstAdmin = { created: false } | { created: true; email: string; credentialsFile: string | null };

type AdminUserService = { create: (attributes: Record<string, unknown>) => Promise<{ id: number }> };

/** `.tmp/admin-credentials.txt`, or a new dated name beside it: an existing file is never overwritten. */
const writeCredentials = (root: string, email: string, password: string): string => {
  const dir = path.join(root, '.tmp');
  fs.mkdirSync(dir, { recursive: true });
  const text =
    `# Wasl: the Strapi super admin created at first start (${new Date().toISOString()}).\n` +
    `# Sign in at /admin, change the password, then delete this file.\nemail=${email}\npassword=${password}\n`;
  for (const name of ['admin-credentials.txt', `admin-credentials-${Date.now()}.txt`]) {
    const file = path.join(dir, name);
    try {
      fs.writeFileSync(file, text, { mode: 0o600, flag: 'wx' });
      return file;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  throw new Error(`Could not write the first admin's credentials under ${dir}: both names are taken`);
};

/** An arbitrary constant naming "first admin" among the advisory locks of the database. */
export const FIRST_ADMIN_LOCK_KEY = 7_744_116;

/** WASL_ADMIN_PASSWORD, checked, or null when a random one is to be made. */
const givenPassword = (email: string): string | null => {
  const given = process.env.WASL_ADMIN_PASSWORD;
  if (!given) return null;
  const problems = adminPasswordProblems(given, email);
  if (problems.length)
    throw new Error(
      `WASL_ADMIN_PASSWORD is refused (${problems.join(', ')}): at least 12 characters with a lowercase letter, an uppercase letter and a digit, not the e-mail, not a common password`,
    );
  return given;
};

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * Creates the super admin when no admin user exists; never touches an existing one. Several
   * instances starting together on one PostgreSQL database queue on an advisory lock held until
   * commit, so exactly one creates it and the others find it.
   */
  async ensureFirstAdmin(): Promise<FirstAdmin> {
    if ((await strapi.db.query(ADMIN_USER).count()) > 0) return { created: false };
    const email = (process.env.WASL_ADMIN_EMAIL || DEFAULT_ADMIN_EMAIL).trim().toLowerCase();
    const given = givenPassword(email);
    let credentialsFile: string | null = null;
    try {
      const created = await strapi.db.transaction(async ({ trx }) => {
        if (strapi.db.dialect.client === 'postgres')
          await trx.raw('select pg_advisory_xact_lock(?)', [FIRST_ADMIN_LOCK_KEY]);
        if ((await strapi.db.query(ADMIN_USER).count()) > 0) return null;
        const password = given ?? randomPassword();
        if (!given) credentialsFile = writeCredentials(strapi.dirs.app.root, email, password);
        // On an empty database the admin's roles do not exist yet (Strapi's admin boots after the plugins);
        // its bootstrap then gives the Super Admin role to every admin user without a role: this one.
        const role = await strapi.db.query('admin::role').findOne({ where: { code: SUPER_ADMIN_CODE } });
        const user = await (strapi.service('admin::user') as unknown as AdminUserService).create({
          email,
          firstname: 'Wasl',
          lastname: 'Administrator',
          password,
          isActive: true,
          registrationToken: null,
          roles: role ? [role.id] : [],
        });
        await getService(strapi, 'audit').record({
          actor: null,
          action: 'create',
          resource: 'admin-user',
          recordId: String(user.id),
          summary: {
            fields: ['email', 'password'],
            role: SUPER_ADMIN_CODE,
            passwordFrom: given ? 'WASL_ADMIN_PASSWORD' : 'credentials_file',
          },
        });
        return user;
      });
      if (!created) return { created: false };
      strapi.log.info(`[wasl] created the super admin (user ${created.id})`);
      return { created: true, email, credentialsFile };
    } catch (error) {
      // A file naming a password that no account has would mislead whoever finds it.
      if (credentialsFile) fs.rmSync(credentialsFile, { force: true });
      throw error;
    }
  },
});
