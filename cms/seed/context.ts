/** What every part of the demo loader shares: the app, the random source, the clock and the staff. */
import type { Core, UID } from '@strapi/strapi';
import type { Random } from './people';
import type { WorkingCalendar } from '../domain/sla-calendar';
import type { StaffRole } from '../constants/roles';

export type Row = { id: number; documentId: string } & Record<string, unknown>;

export type SeedContext = {
  strapi: Core.Strapi;
  random: Random;
  now: Date;
  calendar: WorkingCalendar;
  staff: Record<StaffRole, number>;
  /** Every committee member's user id (the demo committees' members). */
  committee: number[];
};

const HOUR = 3600_000;

/** Inserts through the query engine: no document-service overhead, relations by numeric id. */
export const insert = async (ctx: SeedContext, name: string, data: Record<string, unknown>): Promise<Row> =>
  (await ctx.strapi.db.query(`plugin::wasl.${name}` as UID.Schema).create({ data })) as Row;

/** A Riyadh working-hours instant `daysAgo` days before now (09:00–14:59 Riyadh). */
export const workingInstant = (ctx: SeedContext, daysAgo: number): Date => {
  const day = new Date(ctx.now.getTime() - daysAgo * 24 * HOUR);
  day.setUTCHours(6 + ctx.random.int(0, 5), ctx.random.int(0, 59), 0, 0);
  return day;
};

/** Step times after a start, squeezed so the last one is never in the future. */
export const stepTimes = (ctx: SeedContext, start: Date, steps: number): Date[] => {
  const offsets: number[] = [];
  let total = 0;
  for (let i = 0; i < steps; i += 1) {
    total += ctx.random.int(2, 70) * HOUR;
    offsets.push(total);
  }
  const room = ctx.now.getTime() - HOUR - start.getTime();
  const scale = total > room ? Math.max(room, 0) / total : 1;
  return offsets.map((offset) => new Date(start.getTime() + offset * scale));
};
