/**
 * PD1–PD4: every publish, unpublish and discarded draft of a policy document, whichever path asked —
 * the console's named routes, Strapi's content manager at /admin, the seed — passes one
 * document-service middleware, so /admin cannot bypass the board approval, the version rule or the audit.
 *
 * Strapi's `create` and `update` with `status: 'published'` call the repository's own `publish` directly,
 * not through the middlewares (@strapi/core document-service/repository.js), so they are handled here as
 * publishes too; a plain `publish` is handled once. Everything runs inside the publish's transaction: a
 * refused approval, a changed text or a failed audit entry leaves nothing published and nothing snapshotted.
 */
import type { Core } from '@strapi/strapi';
import { approvalErrors, contentHash, versionConflict, type PolicyDraft } from '../domain/policy-approval';
import { waslError } from '../utils/errors';
import { getService } from '../utils/services';
import type { Actor } from './audit';
import type { StaffActor } from './records';
import { ROLES } from '../constants/roles';

export const POLICY_UID = 'plugin::wasl.policy-document';
export const VERSION_UID = 'plugin::wasl.policy-version';
const RESOURCE = 'policy-documents';
const WRITES = new Set(['publish', 'unpublish', 'discardDraft', 'create', 'update', 'delete']);

type Row = PolicyDraft & {
  id: number;
  documentId: string;
  policyKey: string;
  supersedes?: { documentId?: string } | null;
};
type VersionRow = { id: number; versionNumber: number; contentHash: string | null };
type RequestCtx = {
  path?: string;
  request?: { ip?: string };
  state?: { user?: { id?: number; role?: { type?: string } }; auth?: { strategy?: { name?: string } } };
};
type MiddlewareCtx = { uid: string; action: string; params: Record<string, unknown> };

