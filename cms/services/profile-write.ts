/**
 * Writes the sections of an association profile that differ from the database (issue 14), inside the
 * caller's transaction: the changes are cms/domain/profile-diff.ts's, so a second import writes nothing.
 * Staff named by the profile (committee members, contact officers) who have no account get one, blocked
 * and without a password, for the association admin to activate (a reset link, README «Staff accounts»):
 * an import never sets a password nor edits an existing account (P1).
 */
import type { Core, UID } from '@strapi/strapi';
import { CATEGORY_ROWS, CHANNEL_ROWS } from '../seed/lists';
import { hijriToGregorian } from '../domain/profile-checks';
import type { ProfileChanges, SectionName } from '../domain/profile-diff';
import type { AssociationProfile, ProfileHoliday, ProfilePerson } from '../domain/profile-types';
import { writeProfilePolicies } from './profile-policies';

type Row = { id: number } & Record<string, unknown>;
const q = (strapi: Core.Strapi, name: string) => strapi.db.query(`plugin::wasl.${name}` as UID.Schema);

const addDays = (isoDay: string, n: number) =>
  new Date(Date.parse(`${isoDay}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

const holidayRow = (h: ProfileHoliday) => {
  const startDate = h.hijri ? (hijriToGregorian(h.hijri) as string) : (h.gregorian as string);
  return {
    nameAr: h.nameAr,
    nameEn: h.nameEn ?? null,
    kind: h.kind,
    startDate,
    endDate: addDays(startDate, h.days - 1),
    hijriYear: h.hijri ? Number(h.hijri.slice(0, 4)) : null,
  };
};

/** Creates or updates the row with this natural key. */
const upsert = async (
  strapi: Core.Strapi,
  name: string,
  where: Record<string, unknown>,
  data: Record<string, unknown>,
) => {
  const existing = (await q(strapi, name).findOne({ where, select: ['id'] })) as Row | null;
  return (
    existing
      ? await q(strapi, name).update({ where: { id: existing.id }, data })
      : await q(strapi, name).create({ data: { ...where, ...data } })
  ) as Row;
};

export type WriteContext = {
  strapi: Core.Strapi;
  profile: AssociationProfile;
  changes: ProfileChanges;
  users: Map<string, number>;
};
const touched = (ctx: WriteContext, section: SectionName) => [
  ...ctx.changes[section].created,
  ...ctx.changes[section].updated,
];

const writeSettings = async ({ strapi, profile: p }: WriteContext) => {
  const data = {
    ...p.identity,
    profileKey: p.key,
    tools: p.officerTools,
    stakeholderKinds: p.stakeholderKinds,
    weekendDays: p.calendar.weekendDays,
    workdayStart: p.calendar.workdayStart,
    workdayEnd: p.calendar.workdayEnd,
    defaultSlaDays: p.requestDeadline.amount,
    defaultSlaUnit: p.requestDeadline.unit,
    complaintSlaDays: p.complaints.deadlineWorkingDays,
    dueSoonWorkingDays: p.complaints.dueSoonWorkingDays,
    complaintSlaByCategory: Object.fromEntries(
      p.complaints.categories.flatMap((c) => (c.deadlineWorkingDays ? [[c.key, c.deadlineWorkingDays]] : [])),
    ),
  };
  const existing = (await q(strapi, 'association-profile').findOne({ select: ['id'] })) as Row | null;
  if (existing) await q(strapi, 'association-profile').update({ where: { id: existing.id }, data });
  else await q(strapi, 'association-profile').create({ data });
};

/** ALL-CH: the file's channels enabled in its order, every other one disabled (records keep its key). */
const writeLists = async ({ strapi, profile: p }: WriteContext) => {
  const lists = [
    {
      name: 'channel',
      rows: CHANNEL_ROWS,
      wanted: p.channels.map((key): { key: string; nameAr?: string; nameEn?: string } => ({ key })),
    },
    { name: 'complaint-category', rows: CATEGORY_ROWS, wanted: p.complaints.categories },
  ];
  for (const { name, rows, wanted } of lists) {
    const keys = wanted.map((w) => w.key);
    await q(strapi, name).updateMany({ where: { key: { $notIn: keys } }, data: { enabled: false } });
    for (const [sortOrder, w] of wanted.entries()) {
      const known = rows.find((r) => r.key === w.key);
      const names = w.nameAr
        ? { nameAr: w.nameAr, nameEn: w.nameEn ?? null }
        : { nameAr: known?.nameAr ?? w.key, nameEn: known?.nameEn ?? null };
      await upsert(strapi, name, { key: w.key }, { ...names, enabled: true, sortOrder });
    }
  }
};

const ensureUser = async (
  ctx: WriteContext,
  person: Pick<ProfilePerson, 'username' | 'fullNameAr' | 'fullNameEn' | 'role'>,
) => {
  const users = ctx.strapi.db.query('plugin::users-permissions.user');
  const found = (await users.findOne({ where: { username: person.username }, select: ['id'] })) as Row | null;
  if (found) return ctx.users.set(person.username, found.id);
  const role = (await ctx.strapi.db
    .query('plugin::users-permissions.role')
    .findOne({ where: { type: person.role } })) as Row;
  const created = (await users.create({
    data: {
      username: person.username,
      // A placeholder under the reserved .invalid domain: the admin enters the real address when activating.
      email: `${person.username}@staff.invalid`,
      provider: 'local',
      confirmed: false,
      blocked: true,
      role: role.id,
      fullNameAr: person.fullNameAr,
      fullNameEn: person.fullNameEn ?? null,
    },
  })) as Row;
  ctx.users.set(person.username, created.id);
};

const writePeople = async (ctx: WriteContext) => {
  const { profile: p, strapi } = ctx;
  for (const c of p.committees) for (const m of c.members) await ensureUser(ctx, m);
  for (const c of p.complaints.categories)
    for (const o of c.officers) await ensureUser(ctx, { ...o, role: 'contact_officer' });
  const routingChanged = touched(ctx, 'routing').length + ctx.changes.routing.removed.length > 0;
  if (routingChanged) await q(strapi, 'contact-officer-assignment').deleteMany({ where: {} });
  for (const c of routingChanged ? p.complaints.categories : [])
    for (const o of c.officers)
      await q(strapi, 'contact-officer-assignment').create({
        data: {
          officer: ctx.users.get(o.username),
          areaAr: o.areaAr,
          beneficiaryCategory: o.beneficiaryCategory ?? null,
          complaintCategory: c.key,
          active: true,
        },
      });
  if (ctx.changes.holidays.created.length + ctx.changes.holidays.updated.length + ctx.changes.holidays.removed.length) {
    await q(strapi, 'holiday').deleteMany({ where: {} });
    for (const h of p.calendar.holidays) await q(strapi, 'holiday').create({ data: holidayRow(h) });
  }
};

const writeCatalogue = async (ctx: WriteContext) => {
  const { profile: p, strapi } = ctx;
  for (const b of p.branches.filter((x) => touched(ctx, 'branches').includes(x.code)))
    await upsert(
      strapi,
      'branch',
      { code: b.code },
      { nameAr: b.nameAr, nameEn: b.nameEn ?? null, city: b.city ?? null, phone: b.phone ?? null, active: true },
    );
  const committees = new Map<string, number>();
  for (const c of p.committees) {
    const data = {
      nameAr: c.nameAr,
      nameEn: c.nameEn ?? null,
      type: c.type,
      quorum: c.quorum,
      active: true,
      members: c.members.map((m) => ctx.users.get(m.username)),
    };
    const row = touched(ctx, 'committees').includes(c.key)
      ? await upsert(strapi, 'committee', { key: c.key }, data)
      : ((await q(strapi, 'committee').findOne({ where: { key: c.key }, select: ['id'] })) as Row);
    committees.set(c.key, row.id);
  }
  const services = new Map<string, number>();
  for (const [sortOrder, s] of p.services.entries()) {
    const data = {
      nameAr: s.nameAr,
      nameEn: s.nameEn ?? null,
      descriptionAr: s.descriptionAr ?? null,
      descriptionEn: s.descriptionEn ?? null,
      category: s.category,
      committee: s.committee ? committees.get(s.committee) : null,
      eligibilityRules: s.eligibility.map(({ field, ...rest }) => ({ type: field, ...rest })),
      requiredDocuments: s.documents,
      ...s.flags,
      slaDays: s.deadline?.amount ?? null,
      slaUnit: s.deadline?.unit ?? null,
      onlineRegistrationUrl: s.onlineRegistrationUrl ?? null,
      sortOrder,
    };
    const row = touched(ctx, 'services').includes(s.key)
      ? await upsert(strapi, 'service', { key: s.key }, data)
      : ((await q(strapi, 'service').findOne({ where: { key: s.key }, select: ['id'] })) as Row);
    services.set(s.key, row.id);
  }
  for (const s of p.surveys.filter((x) => touched(ctx, 'surveys').includes(x.key)))
    await upsert(
      strapi,
      'survey',
      { key: s.key },
      {
        titleAr: s.titleAr,
        titleEn: s.titleEn ?? null,
        introAr: s.introAr ?? null,
        kind: s.kind,
        service: s.service ? services.get(s.service) : null,
        active: s.active,
        questions: s.questions,
      },
    );
};

/** Writes what `changes` lists; the caller holds the transaction and the audit entry. */
export const writeProfile = async (ctx: WriteContext): Promise<void> => {
  if (touched(ctx, 'settings').length) await writeSettings(ctx);
  const listsChanged = (['channels', 'categories'] as const).some(
    (s) => touched(ctx, s).length + ctx.changes[s].removed.length,
  );
  if (listsChanged) await writeLists(ctx);
  await writePeople(ctx);
  await writeCatalogue(ctx);
  await writeProfilePolicies(ctx.strapi, ctx.profile, touched(ctx, 'policies'));
};
