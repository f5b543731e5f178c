/**
 * The demo association, loaded on first start (cms/bootstrap.ts) and by `npm run seed [-- --reset]`:
 * Yusr's profile, branches, committees, five services, holidays and policies, ~200 beneficiaries,
 * requests and complaints across every state and channel, 90 days of visits, one user per role.
 * Idempotent: skipped when an association profile exists. Reproducible: a seeded random source.
 */
import type { Core } from '@strapi/strapi';
import { hijriYear } from '../domain/hijri';
import type { SlaUnit, WorkingCalendar } from '../domain/sla-calendar';
import type { TrackingKind } from '../domain/tracking-number';
import { ROLES, type StaffRole } from '../constants/roles';
import { isCommonPassword } from '../domain/admin-password';
import { beneficiarySearchKey } from '../services/record-hooks';
import { AUDIT_TABLE } from '../constants/audit';
import { seedComplaints, seedOffice, seedSurveys, seedVisits } from './activity';
import { insert, type Row, type SeedContext } from './context';
import { saudiHolidays } from './holidays';
import { seedRequests, type SeedService } from './journeys';
import { DEMO_STAFF, demoBeneficiary, seededRandom } from './people';
import { ensureLists, YUSR_CHANNELS } from './lists';
import {
  OFFICER_TOOLS,
  YUSR_USER_GUIDE,
  YUSR_BRANCHES,
  YUSR_COMMITTEES,
  YUSR_POLICY,
  YUSR_PROFILE,
  YUSR_SERVICES,
} from './yusr';
import { getService } from '../utils/services';

export const DEMO_USERS: readonly { username: string; role: StaffRole }[] = DEMO_STAFF.map(({ username, role }) => ({
  username,
  role,
}));

const BENEFICIARIES = 200;

type Log = (message: string) => void;
export type SeedSummary = Record<string, number | boolean>;

/**
 * P1: the demo staff password is random per installation (`npm start` writes WASL_DEMO_PASSWORD into
 * .env). Without it no demo account is created: there is no fallback value to guess.
 */
export const demoPassword = (): string => {
  const value = process.env.WASL_DEMO_PASSWORD ?? '';
  const why =
    value.length < 12
      ? 'is not set or shorter than 12 characters'
      : isCommonPassword(value)
        ? 'is a common password'
        : DEMO_STAFF.some((member) => member.username === value)
          ? 'is a demo username'
          : null;
  if (why)
    throw new Error(
      `WASL_DEMO_PASSWORD ${why}: run \`npm start\` once (it writes a random one into .env) or set WASL_SEED=false; the demo staff accounts are not created without it`,
    );
  return value;
};

/** Creates the demo staff accounts that are missing (never touches an existing account). */
export const ensureDemoUsers = async (
  strapi: Core.Strapi,
  password: string,
): Promise<{ first: Record<StaffRole, number>; committee: number[] }> => {
  const first = {} as Record<StaffRole, number>;
  const committee: number[] = [];
  const remember = (role: StaffRole, id: number) => {
    first[role] ??= id;
    if (role === ROLES.COMMITTEE_MEMBER) committee.push(id);
  };
  for (const member of DEMO_STAFF) {
    const existing = await strapi.db
      .query('plugin::users-permissions.user')
      .findOne({ where: { username: member.username } });
    if (existing) {
      remember(member.role, existing.id);
      continue;
    }
    const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: member.role } });
    const created = await strapi
      .plugin('users-permissions')
      .service('user')
      .add({
        username: member.username,
        email: `${member.username}@yusr.example.org.sa`,
        password,
        provider: 'local',
        confirmed: true,
        blocked: false,
        role: role.id,
        fullNameAr: member.fullNameAr,
        fullNameEn: member.fullNameEn,
      });
    remember(member.role, created.id);
  }
  return { first, committee };
};

/** Every Wasl table, link tables first; users, roles and Strapi's own tables are kept. */
const clearWaslTables = async (strapi: Core.Strapi) => {
  const knex = strapi.db.connection;
  const tables: string[] =
    strapi.db.dialect.client === 'postgres'
      ? (
          await knex.raw(
            "select tablename as name from pg_tables where schemaname = current_schema() and tablename like 'wasl\\_%'",
          )
        ).rows.map((r: { name: string }) => r.name)
      : (
          await knex.raw("select name from sqlite_master where type = 'table' and name like 'wasl\\_%' escape '\\'")
        ).map((r: { name: string }) => r.name);
  // P1: the audit log is append-only (its triggers would refuse the delete): it keeps its rows and records the reset.
  const cleared = tables.filter((t) => t !== AUDIT_TABLE);
  const ordered = [...cleared.filter((t) => t.endsWith('_lnk')), ...cleared.filter((t) => !t.endsWith('_lnk'))];
  await strapi.db.transaction(async ({ trx }) => {
    for (const table of ordered) await trx(table).delete();
    await getService(strapi, 'audit').record({
      actor: null,
      action: 'seed_reset',
      resource: 'demo',
      summary: { tables: ordered.length },
    });
  });
};

const seedCatalogue = async (ctx: SeedContext, members: number[]) => {
  const committees = new Map<string, number>();
  for (const committee of YUSR_COMMITTEES) {
    const row = await insert(ctx, 'committee', {
      ...committee,
      members: committee.type === 'follow_up' ? [ctx.staff.follow_up_committee, ctx.staff.manager] : members,
      active: true,
    });
    committees.set(committee.key, row.id);
  }
  const services: SeedService[] = [];
  for (const [index, service] of YUSR_SERVICES.entries()) {
    const row = await insert(ctx, 'service', {
      ...service,
      committee: committees.get(service.committee),
      published: true,
      sortOrder: index + 1,
      needsResearch: true,
    });
    services.push({
      ...row,
      key: service.key,
      requiredDocuments: service.requiredDocuments,
      slaDays: null,
      slaUnit: null,
      committeeId: committees.get(service.committee) as number,
    });
  }
  return services;
};

