/**
 * CM5, S5: the escalation job raises overdue complaints to management once per deadline, and its
 * messages leave in working hours only. The job's clock is the file the harness names
 * (WASL_ESCALATION_CLOCK_FILE): the test decides when the job runs and what time it believes it is.
 */
import fs from 'fs';
import { Client } from 'pg';
import { http, loginAs } from '../helpers/api';
import { closeDb, db } from '../helpers/db';
import { readTestServer } from '../helpers/server-env';
import { staffIntake, step } from '../helpers/complaints';
import { isWithinWorkingHours, nextWorkingInstant } from '../../cms/domain/working-hours';
import { DEFAULT_CALENDAR, type WorkingCalendar } from '../../cms/domain/sla-calendar';
import { ESCALATION_LOCK_KEY } from '../../cms/services/complaint-escalation';

const DAY = 86_400_000;
const server = readTestServer();
const clockFile = server.escalationClockFile as string;

const setClock = (at: Date) => fs.writeFileSync(clockFile, at.toISOString());
const stopClock = () => fs.rmSync(clockFile, { force: true });

const calendar = async (): Promise<WorkingCalendar> => {
  const res = await http<{ startDate: string; endDate: string }[]>('GET', '/api/wasl/holidays', {
    token: await loginAs('manager'),
    query: { range: [0, 99] },
  });
  return { ...DEFAULT_CALENDAR, holidays: res.body.map((h) => ({ startDate: h.startDate, endDate: h.endDate })) };
};

/** The next Riyadh instant after `after` on weekday `weekday` (0 = Sunday) at hh:mm. */
const nextRiyadh = (after: Date, weekday: number, hh: number, mm: number): Date => {
  for (let t = after.getTime(); ; t += DAY) {
    const day = new Date(t + 3 * 3600_000);
    if (day.getUTCDay() !== weekday) continue;
    const at = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hh - 3, mm));
    if (at > after) return at;
  }
};

const waitFor = async <T>(probe: () => Promise<T | null | undefined>, ms = 50_000): Promise<T> => {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting for the escalation job');
    await new Promise((r) => setTimeout(r, 150));
  }
};

const escalated = (trackingNumber: string) => async () => {
  const row = await db()('wasl_complaints').where({ tracking_number: trackingNumber }).first();
  return row && Number(row.escalation_level) > 0 ? row : null;
};

const managerEmail = async () =>
  (await http<{ email: string }>('GET', '/api/users/me', { token: await loginAs('manager') })).body.email;
/** Every active manager (other test files may have created more), read from the database, sorted. */
const activeManagers = async (): Promise<string[]> => {
  const rows = await db()('up_users as u')
    .join('up_users_role_lnk as l', 'l.user_id', 'u.id')
    .join('up_roles as r', 'r.id', 'l.role_id')
    .where('r.type', 'manager')
    .andWhere((q) => q.where('u.blocked', false).orWhereNull('u.blocked'))
    .select('u.email');
  return rows.map((r: { email: string }) => r.email).sort();
};

// The job may first work through every complaint other test files left overdue at the chosen clock.
jest.setTimeout(60_000);
afterEach(stopClock);
afterAll(closeDb);

