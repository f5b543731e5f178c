/**
 * The association profile's import contract as the console reads it (POST /api/wasl/profile/preview and
 * /import, GET /export, association admin only): per section what would be (or was) created, updated and
 * left, and the faults of a refused file, each at its JSON path. Pure helpers, tested in tests/unit.
 */
export type SectionChange = { section: string; created: string[]; updated: string[]; left: string[] };
export type ProfileFault = { path: string; message: string };
export type ProfilePlan = { hash: string | null; sections: SectionChange[]; unchanged: boolean };

type Entries = unknown;
const keysOf = (value: Entries): string[] =>
  Array.isArray(value)
    ? value.map((v) => (typeof v === 'string' ? v : String((v as { key?: unknown })?.key ?? JSON.stringify(v))))
    : typeof value === 'number'
      ? Array.from({ length: value }, (_, i) => `#${i + 1}`)
      : [];

const sectionOf = (section: string, raw: unknown): SectionChange => {
  const r = (raw ?? {}) as Record<string, unknown>;
  return { section, created: keysOf(r.created), updated: keysOf(r.updated), left: keysOf(r.left ?? r.unchanged) };
};

/** Sections as an object keyed by section, or a list of `{ section, created, updated, left }`. */
export const readPlan = (body: unknown): ProfilePlan => {
  const b = (body ?? {}) as { hash?: unknown; sections?: unknown; data?: unknown };
  const inner = (b.sections === undefined && b.data && typeof b.data === 'object' ? b.data : b) as typeof b;
  const raw = inner.sections;
  const sections = Array.isArray(raw)
    ? raw.map((s) => sectionOf(String((s as { section?: unknown; name?: unknown }).section ?? (s as { name?: unknown }).name), s))
    : Object.entries((raw ?? {}) as Record<string, unknown>).map(([name, s]) => sectionOf(name, s));
  return {
    hash: typeof inner.hash === 'string' ? inner.hash : null,
    sections,
    unchanged: sections.every((s) => s.created.length === 0 && s.updated.length === 0),
  };
};

type FieldErrorBody = { field?: string; path?: string | string[]; messageAr?: string; messageEn?: string; message?: string };

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
export const NAMED_SECTIONS = [
  'identity',
  'channels',
  'complaintCategories',
  'contactOfficers',
  'tools',
  'stakeholderKinds',
  'calendar',
  'holidays',
  'branches',
  'committees',
  'services',
  'surveys',
  'policies',
];