/**
 * PD1, PD4, MC2, ALL-TOOLS: the published policy with its board approval, the beneficiary's guide and the
 * officer's tools. Published through the document service, so the publishing middleware checks and
 * snapshots them like any other publish (cms/services/policy-publishing.ts). The policy text names no
 * earlier version, so none is invented.
 */
const seedPolicies = async (strapi: Core.Strapi) => {
  const docs = strapi.documents('plugin::wasl.policy-document');
  await docs.create({ data: YUSR_POLICY as never, status: 'published' });
  await docs.create({ data: YUSR_USER_GUIDE as never, status: 'published' });
  for (const tool of OFFICER_TOOLS)
    await docs.create({ data: { ...tool, versionNumber: 1, isOfficerTool: true } as never, status: 'published' });
};

export const seedDemoData = async (
  strapi: Core.Strapi,
  options: { reset: boolean; log: Log },
): Promise<SeedSummary> => {
  if (!options.reset && (await strapi.db.query('plugin::wasl.association-profile').count())) {
    options.log('an association profile exists: demo not loaded');
    return { skipped: true };
  }
  // Read before anything is written or cleared, so a missing password leaves the database as it was.
  const password = demoPassword();
  if (options.reset) {
    await clearWaslTables(strapi);
    options.log('cleared the Wasl tables');
  }
  const { first: staff, committee } = await ensureDemoUsers(strapi, password);
  const now = new Date();
  const holidays = saudiHolidays([1447, 1448]);
  const calendar: WorkingCalendar = {
    weekendDays: YUSR_PROFILE.weekendDays,
    holidays,
    workdayStart: YUSR_PROFILE.workdayStart,
    workdayEnd: YUSR_PROFILE.workdayEnd,
  };
  const ctx: SeedContext = { strapi, random: seededRandom(1448), now, calendar, staff, committee };
  const tracking = getService(strapi, 'tracking');
  const summary = await strapi.db.transaction(async () => {
    await insert(ctx, 'association-profile', YUSR_PROFILE);
    await ensureLists(strapi, YUSR_CHANNELS);
    const branches: Row[] = [];
    for (const branch of YUSR_BRANCHES) branches.push(await insert(ctx, 'branch', { ...branch, active: true }));
    for (const holiday of holidays) await insert(ctx, 'holiday', holiday);
    const services = await seedCatalogue(ctx, committee);
    const people = [];
    for (let i = 0; i < BENEFICIARIES; i += 1) {
      const person = demoBeneficiary(ctx.random, i, now);
      const branchId = ctx.random.pick(branches).id;
      const consentAt = new Date(now.getTime() - ctx.random.int(30, 400) * 86_400_000);
      const row = await insert(ctx, 'beneficiary', {
        ...person,
        branch: branchId,
        consentAt,
        searchKey: beneficiarySearchKey(person),
        city: 'جدة',
      });
      people.push({ row, person, branchId });
    }
    const journeys = await seedRequests(
      ctx,
      people,
      services,
      { slaDays: YUSR_PROFILE.defaultSlaDays, slaUnit: YUSR_PROFILE.defaultSlaUnit as SlaUnit },
      (at) => tracking.next('request', at),
    );
    const complaints = await seedComplaints(
      ctx,
      people,
      YUSR_PROFILE.complaintSlaDays,
      (kind: TrackingKind, at: Date) => tracking.next(kind, at),
    );
    const visits = await seedVisits(
      ctx,
      branches.map((b) => b.id),
    );
    const served = (
      await strapi.db.query('plugin::wasl.service-request').findMany({
        where: { status: 'closed' },
        populate: {
          beneficiary: { select: ['id', 'email'] },
          service: { select: ['id'] },
          branch: { select: ['id'] },
        },
      })
    ).map(
      (r: {
        id: number;
        beneficiary: { id: number; email: string | null };
        service: { id: number } | null;
        branch: { id: number } | null;
        closedAt: string;
      }) => ({
        request: r.id,
        beneficiary: r.beneficiary.id,
        email: Boolean(r.beneficiary.email),
        service: r.service?.id ?? null,
        branch: r.branch?.id ?? null,
        at: new Date(r.closedAt),
      }),
    );
    const surveys = await seedSurveys(
      ctx,
      services.map((s) => {
        const named = YUSR_SERVICES.find((y) => y.key === s.key);
        return { id: s.id, key: s.key, nameAr: named?.nameAr ?? s.key, nameEn: named?.nameEn ?? s.key };
      }),
      served,
      people
        .filter((p) => p.person.email)
        .slice(0, 30)
        .map((p) => ({ beneficiary: p.row.id, branch: p.branchId ?? null })),
    );
    await seedOffice(
      ctx,
      branches.map((b) => b.id),
    );
    return {
      beneficiaries: people.length,
      branches: branches.length,
      services: services.length,
      holidays: holidays.length,
      ...journeys,
      ...complaints,
      ...visits,
      ...surveys,
    };
  });
  await seedPolicies(strapi);
  options.log(`loaded the demo association (${YUSR_PROFILE.nameEn}, ${hijriYear(now)} AH)`);
  return summary;
};
