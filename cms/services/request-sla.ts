/**
 * H7 for service requests: each deadline is replayed from the request's event log under the current
 * calendar. The stored `dueAt` is only the replay's result, kept so queues filter and sort in SQL;
 * it is rewritten on every move and, for every open request, whenever an admin changes the
 * holidays, the working week or a deadline setting.
 */
import type { Core } from '@strapi/strapi';
import { REQUEST_CLOCK, type RequestStatus } from '../domain/request-journey';
import {
  replayClock,
  slaStateOf,
  type ClockEvent,
  type SlaClock,
  type SlaSetting,
  type SlaState,
} from '../domain/sla-state';
import type { WorkingCalendar } from '../domain/sla-calendar';
import { dateOf, runningClockConditions } from './sla-query';
import { getService } from '../utils/services';

type ServiceSla = { slaDays?: number | null; slaUnit?: SlaSetting['unit'] | null };
type OpenRequest = { id: number; dueAt: string | null; service: ServiceSla | null };
type EventRow = { toStatus: string; at: string; request: { id: number } };

const REQUEST = 'plugin::wasl.service-request';
const BATCH = 500;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const calendarService = () => getService(strapi, 'calendar');

  /** Events of many requests at once, oldest first, grouped by request. */
  const historyOf = async (ids: number[]): Promise<Map<number, ClockEvent[]>> => {
    const rows = (await strapi.db.query('plugin::wasl.request-event').findMany({
      where: { request: { id: { $in: ids } } },
      select: ['id', 'toStatus', 'at'],
      populate: { request: { select: ['id'] } },
      orderBy: [{ at: 'asc' }, { id: 'asc' }],
    })) as EventRow[];
    const byRequest = new Map<number, ClockEvent[]>(ids.map((id) => [id, []]));
    for (const row of rows) byRequest.get(row.request.id)?.push({ toStatus: row.toStatus, at: new Date(row.at) });
    return byRequest;
  };

  return {
    /** The clock of one request from its history, plus the move about to be written if any. */
    async clockAfter(
      request: { id: number; service: ServiceSla },
      next: ClockEvent | null,
      calendar: WorkingCalendar,
    ): Promise<SlaClock> {
      const history = (await historyOf([request.id])).get(request.id) ?? [];
      const setting = await calendarService().slaFor(request.service);
      return replayClock(next ? [...history, next] : history, setting, calendar, REQUEST_CLOCK);
    },

    /**
     * Re-times every request whose clock runs, after a calendar or deadline change. Runs inside the
     * caller's transaction so the change and its consequences land together. Returns how many moved.
     */
    async retimeOpen(): Promise<number> {
      const calendar: WorkingCalendar = await calendarService().load();
      const defaults: SlaSetting = await calendarService().defaults();
      let moved = 0;
      for (let offset = 0; ; offset += BATCH) {
        const open = (await strapi.db.query(REQUEST).findMany({
          where: { status: { $in: REQUEST_CLOCK.running } },
          select: ['id', 'dueAt'],
          populate: { service: { select: ['slaDays', 'slaUnit'] } },
          orderBy: { id: 'asc' },
          offset,
          limit: BATCH,
        })) as OpenRequest[];
        if (open.length === 0) return moved;
        const histories = await historyOf(open.map((r) => r.id));
        for (const request of open) {
          const setting = await calendarService().slaFor(request.service ?? {}, defaults);
          const clock = replayClock(histories.get(request.id) ?? [], setting, calendar, REQUEST_CLOCK);
          const dueAt = clock.dueAt?.toISOString() ?? null;
          if (dueAt === (request.dueAt ? new Date(request.dueAt).toISOString() : null)) continue;
          await strapi.db.query(REQUEST).update({ where: { id: request.id }, data: { dueAt } });
          moved += 1;
        }
      }
    },

    /** The flag each record shows, computed by the server at read time (on time, due soon, overdue…). */
    async stateOf(
      records: { status: string; dueAt?: unknown; completedAt?: unknown; slaMet?: unknown }[],
      now = new Date(),
    ): Promise<SlaState[]> {
      const dueSoonBefore = await calendarService().dueSoonBefore(now);
      return records.map((r) =>
        slaStateOf(
          {
            status: r.status as RequestStatus,
            dueAt: dateOf(r.dueAt),
            completedAt: dateOf(r.completedAt),
            slaMet: typeof r.slaMet === 'boolean' ? r.slaMet : null,
          },
          REQUEST_CLOCK,
          now,
          dueSoonBefore,
        ),
      );
    },

    /** The SQL conditions matching any of the flags, so queues filter and count in the database. */
    async conditionsFor(states: readonly SlaState[], now = new Date()): Promise<Record<string, unknown>> {
      const soon = await calendarService().dueSoonBefore(now);
      const conditions: Record<SlaState, Record<string, unknown>> = {
        ...runningClockConditions(REQUEST_CLOCK.running, now, soon),
        paused: { $and: [{ status: { $in: REQUEST_CLOCK.paused } }, { completedAt: { $notNull: true } }] },
        not_started: { $and: [{ status: { $in: REQUEST_CLOCK.notStarted } }, { completedAt: { $null: true } }] },
        met: { slaMet: { $eq: true } },
        missed: { slaMet: { $eq: false } },
        none: {
          $and: [
            { status: { $notIn: [...REQUEST_CLOCK.running, ...REQUEST_CLOCK.notStarted] } },
            { slaMet: { $null: true } },
          ],
        },
      };
      return { $or: states.map((state) => conditions[state]) };
    },
  };
};
