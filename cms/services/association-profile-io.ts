/**
 * Issue 14: an association's configuration as one YAML file. `preview` says what an import would
 * create, update and remove per section and returns a hash of the file and of the state it was compared
 * with; `apply` imports in one transaction (all or nothing), refuses a stale preview, writes nothing when
 * nothing differs (a second import reports no change) and is audited; `export` writes the file back.
 */
import type { Core } from '@strapi/strapi';
import { stringify } from 'yaml';
import { diffProfiles, hasChanges, previewHash, SECTIONS, type ProfileChanges } from '../domain/profile-diff';
import type { AssociationProfile } from '../domain/profile-types';
import { waslError } from '../utils/errors';
import { getService } from '../utils/services';
import { problemsAsFieldErrors, readProfile } from '../validation/profile-file';
import type { Actor } from './audit';
import { readProfileFromDb } from './profile-read';
import { writeProfile } from './profile-write';

export type ProfilePreview = { key: string; changed: boolean; changes: ProfileChanges; hash: string };
/** `blockedAccounts`: staff accounts the import created, blocked without a password, for the admin to activate. */
export type ProfileImport = ProfilePreview & { blockedAccounts: string[] };

const parse = (text: string): AssociationProfile => {
  const read = readProfile(text);
  if (!read.ok) throw waslError('PROFILE_INVALID', problemsAsFieldErrors(read.problems));
  return read.profile;
};

/** Counts only: the audit summary never holds names or texts (P1). */
const countsOf = (changes: ProfileChanges) =>
  Object.fromEntries(
    SECTIONS.map((s) => [
      s,
      { created: changes[s].created.length, updated: changes[s].updated.length, removed: changes[s].removed.length },
    ]),
  );

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async preview(text: string): Promise<ProfilePreview> {
    const profile = parse(text);
    const current = await readProfileFromDb(strapi);
    const changes = diffProfiles(profile, current);
    return { key: profile.key, changed: hasChanges(changes), changes, hash: previewHash(text, current) };
  },

  /** `confirm`: the preview's hash (the console); the CLI imports without one. */
  async apply(text: string, options: { actor: Actor | null; confirm?: string }): Promise<ProfileImport> {
    const profile = parse(text);
    return strapi.db.transaction(async () => {
      const current = await readProfileFromDb(strapi);
      const hash = previewHash(text, current);
      if (options.confirm !== undefined && options.confirm !== hash) throw waslError('PROFILE_CONFIRM_MISMATCH');
      const changes = diffProfiles(profile, current);
      const changed = hasChanges(changes);
      if (changed) {
        await writeProfile({ strapi, profile, changes, users: new Map() });
        await getService(strapi, 'audit').record({
          actor: options.actor,
          action: 'profile_import',
          resource: 'association-profiles',
          recordId: profile.key,
          summary: countsOf(changes),
        });
      }
      return { key: profile.key, changed, changes, hash, blockedAccounts: changes.staff.created };
    });
  },

  async export(): Promise<string | null> {
    const profile = await readProfileFromDb(strapi);
    if (!profile) return null;
    const header = `# ${profile.identity.nameAr}: Wasl association profile (config/associations/profile.schema.json)\n`;
    return header + stringify(profile, { lineWidth: 0 });
  },
});
