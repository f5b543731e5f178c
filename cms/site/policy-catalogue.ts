/**
 * PD1, PD2, PD4, MC2: what the website may show of the policies and user guides, read only from the
 * `policy-version` snapshots written at each publish: never a draft, never an internal guide, never a
 * withdrawn (unpublished) version. A document's current version is its highest visible version number;
 * the others stay readable, marked superseded by it, and a document that another current version names
 * in `supersedesDocumentId` is shown as superseded (cancelled) by that one.
 */
import type { Core } from '@strapi/strapi';
import { newerPublish, supersessions } from '../domain/policy-supersession';

export type SiteKind = 'policy' | 'user_guide';

export type VersionMeta = {
  id: number;
  policyDocumentId: string;
  policyKey: string;
  kind: SiteKind;
  versionNumber: number;
  titleAr: string;
  titleEn: string | null;
  supersedesDocumentId: string | null;
  versionPublishedAt: string;
};

export type Signatory = { name: string; title: string };

export type VersionRow = VersionMeta & {
  bodyAr: string | null;
  bodyEn: string | null;
  boardMeetingNumber: string | null;
  boardSession: string | null;
  approvalDate: string | null;
  approvalDateHijri: string | null;
  chairName: string | null;
  signatories: Signatory[];
};

export type PolicyEntry = {
  documentId: string;
  key: string;
  kind: SiteKind;
  current: VersionMeta;
  /** Every visible version, newest first. */
  versions: VersionMeta[];
  /** The current version of the document that supersedes this one (PD2), if any. */
  supersededBy: VersionMeta | null;
};

const UID = 'plugin::wasl.policy-version';
const SITE_KINDS: readonly SiteKind[] = ['policy', 'user_guide'];
const META_FIELDS = [
  'id',
  'policyDocumentId',
  'policyKey',
  'kind',
  'versionNumber',
  'titleAr',
  'titleEn',
  'supersedesDocumentId',
  'versionPublishedAt',
];

const visible = { withdrawnAt: null, kind: { $in: SITE_KINDS } };

const newestFirst = (a: VersionMeta, b: VersionMeta) => b.versionNumber - a.versionNumber;
const groupByDocument = (rows: readonly VersionMeta[]): Map<string, VersionMeta[]> => {
  const byDocument = new Map<string, VersionMeta[]>();
  for (const row of rows) byDocument.set(row.policyDocumentId, [...(byDocument.get(row.policyDocumentId) ?? []), row]);
  return byDocument;
};

/** Every visible policy and user guide, with its versions and what supersedes it. */
export const loadPublishedEntries = async (strapi: Core.Strapi): Promise<PolicyEntry[]> => {
  const rows = (await strapi.db.query(UID).findMany({
    where: visible,
    select: META_FIELDS,
    orderBy: [{ policyKey: 'asc' }, { versionNumber: 'desc' }],
  })) as VersionMeta[];
  const documents = [...groupByDocument(rows)].map(([documentId, versions]) => ({
    documentId,
    versions: versions.sort(newestFirst),
  }));
  const superseded = supersessions(documents.map((d) => d.versions[0]));
  return documents.map(({ documentId, versions }) => ({
    documentId,
    key: versions[0].policyKey,
    kind: versions[0].kind,
    current: versions[0],
    versions,
    supersededBy: superseded.get(documentId) ?? null,
  }));
};

/** The entries of one kind: the ones in force first, then the superseded ones, each by title. */
export const entriesOfKind = (entries: readonly PolicyEntry[], kind: SiteKind): PolicyEntry[] =>
  entries
    .filter((e) => e.kind === kind)
    .sort(
      (a, b) =>
        Number(a.supersededBy !== null) - Number(b.supersededBy !== null) ||
        a.current.titleAr.localeCompare(b.current.titleAr, 'ar'),
    );

/** The visible entry of a kind with this key; when two documents ever shared it, the one published last. */
export const findEntry = (entries: readonly PolicyEntry[], kind: SiteKind, key: string): PolicyEntry | null =>
  entries.filter((e) => e.kind === kind && e.key === key).sort((a, b) => newerPublish(a.current, b.current))[0] ?? null;

const signatoriesOf = (value: unknown): Signatory[] =>
  Array.isArray(value)
    ? value.flatMap((s: { name?: unknown; title?: unknown }) =>
        typeof s?.name === 'string' && s.name.trim()
          ? [{ name: s.name.trim(), title: typeof s.title === 'string' ? s.title.trim() : '' }]
          : [],
      )
    : [];

/** One visible version in full (text and board approval), or null. */
export const loadVersion = async (strapi: Core.Strapi, id: number): Promise<VersionRow | null> => {
  const row = (await strapi.db.query(UID).findOne({ where: { id, ...visible } })) as
    (VersionRow & { signatories: unknown }) | null;
  return row ? { ...row, signatories: signatoriesOf(row.signatories) } : null;
};
