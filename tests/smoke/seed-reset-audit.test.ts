/**
 * P1: `npm run seed -- --reset`, as an operator runs it, empties Wasl's tables but not the audit log:
 * its rows stay, each reset appends its own `seed_reset` entry, and the chain stays intact.
 */
import { spawnSync } from 'child_process';
import crypto from 'crypto';
import path from 'path';
import knex, { type Knex } from 'knex';
import { ROOT } from '../helpers/server-env';
import { runAuditVerify } from '../helpers/audit';
import { createThrowawayDb, dropThrowawayDb, type ThrowawayDb } from '../helpers/throwaway-db';
import { randomPassword } from '../../cms/utils/random-password';

const EXPECTED_TRIGGERS = {
  postgres: ['wasl_audit_logs_append_only', 'wasl_audit_logs_no_truncate'],
  sqlite: ['wasl_audit_logs_no_delete', 'wasl_audit_logs_no_update'],
};

const secret = () => crypto.randomBytes(16).toString('base64');

describe('npm run seed -- --reset', () => {
  let target: ThrowawayDb;
  let conn: Knex;

  const reset = () => {
    const env = {
      ...process.env,
      ...target.env,
      APP_KEYS: `${secret()},${secret()}`,
      API_TOKEN_SALT: secret(),
      ADMIN_JWT_SECRET: secret(),
      TRANSFER_TOKEN_SALT: secret(),
      JWT_SECRET: secret(),
      ENCRYPTION_KEY: secret(),
      STRAPI_TELEMETRY_DISABLED: 'true',
      WASL_OUTBOX_WORKER: 'false',
      WASL_ESCALATION_JOB: 'false',
      // The demo staff need this installation's password; a fresh clone has no .env to read it from.
      WASL_DEMO_PASSWORD: randomPassword(),
    };
    const run = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/seed.ts', '--reset'], {
      cwd: ROOT,
      env,
      encoding: 'utf8',
      timeout: 300_000,
    });
    // The tail of stderr only when it failed (the pg driver prints a deprecation warning on success).
    expect({ status: run.status, error: run.status === 0 ? '' : run.stderr.slice(-2000) }).toEqual({
      status: 0,
      error: '',
    });
  };
  // PD4: the demo publishes its policy, its user guide and the three officer tools through the document
  // service, so each publish is audited like any other (cms/services/policy-publishing.ts).
  const SEED_PUBLISHES = Array.from({ length: 5 }, () => ['publish', 'system']);
  const auditRows = async () =>
    (await conn('wasl_audit_logs').orderBy('id', 'asc').select('id', 'action', 'actor_role', 'hash')) as {
      id: number;
      action: string;
      actor_role: string;
      hash: string;
    }[];

  const triggers = async (): Promise<string[]> => {
    const rows =
      target.client === 'postgres'
        ? (
            (await conn.raw(
              "select tgname as name from pg_trigger where tgrelid = 'wasl_audit_logs'::regclass and not tgisinternal",
            )) as { rows: { name: string }[] }
          ).rows
        : ((await conn.raw(
            "select name from sqlite_master where type = 'trigger' and tbl_name = 'wasl_audit_logs'",
          )) as { name: string }[]);
    return rows.map((r) => r.name).sort();
  };

  beforeAll(async () => {
    target = await createThrowawayDb('seed-reset');
  });
  afterAll(async () => {
    await conn?.destroy();
    if (target) await dropThrowawayDb(target);
  });

  it('[P1] keeps the audit rows and appends a seed_reset entry for each reset; each start recreates the triggers', async () => {
    reset();
    conn =
      target.client === 'postgres'
        ? knex({ client: 'pg', connection: target.database, pool: { min: 0, max: 1 } })
        : knex({ client: 'better-sqlite3', connection: { filename: target.database }, useNullAsDefault: true });
    // The first start on an empty database creates the super admin (its own entry), then the reset is recorded.
    const first = await auditRows();
    expect(first.map((r) => [r.action, r.actor_role])).toEqual([
      ['create', 'system'],
      ['seed_reset', 'system'],
      ...SEED_PUBLISHES,
    ]);
    expect(Number((await conn('wasl_beneficiaries').count({ n: '*' }))[0].n)).toBeGreaterThan(0);

    // Every start creates the triggers again: one dropped behind the app's back is back after the next start.
    expect(await triggers()).toEqual(EXPECTED_TRIGGERS[target.client]);
    await conn.raw(
      target.client === 'postgres'
        ? 'drop trigger wasl_audit_logs_append_only on wasl_audit_logs'
        : 'drop trigger wasl_audit_logs_no_update',
    );
    expect((await triggers()).length).toBe(EXPECTED_TRIGGERS[target.client].length - 1);

    reset();
    expect(await triggers()).toEqual(EXPECTED_TRIGGERS[target.client]);
    const second = await auditRows();
    expect(second.map((r) => [r.action, r.actor_role])).toEqual([
      ['create', 'system'],
      ['seed_reset', 'system'],
      ...SEED_PUBLISHES,
      ['seed_reset', 'system'],
      ...SEED_PUBLISHES,
    ]);
    expect(second.slice(0, 7)).toEqual(first);
    const verify = runAuditVerify(
      target.client === 'postgres' ? { postgresUrl: target.database } : { sqliteFile: target.database },
    );
    expect(verify.stdout).toBe(`audit chain intact: 13 rows; last hash ${second[12].hash}\n`);
  }, 600_000);
});
