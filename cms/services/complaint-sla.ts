/**
 * CM4, MC10: the queue's due-soon / overdue flags for complaints, computed by the server with the same
 * pure function and calendar as service requests (cms/domain/sla-state), and filterable in SQL through
 * the record adapter: GET /api/wasl/complaints?filter={"slaState":["overdue","due_soon"]}.
 */
import type { Core } from '@strapi/strapi';
import { slaStateOf, type SlaState } from '../domain/sla-state';
import { COMPLAINT_CLOCK, complaintDueAt } from '../domain/complaint-sla';
import type { RecordHook } from './record-hooks';
import { dateOf, runningClockConditions } from './sla-query';
import { getService } from '../utils/services';

const FILTERABLE: readonly SlaState[] = ['overdue', 'due_soon', 'on_time', 'paused'];

const dueSoonBefore = (strapi: Core.Strapi, now: Date): Promise<Date> =>
  getService(strapi, 'calendar').dueSoonBefore(now);

const conditionsFor = (state: SlaState, now: Date, soon: Date): Record<string, unknown> =>
  ({
    ...runningClockConditions(COMPLAINT_CLOCK.running, now, soon),
    paused: { status: { $in: COMPLAINT_CLOCK.paused } },
  })[state as 'overdue'];

export const complaintSlaHook: Pick<RecordHook, 'decorate' | 'computedFilters'> = {
  async decorate(strapi, records) {
    const now = new Date();
    const soon = await dueSoonBefore(strapi, now);
    for (const r of records) {
      const dueAt = dateOf(r.dueAt);
      const resolvedAt = dateOf(r.resolvedAt);
      const slaMet = resolvedAt && dueAt ? resolvedAt.getTime() <= dueAt.getTime() : null;
      r.slaState = slaStateOf(
        { status: String(r.status), dueAt, completedAt: dateOf(r.receivedAt), slaMet },
        COMPLAINT_CLOCK,
        now,
        soon,
      );
    }
  },
  computedFilters: {
    async slaState(strapi, value) {
      const states = Array.isArray(value) ? value : [value];
      if (states.length === 0 || !states.every((v) => (FILTERABLE as readonly unknown[]).includes(v))) return null;
      const now = new Date();
      const soon = await dueSoonBefore(strapi, now);
      return { $or: states.map((state) => conditionsFor(state as SlaState, now, soon)) };
    },
  },
};

const BATCH = 500;
type OpenComplaint = {
  id: number;
  category: string;
  receivedAt: string;
  reopenedAt: string | null;
  dueAt: string | null;
  pausedWorkingDays: number | null;
};

/**
 * CM4: when an admin changes the holidays, the working week or the complaint deadlines, every open
 * complaint's deadline is recomputed from when its clock started (received, or reopened).
 */
export const retimeOpenComplaints = async (strapi: Core.Strapi): Promise<number> => {
  const calendar = await getService(strapi, 'calendar').load();
  const setting = await getService(strapi, 'calendar').complaintSla();
  let moved = 0;
  for (let offset = 0; ; offset += BATCH) {
    const open = (await strapi.db.query('plugin::wasl.complaint').findMany({
      where: { status: { $in: [...COMPLAINT_CLOCK.running, ...COMPLAINT_CLOCK.paused] } },
      select: ['id', 'category', 'receivedAt', 'reopenedAt', 'dueAt', 'pausedWorkingDays'],
      orderBy: { id: 'asc' },
      offset,
      limit: BATCH,
    })) as OpenComplaint[];
    if (open.length === 0) return moved;
    for (const c of open) {
      const dueAt = complaintDueAt(
        new Date(c.reopenedAt ?? c.receivedAt),
        c.category,
        setting,
        calendar,
        c.pausedWorkingDays ?? 0,
      ).toISOString();
      if (c.dueAt && new Date(c.dueAt).toISOString() === dueAt) continue;
      await strapi.db.query('plugin::wasl.complaint').update({ where: { id: c.id }, data: { dueAt } });
      moved += 1;
    }
  }
};
