/**
 * The association profile's import contract as the console reads it (POST /api/wasl/profile/preview and
 * /import, GET /export, association admin only): per section what would be (or was) created, updated and
 * left, and the faults of a refused file, each at its JSON path. Pure helpers, tested in tests/unit.
 */
import { SECTIONS } from '../../../cms/domain/profile-types';

export type SectionChange = {
  section: string;
  created: string[];
  updated: string[];
  removed: string[];
  /** Items the file and the database hold alike, plus what the file does not name and the import leaves. */
  unchanged: number;
  left: string[];
};
export type ProfileFault = { path: string; message: string };
export type ProfilePlan = {
  hash: string | null;
  sections: SectionChange[];
  unchanged: boolean;
  /** Staff accounts the import created blocked, without a password, for the admin to activate. */
  blockedAccounts: string[];
};

const keysOf = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.map((v) => (typeof v === 'string' ? v : String((v as { key?: unknown })?.key ?? JSON.stringify(v))))
    : [];

const sectionOf = (section: string, raw: unknown): SectionChange => {
  const r = (raw ?? {}) as Record<string, unknown>;
  const left = keysOf(r.left);
  return {
    section,
    created: keysOf(r.created),
    updated: keysOf(r.updated),
    removed: keysOf(r.removed),
    unchanged: (typeof r.unchanged === 'number' ? r.unchanged : 0) + left.length,
    left,
  };
};

/**
 * POST /profile/preview and /import answer `{ key, changed, changes: { <section>: { created, updated,
 * removed, left, unchanged } }, hash }` (cms/services/association-profile-io.ts); the import adds `blockedAccounts`.
 */
export const readPlan = (body: unknown): ProfilePlan => {
  const b = (body ?? {}) as { hash?: unknown; changes?: unknown; changed?: unknown; blockedAccounts?: unknown };
  const sections = Object.entries((b.changes ?? {}) as Record<string, unknown>).map(([name, s]) => sectionOf(name, s));
  const changed =
    typeof b.changed === 'boolean'
      ? b.changed
      : sections.some((s) => s.created.length + s.updated.length + s.removed.length > 0);
  return {
    hash: typeof b.hash === 'string' ? b.hash : null,
    sections,
    unchanged: !changed,
    blockedAccounts: keysOf(b.blockedAccounts),
  };
};

type FieldErrorBody = {
  field?: string;
  path?: string | string[];
  messageAr?: string;
  messageEn?: string;
  message?: string;
};

/** A refusal's faults, each at its JSON path, in the console's language. */
export const readFaults = (body: unknown, locale: string): ProfileFault[] => {
  const details = (body as { error?: { details?: { errors?: FieldErrorBody[] } } })?.error?.details;
  return (details?.errors ?? []).map((e) => ({
    path: e.field ?? (Array.isArray(e.path) ? e.path.join('.') : (e.path ?? '')),
    message: (locale === 'en' ? e.messageEn : e.messageAr) ?? e.message ?? '',
  }));
};

export const PROFILE_FILE_TYPES = '.json,.yaml,.yml,application/json,application/yaml,text/yaml';

/** The sections the console has names for (admin/src/i18n/configuration.ts); another shows by its key. */
export const NAMED_SECTIONS: readonly string[] = SECTIONS;
