/**
 * What the console reads of policy documents (PD2, PD3, PD4): staff other than the association admin read
 * the published versions only (a draft is never what they sign); the admin reads the drafts, each with
 * whether and which version is published. Every record says whether it is superseded (PD2) and whether
 * the caller has signed its current published version (PD3), and carries its text as safe HTML.
 */
import type { Core } from '@strapi/strapi';
import { ROLES } from '../constants/roles';
import { renderRichText } from '../domain/rich-text';
import { supersessions } from '../domain/policy-supersession';
import { waslError } from '../utils/errors';
import type { Actor } from './audit';
import { POLICY_UID, VERSION_UID } from './policy-publishing';

type Data = Record<string, unknown>;
type Published = { documentId: string; versionNumber: number; kind: string };
type Superseding = {
  policyDocumentId: string;
  versionNumber: number;
  supersedesDocumentId: string;
  titleAr: string;
  titleEn: string | null;
  versionPublishedAt: string;
};
export type SupersededBy = { id: string; titleAr: string; titleEn: string | null };

/** PD3: the key that makes one acknowledgement per document, staff member and version. */
export const acknowledgementKey = (documentId: string, userId: number, version: number) =>
  `${documentId}:${userId}:${version}`;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const publishedRows = async (ids: string[]): Promise<Map<string, Published>> => {
    const rows = (await strapi.db.query(POLICY_UID).findMany({
      select: ['documentId', 'versionNumber', 'kind'],
      where: { documentId: { $in: ids }, publishedAt: { $notNull: true } },
    })) as Published[];
    return new Map(rows.map((row) => [row.documentId, row]));
  };

  /**
   * PD2: the documents whose current published version names them in `supersedes`: an earlier version of
   * the superseding document that named them no longer counts, nor a withdrawn one.
   */
  const supersededBy = async (ids: string[]): Promise<Map<string, SupersededBy>> => {
    if (!ids.length) return new Map();
    const live = (await strapi.db.query(VERSION_UID).findMany({
      select: ['policyDocumentId', 'versionNumber', 'supersedesDocumentId', 'titleAr', 'titleEn', 'versionPublishedAt'],
      where: { supersedesDocumentId: { $in: ids }, withdrawnAt: { $null: true } },
    })) as Superseding[];
    const current = await publishedRows([...new Set(live.map((row) => row.policyDocumentId))]);
    const currents = live.filter((row) => current.get(row.policyDocumentId)?.versionNumber === row.versionNumber);
    return new Map(
      [...supersessions(currents)].map(([old, row]) => [
        old,
        { id: row.policyDocumentId, titleAr: row.titleAr, titleEn: row.titleEn },
      ]),
    );
  };

  /** The live snapshots' `supersedes` (the published relation may not survive Strapi's publish of a draft-only target). */
  const supersedesOf = async (published: Published[]): Promise<Map<string, string | null>> => {
    if (!published.length) return new Map();
    const rows = (await strapi.db.query(VERSION_UID).findMany({
      select: ['policyDocumentId', 'versionNumber', 'supersedesDocumentId'],
      where: { policyDocumentId: { $in: published.map((p) => p.documentId) } },
    })) as Superseding[];
    const current = new Map(published.map((p) => [p.documentId, p.versionNumber]));
    return new Map(
      rows
        .filter((r) => current.get(r.policyDocumentId) === r.versionNumber)
        .map((r) => [r.policyDocumentId, r.supersedesDocumentId]),
    );
  };

  const signedKeys = async (keys: string[]): Promise<Set<string>> => {
    if (!keys.length) return new Set();
    const rows = (await strapi.db.query('plugin::wasl.policy-acknowledgement').findMany({
      select: ['uniqueKey'],
      where: { uniqueKey: { $in: keys } },
    })) as { uniqueKey: string }[];
    return new Set(rows.map((row) => row.uniqueKey));
  };

  return {
    /** PD3: only the association admin reads (and writes) drafts; everyone else reads what was published. */
    statusFor: (actor: Actor): 'draft' | 'published' =>
      actor.role === ROLES.ASSOCIATION_ADMIN ? 'draft' : 'published',

    async decorate(records: Data[], actor: Actor): Promise<void> {
      const ids = records.map((record) => String(record.id));
      const [published, superseded] = await Promise.all([publishedRows(ids), supersededBy(ids)]);
      const supersedes = await supersedesOf([...published.values()]);
      const versionOf = (id: string) => published.get(id)?.versionNumber ?? null;
      const keys = ids.flatMap((id) =>
        versionOf(id) === null ? [] : [acknowledgementKey(id, actor.id, versionOf(id)!)],
      );
      const signed = await signedKeys(keys);
      for (const record of records) {
        const id = String(record.id);
        const version = versionOf(id);
        const by = superseded.get(id) ?? null;
        if (published.has(id)) record.supersedes = supersedes.get(id) ?? record.supersedes ?? null;
        Object.assign(record, {
          published: version !== null,
          publishedVersion: version,
          superseded: by !== null,
          supersededBy: by,
          signable: version !== null && published.get(id)!.kind === 'policy' && by === null,
          acknowledgedByMe: version !== null && signed.has(acknowledgementKey(id, actor.id, version)),
          bodyHtmlAr: renderRichText(record.bodyAr as string | null),
          bodyHtmlEn: renderRichText(record.bodyEn as string | null),
        });
      }
    },

    /** PD3: the version an acknowledgement records: the published one of a policy that is not superseded. */
    async signableVersion(documentId: string): Promise<number> {
      const published = (await publishedRows([documentId])).get(documentId);
      if (!published) throw waslError('POLICY_NOT_PUBLISHED', [{ field: 'policy', code: 'POLICY_NOT_PUBLISHED' }]);
      if (published.kind !== 'policy')
        throw waslError('POLICY_NOT_SIGNABLE', [{ field: 'policy', code: 'POLICY_NOT_SIGNABLE' }]);
      if ((await supersededBy([documentId])).has(documentId))
        throw waslError('POLICY_SUPERSEDED', [{ field: 'policy', code: 'POLICY_SUPERSEDED' }]);
      return published.versionNumber;
    },
  };
};
