/** The statistics API (cms/services/stats.ts) as the tests call it, and the rows they create for it. */
import { http, loginAs, type Reply } from './api';
import { db } from './db';

type Role = Parameters<typeof loginAs>[0];

export const stats = async <T = Record<string, unknown>>(
  figure: 'visitors' | 'complaints' | 'requests-sla' | 'satisfaction' | 'escalations',
  query: Record<string, string | number> = {},
  role: Role = 'manager',
): Promise<Reply<T>> =>
  http<T>('GET', `/api/wasl/stats/${figure}`, {
    token: await loginAs(role),
    query: Object.fromEntries(Object.entries(query).map(([k, v]) => [k, String(v)])),
  });

/** A branch of the test's own (so its figures hold only the test's rows): its documentId and numeric id. */
export const newBranch = async (code: string, nameAr: string): Promise<{ documentId: string; id: number }> => {
  const res = await http<{ id: string }>('POST', '/api/wasl/branches', {
    token: await loginAs('association_admin'),
    body: { code, nameAr, active: true },
  });
  if (res.status !== 201) throw new Error(`branch: ${res.status} ${JSON.stringify(res.body)}`);
  const row = (await db()('wasl_branches').where({ document_id: res.body.id }).first()) as { id: number };
  return { documentId: res.body.id, id: Number(row.id) };
};

/** Today in Asia/Riyadh as YYYY-MM-DD, and n days before it. */
export const riyadhDay = (daysAgo = 0): string =>
  new Date(Date.now() + 3 * 3_600_000 - daysAgo * 86_400_000).toISOString().slice(0, 10);

/** Rows of a result, whichever driver answered (pg: { rows }, better-sqlite3: the array). */
export const rowsOf = <T>(result: unknown): T[] =>
  (Array.isArray(result) ? result : ((result as { rows?: T[] }).rows ?? [])) as T[];

/** A datetime column's value as the driver returns it (Date, epoch ms or ISO text), as a Date. */
export const instant = (value: unknown): Date =>
  value instanceof Date ? value : new Date(typeof value === 'number' ? value : String(value));

/** The Riyadh calendar day of an instant, computed by the test itself (UTC+3, no DST). */
export const riyadhDayOf = (value: unknown): string =>
  new Date(instant(value).getTime() + 3 * 3_600_000).toISOString().slice(0, 10);

/** A datetime as a raw INSERT writes it: epoch ms on SQLite (as Strapi does), UTC text on PostgreSQL. */
export const rawInstant = (client: 'sqlite' | 'postgres', iso: string): string | number =>
  client === 'postgres' ? iso.replace('T', ' ').replace('Z', '') : Date.parse(iso);

let rawSequence = 0;
/** A row id nobody else uses for documentId and tracking numbers. */
export const rawKey = (prefix: string): string =>
  `${prefix}${Date.now().toString(36)}${(rawSequence += 1).toString(36)}`.slice(0, 24);

/** The numeric id of an inserted row on both drivers (pg answers [{ id }], better-sqlite3 [id]). */
export const insertedId = (result: unknown[]): number => {
  const first = result[0] as number | { id: number };
  return Number(typeof first === 'object' ? first.id : first);
};