describe('escalation job', () => {
  it('[ESR-S5] [HRF-CM5] escalates an overdue complaint at midnight on Friday but holds the message until the next working hour', async () => {
    const c = (await staffIntake({ category: 'facilities' })).body;
    const friday = nextRiyadh(new Date(new Date(c.dueAt as string).getTime() + DAY), 5, 0, 30);
    setClock(friday);
    const row = await waitFor(escalated(c.trackingNumber));
    expect(Number(row.escalation_level)).toBe(1);
    const messages = await db()('wasl_notifications').where({ related_id: c.id, template: 'complaint_escalated' });
    const managers = await activeManagers();
    expect(managers).toContain(await managerEmail());
    expect(messages.map((m) => m.recipient).sort()).toEqual(managers);
    const sendAt = new Date(messages[0].next_attempt_at);
    expect(sendAt.getTime()).toBe(nextWorkingInstant(friday, await calendar()).getTime());
    expect(isWithinWorkingHours(sendAt, await calendar())).toBe(true);
    expect(sendAt.getTime()).toBeGreaterThan(friday.getTime() + DAY);
    expect(messages[0].status).toBe('pending');
    const log = await db()('wasl_complaint_actions')
      .join('wasl_complaint_actions_complaint_lnk as l', 'l.complaint_action_id', 'wasl_complaint_actions.id')
      .where({ 'l.complaint_id': row.id, kind: 'escalation' });
    expect(log).toHaveLength(1);
  });

  it('[ESR-S5] tells management at once in working hours, and only once per deadline', async () => {
    const c = (await staffIntake({ category: 'facilities' })).body;
    const tuesday = nextRiyadh(new Date(new Date(c.dueAt as string).getTime() + DAY), 2, 10, 15);
    const cal = await calendar();
    const at = isWithinWorkingHours(tuesday, cal) ? tuesday : nextWorkingInstant(tuesday, cal);
    setClock(at);
    await waitFor(escalated(c.trackingNumber));
    await new Promise((r) => setTimeout(r, 1200));
    const row = await db()('wasl_complaints').where({ tracking_number: c.trackingNumber }).first();
    expect(Number(row.escalation_level)).toBe(1);
    const messages = await db()('wasl_notifications').where({ related_id: c.id, template: 'complaint_escalated' });
    // Once per deadline: one message to each active manager, all due at once.
    expect(messages.map((m) => m.recipient).sort()).toEqual(await activeManagers());
    expect(messages.every((m) => new Date(m.next_attempt_at).getTime() === at.getTime())).toBe(true);
  });

  it('[ESR-S5] leaves alone a complaint not yet due, and one waiting on the complainant', async () => {
    const c = (await staffIntake({ category: 'facilities' })).body;
    const waiting = (await staffIntake({ category: 'facilities' })).body;
    await step('follow_up_committee', waiting.id, 'assign', { department: 'الشؤون الإدارية' });
    await step('follow_up_committee', waiting.id, 'act', {
      kind: 'call_made',
      body: 'ننتظر رد المستفيد',
      awaitComplainant: true,
    });
    const level = async (trackingNumber: string) =>
      Number((await db()('wasl_complaints').where({ tracking_number: trackingNumber }).first()).escalation_level);
    setClock(new Date(new Date(c.dueAt as string).getTime() - 3600_000));
    await new Promise((r) => setTimeout(r, 1200));
    expect(await level(c.trackingNumber)).toBe(0);
    setClock(new Date(new Date(waiting.dueAt as string).getTime() + 30 * DAY));
    await waitFor(escalated(c.trackingNumber));
    expect(await level(waiting.trackingNumber)).toBe(0);
  });

  (server.client === 'postgres' ? it : it.skip)(
    '[HRF-CM5] with several instances only the holder of the advisory lock escalates (PostgreSQL)',
    async () => {
      const c = (await staffIntake({ category: 'facilities' })).body;
      const other = new Client({ connectionString: server.database });
      await other.connect();
      try {
        await other.query('select pg_advisory_lock($1)', [ESCALATION_LOCK_KEY]);
        setClock(new Date(new Date(c.dueAt as string).getTime() + 7 * DAY));
        await new Promise((r) => setTimeout(r, 1500));
        expect(
          Number((await db()('wasl_complaints').where({ tracking_number: c.trackingNumber }).first()).escalation_level),
        ).toBe(0);
        await other.query('select pg_advisory_unlock($1)', [ESCALATION_LOCK_KEY]);
        await waitFor(escalated(c.trackingNumber));
      } finally {
        await other.end();
      }
    },
  );
});
