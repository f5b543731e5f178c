/**
 * What importing an association profile would change (issue 14), section by section: the items the
 * file holds that the database lacks (created), holds differently (updated), and those the database
 * holds that the file does not (removed, disabled or left, by section). Both sides are profiles: the
 * file, and the database read back as a profile (its export), so one comparison serves the preview,
 * the idempotence check and the round trip. Pure: no Strapi, no I/O.
 */
import { createHash } from 'crypto';
import { SECTIONS, type AssociationProfile, type SectionName } from './profile-types';

export { SECTIONS, type SectionName };

/**
 * What happens to a database item the file does not name: holidays and routing rules belong to the
 * profile and go; channels and categories are disabled (records keep their key, ALL-CH); services,
 * committees, branches, questionnaires, policies and staff accounts are left, since records point at them.
 */
export const EXTRAS: Readonly<Record<SectionName, 'remove' | 'disable' | 'leave'>> = {
  settings: 'leave',
  channels: 'disable',
  categories: 'disable',
  routing: 'remove',
  holidays: 'remove',
  branches: 'leave',
  staff: 'leave',
  committees: 'leave',
  services: 'leave',
  surveys: 'leave',
  policies: 'leave',
};

export type SectionItems = Record<string, unknown>;
export type SectionChange = {
  created: string[];
  updated: string[];
  removed: string[];
  left: string[];
  unchanged: number;
};
export type ProfileChanges = Record<SectionName, SectionChange>;

/** JSON with sorted keys: two equal items give the same text whatever order their keys came in. */
export const canonicalJson = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );

const byKey = <T>(items: readonly T[], key: (item: T) => string, value: (item: T, i: number) => unknown = (x) => x) =>
  Object.fromEntries(items.map((item, i) => [key(item), value(item, i)]));

/** The profile cut into the items each section compares. */
export const sectionsOf = (p: AssociationProfile): Record<SectionName, SectionItems> => {
  const { channels, complaints, calendar, branches, committees, services, surveys, policies, ...rest } = p;
  const people = [
    ...committees.flatMap((c) =>
      c.members.map(({ username, fullNameAr, fullNameEn, role }) => ({ username, fullNameAr, fullNameEn, role })),
    ),
    ...complaints.categories.flatMap((c) =>
      c.officers.map(({ username, fullNameAr }) => ({ username, fullNameAr, role: 'contact_officer' })),
    ),
  ];
  return {
    settings: {
      profile: {
        ...rest,
        deadlines: { complaints: complaints.deadlineWorkingDays, dueSoon: complaints.dueSoonWorkingDays },
        week: { weekendDays: calendar.weekendDays, start: calendar.workdayStart, end: calendar.workdayEnd },
      },
    },
    channels: byKey(
      channels,
      (c) => c,
      (_c, sortOrder) => ({ enabled: true, sortOrder }),
    ),
    categories: byKey(
      complaints.categories,
      (c) => c.key,
      ({ nameAr, nameEn, deadlineWorkingDays }, sortOrder) => ({
        nameAr,
        nameEn,
        deadlineWorkingDays,
        enabled: true,
        sortOrder,
      }),
    ),
    routing: Object.fromEntries(
      complaints.categories.flatMap((c) =>
        c.officers.map((o) => [`${c.key}/${o.username}/${o.areaAr}/${o.beneficiaryCategory ?? '*'}`, { active: true }]),
      ),
    ),
    holidays: byKey(calendar.holidays, (h) => `${h.hijri ?? h.gregorian}/${h.nameAr}`),
    branches: byKey(branches, (b) => b.code),
    // Import creates a missing account and never edits an existing one (its role is the admin's, P1): only presence counts.
    staff: byKey(
      people,
      (person) => person.username,
      () => ({}),
    ),
    committees: byKey(
      committees,
      (c) => c.key,
      (c) => ({ ...c, members: c.members.map((m) => m.username).sort() }),
    ),
    services: byKey(
      services,
      (s) => s.key,
      (s, sortOrder) => ({ ...s, sortOrder }),
    ),
    surveys: byKey(surveys, (s) => s.key),
    policies: byKey(policies, (x) => x.key),
  };
};

const emptyChange = (): SectionChange => ({ created: [], updated: [], removed: [], left: [], unchanged: 0 });

/** The changes that would turn `current` (the database, as a profile) into `desired` (the file). */
export const diffProfiles = (desired: AssociationProfile, current: AssociationProfile | null): ProfileChanges => {
  const want = sectionsOf(desired);
  const have = current ? sectionsOf(current) : null;
  return Object.fromEntries(
    SECTIONS.map((section) => {
      const change = emptyChange();
      const had = have?.[section] ?? {};
      for (const [key, item] of Object.entries(want[section])) {
        if (!(key in had)) change.created.push(key);
        else if (canonicalJson(had[key]) !== canonicalJson(item)) change.updated.push(key);
        else change.unchanged += 1;
      }
      for (const key of Object.keys(had).filter((k) => !(k in want[section])))
        (EXTRAS[section] === 'leave' ? change.left : change.removed).push(key);
      return [section, change];
    }),
  ) as ProfileChanges;
};

export const hasChanges = (changes: ProfileChanges): boolean =>
  SECTIONS.some((s) => changes[s].created.length + changes[s].updated.length + changes[s].removed.length > 0);

/** What a preview promises: the file and the state it was compared with. The import must find both unchanged. */
export const previewHash = (text: string, current: AssociationProfile | null): string =>
  createHash('sha256').update(text).update('\u0000').update(canonicalJson(current)).digest('hex');
