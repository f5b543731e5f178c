/**
 * H7, CM4: the queue flags as SQL conditions, shared by every record with a deadline clock (service
 * requests, complaints), so filtering and counting happen in the database, never in memory.
 */

type Conditions = Record<string, unknown>;

/** Overdue, due soon and on time: a running clock compared with now and the due-soon horizon. */
export const runningClockConditions = (
  running: readonly string[],
  now: Date,
  dueSoonBefore: Date,
): Record<'overdue' | 'due_soon' | 'on_time', Conditions> => {
  const isRunning = { status: { $in: running } };
  const at = now.toISOString();
  const soon = dueSoonBefore.toISOString();
  return {
    overdue: { $and: [isRunning, { dueAt: { $lt: at } }] },
    due_soon: { $and: [isRunning, { dueAt: { $gte: at } }, { dueAt: { $lte: soon } }] },
    on_time: { $and: [isRunning, { $or: [{ dueAt: { $gt: soon } }, { dueAt: { $null: true } }] }] },
  };
};

/** A date column as the record adapter returns it (ISO string or Date), or null. */
export const dateOf = (value: unknown): Date | null =>
  typeof value === 'string' || value instanceof Date ? new Date(value) : null;
