/**
 * `npm run audit:verify`: walks the audit log's hash chain in id order (P1) and prints
 * "audit chain intact: N rows", or the first broken link (id, expected vs found) with exit code 1.
 * Reads the database Strapi would use (DATABASE_URL, else DATABASE_FILENAME or .tmp/data.db), read-only,
 * straight through the driver: it must not boot the app whose writes it checks.
 */
import fs from 'fs';
import path from 'path';
import knex, { type Knex } from 'knex';
import { START_OF_CHAIN, walkAuditChain, type ChainedRow, type ChainWalk } from '../cms/domain/audit-chain';
import { AUDIT_TABLE } from '../cms/constants/audit';
import { ROOT } from './lib/setup';

const PAGE = 1000;

type RawRow = {
  id: number;
  at: Date | string | number;
  actor_id: number | null;
  actor_role: string;
  action: string;
  resource: string;
  record_id: string | null;
  summary: unknown;
  ip: string | null;
  prev_hash: string | null;
  hash: string | null;
};

const connect = (): Knex => {
  const url = process.env.DATABASE_URL;
  if (url) {
    const ssl =
      process.env.DATABASE_SSL === 'true'
        ? { rejectUnauthorized: process.env.DATABASE_SSL_REJECT_UNAUTHORIZED !== 'false' }
        : false;
    return knex({ client: 'pg', connection: { connectionString: url, ssl }, pool: { min: 0, max: 1 } });
  }
  const filename = path.resolve(ROOT, process.env.DATABASE_FILENAME ?? '.tmp/data.db');
  if (!fs.existsSync(filename)) throw new Error(`no database at ${filename}`);
  return knex({
    client: 'better-sqlite3',
    connection: { filename, options: { readonly: true } },
    useNullAsDefault: true,
  });
};

// The drivers hand columns back as stored: SQLite keeps JSON as text and datetimes as epoch milliseconds.
const toChained = (row: RawRow): ChainedRow => ({
  id: Number(row.id),
  at: new Date(row.at).toISOString(),
  actorId: row.actor_id === null ? null : Number(row.actor_id),
  actorRole: row.actor_role,
  action: row.action,
  resource: row.resource,
  recordId: row.record_id,
  summary: typeof row.summary === 'string' ? JSON.parse(row.summary) : row.summary,
  ip: row.ip,
  prevHash: row.prev_hash,
  hash: row.hash,
});

const walk = async (db: Knex): Promise<ChainWalk> => {
  let state = START_OF_CHAIN;
  let afterId = 0;
  for (;;) {
    const rows = (await db(AUDIT_TABLE)
      .where('id', '>', afterId)
      .orderBy('id', 'asc')
      .limit(PAGE)
      .select(
        'id',
        'at',
        'actor_id',
        'actor_role',
        'action',
        'resource',
        'record_id',
        'summary',
        'ip',
        'prev_hash',
        'hash',
      )) as RawRow[];
    if (rows.length === 0) return state;
    state = walkAuditChain(rows.map(toChained), state);
    if (state.broken) return state;
    afterId = Number(rows[rows.length - 1].id);
  }
};

const main = async (): Promise<number> => {
  if (fs.existsSync(path.join(ROOT, '.env')) && !process.env.DATABASE_URL && !process.env.DATABASE_FILENAME)
    process.loadEnvFile(path.join(ROOT, '.env'));
  const db = connect();
  try {
    const result = await walk(db);
    if (result.broken) {
      const { id, field, expected, found } = result.broken;
      process.stdout.write(
        `audit chain broken at id ${id}: ${field} expected ${expected ?? 'null'}, found ${found ?? 'null'}\n`,
      );
      return 1;
    }
    const before = result.unchained ? ` (after ${result.unchained} rows written before the chain)` : '';
    process.stdout.write(
      `audit chain intact: ${result.chained} rows${before}; last hash ${result.lastHash ?? 'none'}\n`,
    );
    return 0;
  } finally {
    await db.destroy();
  }
};

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`audit:verify failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
