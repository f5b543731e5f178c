/**
 * P1: a Strapi super admin reading Wasl records through the content manager (/admin's
 * `/content-manager/collection-types/plugin::wasl.*`, a list page or one record) leaves an audit entry,
 * like a staff member's sensitive read does: who (the admin user's id, role `strapi_admin`), what
 * (the resource and the record ids returned), never the values.
 *
 * A document-service middleware rather than a Koa one: it sees which content type was read and the rows
 * returned, whatever route of the content manager asked; the request context says who asked and why.
 */
import type { Core } from '@strapi/strapi';
import { getService } from '../utils/services';

const READS = new Set(['findMany', 'findOne', 'findFirst']);
// A list page is at most a few hundred rows (content manager's pageSize ≤ 100); the cap keeps one entry bounded.
const MAX_IDS = 500;

type RequestState = { path?: string; request?: { ip?: string }; state?: { user?: { id?: number }; auth?: { strategy?: { name?: string } } } };
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

export const registerAdminReadAudit = (strapi: Core.Strapi): void => {
  strapi.documents.use(async (ctx, next) => {
    const result = await next();
    if (!ctx.uid.startsWith('plugin::wasl.') || !READS.has(ctx.action)) return result;
    const reader = adminReader(strapi);
    if (!reader) return result;
    const ids = idsOf(result);
    const resource = ctx.contentType.info.pluralName;
    // Fail closed: when the entry cannot be written, the read does not answer either.
    await getService(strapi, 'audit').record({
      actor: { id: reader.id, role: 'strapi_admin', ip: reader.ip },
      action: 'read_sensitive',
      resource,
      recordId: ctx.action === 'findMany' ? null : ids[0] ?? null,
      summary: { via: 'content-manager', operation: ctx.action, count: ids.length, ids: ids.slice(0, MAX_IDS) },
    });
    return result;
  });
};
