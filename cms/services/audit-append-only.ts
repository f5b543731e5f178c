/**
 * P1: the audit table refuses UPDATE, DELETE (and TRUNCATE on PostgreSQL) at the database, whoever
 * connects: a trigger, not a rule in the app's code.
 *
 * Created in the plugin's bootstrap, not in a database/migrations file: Strapi 5.54 runs user migrations
 * before its schema sync (@strapi/database schema/index.js `sync`), so on a fresh database the table does
 * not exist yet when a migration runs; and a schema sync that rebuilds the table (SQLite alters a column
 * by copying the table) drops its triggers. Recreating them idempotently at every start covers both.
 */
import type { Core } from '@strapi/strapi';
import { AUDIT_TABLE as TABLE } from '../constants/audit';
/** Appears in every refusal, so a test (or an operator) recognises the trigger's error. */
export const APPEND_ONLY_ERROR = 'WASL_AUDIT_APPEND_ONLY';
// Serialises concurrent starts of several instances (DROP/CREATE TRIGGER is not idempotent under a race).
const DDL_LOCK = 0x57414444;

const POSTGRES_DDL = [
  `CREATE OR REPLACE FUNCTION wasl_audit_logs_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     RAISE EXCEPTION '${APPEND_ONLY_ERROR}: the audit log is append-only (% refused on %)', TG_OP, TG_TABLE_NAME
       USING ERRCODE = 'insufficient_privilege';
   END $$`,
  `DROP TRIGGER IF EXISTS wasl_audit_logs_append_only ON ${TABLE}`,
  `CREATE TRIGGER wasl_audit_logs_append_only BEFORE UPDATE OR DELETE ON ${TABLE}
     FOR EACH ROW EXECUTE FUNCTION wasl_audit_logs_append_only()`,
  `DROP TRIGGER IF EXISTS wasl_audit_logs_no_truncate ON ${TABLE}`,
  `CREATE TRIGGER wasl_audit_logs_no_truncate BEFORE TRUNCATE ON ${TABLE}
     FOR EACH STATEMENT EXECUTE FUNCTION wasl_audit_logs_append_only()`,
];

// SQLite has no TRUNCATE (a DELETE without WHERE fires the row trigger) and no CREATE OR REPLACE TRIGGER.
const SQLITE_DDL = ['UPDATE', 'DELETE'].map(
  (op) =>
    `CREATE TRIGGER IF NOT EXISTS wasl_audit_logs_no_${op.toLowerCase()} BEFORE ${op} ON ${TABLE}
   BEGIN SELECT RAISE(ABORT, '${APPEND_ONLY_ERROR}: the audit log is append-only (${op} refused on ${TABLE})'); END`,
);

export const ensureAppendOnly = async (strapi: Core.Strapi): Promise<void> => {
  await strapi.db.transaction(async ({ trx }) => {
    if (strapi.db.dialect.client === 'postgres') {
      await trx.raw('select pg_advisory_xact_lock(?)', [DDL_LOCK]);
      for (const sql of POSTGRES_DDL) await trx.raw(sql);
    } else {
      for (const sql of SQLITE_DDL) await trx.raw(sql);
    }
  });
};
