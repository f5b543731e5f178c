/**
 * The audit log's hash chain (P1): the canonical text of an entry, its SHA-256 over that text and the
 * previous hash, and the walk that names the first broken link. The expected digest was computed by
 * hand with `printf '%s' '<canonical text>' | sha256sum`.
 */
import {
  auditHash,
  canonicalAuditEntry,
  checkAuditLink,
  walkAuditChain,
  type ChainedFields,
  type ChainedRow,
} from '../../cms/domain/audit-chain';

const ENTRY: ChainedFields = {
  at: '2026-12-01T08:00:00.000Z',
  actorId: 7,
  actorRole: 'manager',
  action: 'update',
  resource: 'beneficiaries',
  recordId: 'abc123',
  summary: { fields: ['phone', 'address'] },
  ip: '10.0.0.5',
};
const CANONICAL =
  '{"action":"update","actorId":7,"actorRole":"manager","at":"2026-12-01T08:00:00.000Z","ip":"10.0.0.5","prevHash":null,"recordId":"abc123","resource":"beneficiaries","summary":{"fields":["phone","address"]},"v":1}';
const DIGEST = 'dcb62aba4e96362f8af4c16a39a45f18088e555be63d73ddd13f38d36b5f3253';

const chain = (count: number): ChainedRow[] => {
  const rows: ChainedRow[] = [];
  for (let i = 0; i < count; i += 1) {
    const fields = { ...ENTRY, recordId: `r${i}`, at: `2026-12-01T08:00:0${i}.000Z` };
    const prevHash = rows.length ? rows[rows.length - 1].hash : null;
    rows.push({ ...fields, id: i + 1, prevHash, hash: auditHash(fields, prevHash) });
  }
  return rows;
};

describe('audit hash chain', () => {
  it('[P1] serialises an entry canonically: sorted keys, ISO instant, explicit nulls', () => {
    expect(canonicalAuditEntry(ENTRY, null)).toBe(CANONICAL);
    // Key order and the date's spelling do not change the text (the database hands fields back in its own order and form).
    const reordered = {
      ip: '10.0.0.5',
      summary: { fields: ['phone', 'address'] },
      recordId: 'abc123',
      resource: 'beneficiaries',
      action: 'update',
      actorRole: 'manager',
      actorId: 7,
      at: '2026-12-01T11:00:00+03:00',
    };
    expect(canonicalAuditEntry(reordered, null)).toBe(CANONICAL);
  });

  it('[P1] hashes the canonical text with SHA-256', () => {
    expect(auditHash(ENTRY, null)).toBe(DIGEST);
    expect(auditHash(ENTRY, DIGEST)).not.toBe(DIGEST);
  });

  it('[P1] an intact chain walks to its last hash', () => {
    const rows = chain(3);
    expect(walkAuditChain(rows)).toEqual({ broken: null, lastHash: rows[2].hash, chained: 3, unchained: 0 });
  });

  it('[P1] a changed summary breaks the link of that row', () => {
    const rows = chain(3);
    rows[1] = { ...rows[1], summary: { fields: ['nationalId'] } };
    expect(walkAuditChain(rows).broken).toEqual({
      id: 2,
      field: 'hash',
      expected: auditHash(rows[1], rows[0].hash),
      found: chain(3)[1].hash,
    });
  });

  it('[P1] a deleted row breaks the link of the row after it', () => {
    const rows = chain(3);
    const result = walkAuditChain([rows[0], rows[2]]);
    expect(result.broken).toEqual({ id: 3, field: 'prevHash', expected: rows[0].hash, found: rows[1].hash });
  });

  it('[P1] rows written before the chain are allowed only before its first row', () => {
    const legacy = { ...ENTRY, id: 1, hash: null, prevHash: null };
    const rows = chain(2).map((r) => ({ ...r, id: r.id + 1 }));
    expect(walkAuditChain([legacy, ...rows])).toMatchObject({ broken: null, chained: 2, unchained: 1 });
    expect(walkAuditChain([...rows, { ...legacy, id: 9 }]).broken).toEqual({
      id: 9,
      field: 'prevHash',
      expected: rows[1].hash,
      found: null,
    });
  });

  it('[P1] a walk continues across pages from the previous state', () => {
    const rows = chain(4);
    const first = walkAuditChain(rows.slice(0, 2));
    expect(walkAuditChain(rows.slice(2), first)).toEqual({
      broken: null,
      lastHash: rows[3].hash,
      chained: 4,
      unchained: 0,
    });
    expect(checkAuditLink(rows[2], rows[0].hash)).toEqual({
      id: 3,
      field: 'prevHash',
      expected: rows[0].hash,
      found: rows[1].hash,
    });
  });
});
