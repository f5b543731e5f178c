/**
 * The audit screen's "from" and "to" dates are whole days in the browser's time zone (the association's
 * office), sent to the server as instants: from the first millisecond of "from" to the last of "to".
 */
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export const startOfDayIso = (value: unknown): unknown =>
  typeof value === 'string' && DAY.test(value) ? new Date(`${value}T00:00:00.000`).toISOString() : value;

export const endOfDayIso = (value: unknown): unknown =>
  typeof value === 'string' && DAY.test(value) ? new Date(`${value}T23:59:59.999`).toISOString() : value;
