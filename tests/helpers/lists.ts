/** Lists through the simple-rest contract, their Content-Range total, and the audit rows a read left. */
import { http, loginAs, type Reply } from './api';

export type Rec = Record<string, unknown> & { id: string };
export type AuditRow = {
  id: string;
  action: string;
  resource: string;
  recordId: string | null;
  actorRole: string;
  actorId: number | null;
  summary: Record<string, unknown>;
};

export const list = (token: string, resource: string, query: Record<string, unknown> = {}): Promise<Reply<Rec[]>> =>
  http<Rec[]>('GET', `/api/wasl/${resource}`, { token, query });

/** The total of a Content-Range header (`resource start-end/total`). */
export const totalOf = (reply: Reply): number =>
  Number(/\/(\d+)$/.exec(reply.headers.get('content-range') ?? '')?.[1] ?? NaN);

/** The Content-Range total of a filtered list, one row fetched. */
export const countAs = async (
  token: string,
  resource: string,
  filter: Record<string, unknown> = {},
): Promise<number> => {
  const reply = await list(token, resource, { filter, range: [0, 0] });
  if (reply.status !== 200) throw new Error(`${resource}: ${reply.status} ${JSON.stringify(reply.body)}`);
  return totalOf(reply);
};

/** The newest audit rows with these fields, read through the API as the manager. */
export const auditRows = async (filter: Record<string, unknown>): Promise<AuditRow[]> => {
  const reply = await http<AuditRow[]>('GET', '/api/wasl/audit-logs', {
    token: await loginAs('manager'),
    query: { filter, sort: ['id', 'DESC'], range: [0, 49] },
  });
  if (reply.status !== 200) throw new Error(`audit-logs: ${reply.status} ${JSON.stringify(reply.body)}`);
  return reply.body;
};
