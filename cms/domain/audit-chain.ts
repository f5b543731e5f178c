/**
 * P1: the audit log is a hash chain. Each row's `hash` is SHA-256 over a canonical serialisation of
 * its own fields and the previous row's hash (`prevHash`, in id order), so changing, removing or
 * reordering a row breaks every link after it. Pure: no Strapi, no I/O beyond node's crypto.
 */
import { createHash } from 'crypto';
import stringify from 'safe-stable-stringify';

/** The fields an entry is hashed over, as the database hands them back. */
export type ChainedFields = {
  at: string;
  actorId: number | null;
  actorRole: string;
  action: string;
  resource: string;
  recordId: string | null;
  summary: unknown;
  ip: string | null;
};

export type ChainedRow = ChainedFields & { id: number; hash: string | null; prevHash: string | null };

// Bumped if the serialisation ever changes, so old rows stay verifiable under the rules they were written with.
const CHAIN_VERSION = 1;

/** Deterministic text of an entry (keys sorted by safe-stable-stringify, dates as ISO instants). */
export const canonicalAuditEntry = (fields: ChainedFields, prevHash: string | null): string =>
  // stringify answers undefined only for undefined/functions/symbols; an object always serialises.
  stringify({
    v: CHAIN_VERSION,
    at: new Date(fields.at).toISOString(),
    actorId: fields.actorId ?? null,
    actorRole: fields.actorRole,
    action: fields.action,
    resource: fields.resource,
    recordId: fields.recordId ?? null,
    summary: fields.summary ?? {},
    ip: fields.ip ?? null,
    prevHash: prevHash ?? null,
  }) as string;

export const auditHash = (fields: ChainedFields, prevHash: string | null): string =>
  createHash('sha256').update(canonicalAuditEntry(fields, prevHash), 'utf8').digest('hex');

export type ChainBreak = { id: number; field: 'prevHash' | 'hash'; expected: string | null; found: string | null };

/**
 * Checks one link: the row must point at the previous row's hash and its own hash must match its
 * fields. `previousHash` is the hash of the row before it (null before the first row).
 */
export const checkAuditLink = (row: ChainedRow, previousHash: string | null): ChainBreak | null => {
  if ((row.prevHash ?? null) !== previousHash)
    return { id: row.id, field: 'prevHash', expected: previousHash, found: row.prevHash ?? null };
  const expected = auditHash(row, previousHash);
  if (row.hash !== expected) return { id: row.id, field: 'hash', expected, found: row.hash ?? null };
  return null;
};

export type ChainWalk = { broken: ChainBreak | null; lastHash: string | null; chained: number; unchained: number };

export const START_OF_CHAIN: ChainWalk = { broken: null, lastHash: null, chained: 0, unchained: 0 };

/**
 * Walks rows in id order, continuing from `state` (so a large table can be read in pages). Rows written
 * before the chain existed (no hash, no prevHash) are allowed only before the first chained row.
 */
export const walkAuditChain = (rows: readonly ChainedRow[], state: ChainWalk = START_OF_CHAIN): ChainWalk => {
  let { lastHash, chained, unchained } = state;
  if (state.broken) return state;
  for (const row of rows) {
    if (chained === 0 && row.hash === null && row.prevHash === null) {
      unchained += 1;
      continue;
    }
    const broken = checkAuditLink(row, lastHash);
    if (broken) return { broken, lastHash, chained, unchained };
    lastHash = row.hash;
    chained += 1;
  }
  return { broken: null, lastHash, chained, unchained };
};