const SNAPSHOT_FIELDS = [
  'policyKey',
  'kind',
  'versionNumber',
  'titleAr',
  'titleEn',
  'bodyAr',
  'bodyEn',
  'boardMeetingNumber',
  'boardSession',
  'approvalDate',
  'approvalDateHijri',
  'chairName',
  'signatories',
] as const;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const rows = () => strapi.db.query(POLICY_UID);
  const versions = () => strapi.db.query(VERSION_UID);

  /** Who asked: a staff member (console), an admin-panel user (content manager), or nobody (seed, system). */
  const currentActor = (): { actor: Actor | null; via: string } => {
    const ctx = strapi.requestContext.get() as RequestCtx | undefined;
    const user = ctx?.state?.user;
    if (!ctx || typeof user?.id !== 'number') return { actor: null, via: 'system' };
    if (ctx.state?.auth?.strategy?.name === 'admin')
      return { actor: { id: user.id, role: 'strapi_admin', ip: ctx.request?.ip }, via: 'content-manager' };
    return { actor: { id: user.id, role: user.role?.type ?? 'staff', ip: ctx.request?.ip }, via: 'console' };
  };

  const rowOf = async (documentId: string, published: boolean): Promise<Row | null> =>
    (await rows().findOne({
      where: { documentId, publishedAt: published ? { $notNull: true } : { $null: true } },
      populate: { supersedes: { select: ['documentId'] } },
    })) as Row | null;

  const audit = (action: string, documentId: string, versionNumber: number | null | undefined) => {
    const { actor, via } = currentActor();
    return getService(strapi, 'audit').record({
      actor,
      action,
      resource: RESOURCE,
      recordId: documentId,
      summary: { versionNumber: versionNumber ?? null, via },
    });
  };

  /** policyKey names one document (the site's URL): no other document, nor another's live version, holds it. */
  const checkKey = async (documentId: string, policyKey: string | undefined) => {
    if (!policyKey) return;
    const [documents, live] = await Promise.all([
      rows().count({ where: { policyKey, documentId: { $ne: documentId } } }),
      versions().count({ where: { policyKey, policyDocumentId: { $ne: documentId }, withdrawnAt: { $null: true } } }),
    ]);
    if (documents + live > 0) throw waslError('DUPLICATE_VALUE', [{ field: 'policyKey', code: 'DUPLICATE_VALUE' }]);
  };

  /** PD1, PD3: what was just published may be: approved (a policy), a new text only under a new number. */
  const checkPublishable = async (published: Row, draft: Row | null) => {
    const errors = approvalErrors(published);
    if (draft?.supersedes?.documentId === published.documentId)
      errors.push({ field: 'supersedes', code: 'POLICY_SUPERSEDES_ITSELF' });
    if (errors.length) throw waslError('VALIDATION_FAILED', errors);
    const earlier = (await versions().findMany({
      select: ['id', 'versionNumber', 'contentHash'],
      where: { policyDocumentId: published.documentId },
    })) as VersionRow[];
    const conflict = versionConflict(published, earlier);
    if (conflict?.code === 'POLICY_VERSION_TEXT_CHANGED')
      throw waslError(
        conflict.code,
        [{ field: 'versionNumber', code: conflict.code, params: { version: conflict.version } }],
        { version: conflict.version },
      );
    if (conflict?.code === 'POLICY_VERSION_BEHIND')
      throw waslError(
        conflict.code,
        [{ field: 'versionNumber', code: conflict.code, params: { latest: conflict.latest } }],
        { latest: conflict.latest },
      );
    await checkKey(published.documentId, published.policyKey);
    return earlier;
  };

  /** PD2, PD4: the version's row (upserted: a re-publish keeps its first publication time), live again. */
  const snapshot = async (published: Row, draft: Row | null, earlier: VersionRow[]) => {
    const data: Record<string, unknown> = {
      policyDocumentId: published.documentId,
      supersedesDocumentId: draft?.supersedes?.documentId ?? null,
      contentHash: contentHash(published),
      withdrawnAt: null,
    };
    for (const field of SNAPSHOT_FIELDS) data[field] = (published as Record<string, unknown>)[field] ?? null;
    const same = earlier.find((row) => row.versionNumber === published.versionNumber);
    if (same) await versions().update({ where: { id: same.id }, data });
    else await versions().create({ data: { ...data, versionPublishedAt: new Date() } });
    await versions().updateMany({ where: { policyDocumentId: published.documentId }, data: { withdrawnAt: null } });
  };

  const withdraw = (documentId: string) =>
    versions().updateMany({
      where: { policyDocumentId: documentId, withdrawnAt: { $null: true } },
      data: { withdrawnAt: new Date() },
    });

  /** After any path published `documentId`: check it, snapshot it, audit it (inside the caller's transaction). */
  const afterPublish = async (documentId: string) => {
    const [published, draft] = await Promise.all([rowOf(documentId, true), rowOf(documentId, false)]);
    if (!published) return;
    const earlier = await checkPublishable(published, draft);
    await snapshot(published, draft, earlier);
    await audit('publish', documentId, published.versionNumber);
  };

  const documentIdOf = (params: Record<string, unknown>, result: unknown): string | null => {
    const own = typeof params.documentId === 'string' ? params.documentId : null;
    return own ?? (result as { documentId?: string } | null)?.documentId ?? null;
  };

  /** The one document-service middleware (registered at register, before any path can write). */
  const middleware = async (ctx: MiddlewareCtx, next: () => Promise<unknown>) => {
    if (ctx.uid !== POLICY_UID || !WRITES.has(ctx.action)) return next();
    const { action, params } = ctx;
    const documentId = typeof params.documentId === 'string' ? params.documentId : null;
    return strapi.db.transaction(async () => {
      if (action === 'publish') {
        const result = await next();
        await afterPublish(documentId!);
        return result;
      }
      if (action === 'unpublish' || action === 'discardDraft') {
        const before = documentId ? await rowOf(documentId, action === 'unpublish') : null;
        const result = await next();
        if (!before) return result;
        if (action === 'unpublish') await withdraw(before.documentId);
        await audit(action === 'unpublish' ? 'unpublish' : 'discard_draft', before.documentId, before.versionNumber);
        return result;
      }
      if (action === 'create' || action === 'update') {
        const result = await next();
        const id = documentIdOf(params, result);
        if (!id) return result;
        if (params.status === 'published') await afterPublish(id);
        else await checkKey(id, (await rowOf(id, false))?.policyKey);
        return result;
      }
      // delete: a deleted document's versions leave the site, and its key is free again.
      const result = await next();
      if (documentId) await withdraw(documentId);
      return result;
    });
  };

  /** The console's named routes: the same document-service call /admin makes, for the admin (404 when unknown). */
  const changePublication = async (documentId: string, actor: StaffActor, action: 'publish' | 'unpublish') => {
    if (actor.role !== ROLES.ASSOCIATION_ADMIN) throw waslError('FORBIDDEN');
    if (!(await rowOf(documentId, false))) throw waslError('NOT_FOUND');
    const docs = strapi.documents(POLICY_UID as never) as unknown as Record<
      typeof action,
      (p: object) => Promise<unknown>
    >;
    await docs[action]({ documentId });
    return getService(strapi, 'records').findOne(RESOURCE, documentId, actor);
  };

  return {
    install: () => strapi.documents.use(middleware as never),
    publishDocument: (documentId: string, actor: StaffActor) => changePublication(documentId, actor, 'publish'),
    unpublishDocument: (documentId: string, actor: StaffActor) => changePublication(documentId, actor, 'unpublish'),
  };
};
