/**
 * P1: a Strapi super admin reading Wasl records through the content manager (/admin's
 * `/content-manager/collection-types/plugin::wasl.*`, a list page or one record) leaves an audit entry,
 * like a staff member's sensitive read does: who (the admin user's id, role `strapi_admin`), what
 * (the resource and the record ids returned), never the values.
 *
 * A document-service middleware for the list and record views: it sees which content type was read and the
 * rows returned, whatever route of the content manager asked; the request context says who asked. The
 * relation pickers (`/content-manager/relations/…`) read through db.query instead, and show the target's
 * main field (a beneficiary's is its national ID), so a Koa middleware records those from the response.
 */
import type { Core } from '@strapi/strapi';
import { getService } from '../utils/services';

const READS = new Set(['findMany', 'findOne', 'findFirst']);
// A list page is at most a few hundred rows (content manager's pageSize ≤ 100); the cap keeps one entry bounded.
const MAX_IDS = 500;

type RequestState = {
  path?: string;
  request?: { ip?: string };
  state?: { user?: { id?: number }; auth?: { strategy?: { name?: string } } };
};
type Doc = { documentId?: string };

const adminReader = (strapi: Core.Strapi): { id: number; ip?: string } | null => {
  const ctx = strapi.requestContext.get() as RequestState | undefined;
  if (!ctx?.path?.startsWith('/content-manager/')) return null;
  if (ctx.state?.auth?.strategy?.name !== 'admin' || typeof ctx.state.user?.id !== 'number') return null;
  return { id: ctx.state.user.id, ip: ctx.request?.ip };
};

const idsOf = (result: unknown): string[] =>
  (Array.isArray(result) ? result : result ? [result] : [])
    .map((doc: Doc) => doc?.documentId)
    .filter((id): id is string => typeof id === 'string');

const RELATIONS = /^\/content-manager\/relations\/([^/]+)\/(?:[^/]+\/)?([^/]+)$/;

type KoaContext = RequestState & { method: string; status: number; body?: { results?: unknown } };
type Model = { attributes: Record<string, { target?: string }> };

/** The content type a relation picker lists, when it is one of Wasl's. */
const relationTarget = (strapi: Core.Strapi, path: string): string | null => {
  const [, model, field] = RELATIONS.exec(path) ?? [];
  if (!model || !field) return null;
  const source = strapi.getModel(decodeURIComponent(model) as never) as Model | undefined;
  const target = source?.attributes[decodeURIComponent(field)]?.target;
  return target?.startsWith('plugin::wasl.') ? target : null;
};

const record = (
  strapi: Core.Strapi,
  reader: { id: number; ip?: string },
  resource: string,
  operation: string,
  recordId: string | null,
  ids: string[],
) =>
  getService(strapi, 'audit').record({
    actor: { id: reader.id, role: 'strapi_admin', ip: reader.ip },
    action: 'read_sensitive',
    resource,
    recordId,
    summary: { via: 'content-manager', operation, count: ids.length, ids: ids.slice(0, MAX_IDS) },
  });

export const registerAdminReadAudit = (strapi: Core.Strapi): void => {
  // Registered before Strapi's own middlewares, so it runs around the admin routes and sees their answer.
  strapi.server.use(async (ctx: KoaContext, next: () => Promise<unknown>) => {
    await next();
    if (ctx.method !== 'GET' || ctx.status !== 200 || !ctx.path?.startsWith('/content-manager/relations/')) return;
    const target = relationTarget(strapi, ctx.path);
    const reader = target ? adminReader(strapi) : null;
    if (!target || !reader) return;
    const resource = (strapi.getModel(target as never) as unknown as { info: { pluralName: string } }).info.pluralName;
    await record(strapi, reader, resource, 'relations', null, idsOf(ctx.body?.results));
  });

  strapi.documents.use(async (ctx, next) => {
    const result = await next();
    if (!ctx.uid.startsWith('plugin::wasl.') || !READS.has(ctx.action)) return result;
    const reader = adminReader(strapi);
    if (!reader) return result;
    const ids = idsOf(result);
    const resource = ctx.contentType.info.pluralName;
    // Fail closed: when the entry cannot be written, the read does not answer either.
    await record(strapi, reader, resource, ctx.action, ctx.action === 'findMany' ? null : (ids[0] ?? null), ids);
    return result;
  });
};
