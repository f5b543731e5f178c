/**
 * CM4, MC10: the queue's due-soon / overdue flags for complaints, computed by the server with the same
 * pure function and calendar as service requests (cms/domain/sla-state), and filterable in SQL through
 * the record adapter: GET /api/wasl/complaints?filter={"slaState":["overdue","due_soon"]}.
 */
import type { Core } from '@strapi/strapi';
import { slaStateOf, type ClockRules, type SlaState } from '../domain/sla-state';
import type { RecordHook } from './record-hooks';

/** The clock runs while the association owes an answer; it pauses while waiting on the complainant. */
export const COMPLAINT_CLOCK: ClockRules = {
  running: ['received', 'assigned', 'in_progress', 'reopened'],
  paused: ['awaiting_complainant'],
  stopping: ['resolved', 'closed'],
  notStarted: [],
};

const FILTERABLE: readonly SlaState[] = ['overdue', 'due_soon', 'on_time', 'paused'];

const date = (v: unknown) => (typeof v === 'string' || v instanceof Date ? new Date(v) : null);

const dueSoonBefore = (strapi: Core.Strapi, now: Date): Promise<Date> => strapi.plugin('wasl').service('calendar').dueSoonBefore(now);

const conditionsFor = (state: SlaState, now: Date, soon: Date): Record<string, unknown> => {
  const running = { status: { $in: COMPLAINT_CLOCK.running } };
  const at = now.toISOString();
  const until = soon.toISOString();
  return {
    overdue: { $and: [running, { dueAt: { $lt: at } }] },
    due_soon: { $and: [running, { dueAt: { $gte: at } }, { dueAt: { $lte: until } }] },
    on_time: { $and: [running, { $or: [{ dueAt: { $gt: until } }, { dueAt: { $null: true } }] }] },
    paused: { status: { $in: COMPLAINT_CLOCK.paused } },
  }[state as 'overdue'];
};

export const complaintSlaHook: Pick<RecordHook, 'decorate' | 'computedFilters'> = {
  async decorate(strapi, records) {
    const now = new Date();
    const soon = await dueSoonBefore(strapi, now);
    for (const r of records) {
      const dueAt = date(r.dueAt);
      const resolvedAt = date(r.resolvedAt);
      const slaMet = resolvedAt && dueAt ? resolvedAt.getTime() <= dueAt.getTime() : null;
      r.slaState = slaStateOf({ status: String(r.status), dueAt, completedAt: date(r.receivedAt), slaMet }, COMPLAINT_CLOCK, now, soon);
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
