import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { AUDIT_TABLE } from '../constants/audit';
import { auditHash, type ChainedFields } from '../domain/audit-chain';
import { redactPersonalValues } from '../domain/personal-data';
import { ensureAppendOnly } from './audit-append-only';

export type Actor = { id: number; role: string; ip?: string };

export type AuditEntry = {
  actor: Actor | null;
  action: 'create' | 'update' | 'delete' | 'transition' | 'read_sensitive' | string;
  resource: string;
  recordId?: string | null;
  /** Field names and workflow facts only: never personal values (P1). */
  summary?: Record<string, unknown>;
};

/**
 * pg_advisory_xact_lock key that serialises appends to the chain on PostgreSQL, across every instance
 * on the database: without it two writers read the same last hash and fork the chain. ("WAUD" in ASCII;
 * the escalation job uses another key.)
 */
export const AUDIT_CHAIN_LOCK = 0x57415544;

/**
 * Append-only, hash-chained audit trail (P1). `record` joins the caller's transaction when there is one,
 * so the change and its entry land together, and the lock is held until that transaction ends: the
 * entry's position in the chain is its id order.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const isPostgres = () => strapi.db.dialect.client === 'postgres';

  /** P1: a summary names fields; a value that looks like an ID, a phone or an e-mail is replaced, and the path logged. */
  const cleanSummary = (entry: AuditEntry): Record<string, unknown> => {
    const { value, redactions } = redactPersonalValues(entry.summary ?? {});
    if (redactions.length) {
      strapi.log.warn(
        `[wasl:audit] personal values refused in the summary of ${entry.action} on ${entry.resource}: ${redactions.map((r) => `${r.path} (${r.kind})`).join(', ')}`,
      );
    }
    // The stored JSON is what the chain is verified against, so hash exactly that.
    return JSON.parse(JSON.stringify(value ?? {})) as Record<string, unknown>;
  };

  const lastHash = async (trx: Knex.Transaction): Promise<string | null> => {
    if (isPostgres()) await trx.raw('select pg_advisory_xact_lock(?)', [AUDIT_CHAIN_LOCK]);
    // On SQLite the transaction already holds the database's only writer; the read and the insert share it.
    const last = (await trx(AUDIT_TABLE).orderBy('id', 'desc').first('hash')) as { hash: string | null } | undefined;
    return last?.hash ?? null;
  };

  return {
    async record(entry: AuditEntry): Promise<void> {
      const summary = cleanSummary(entry);
      await strapi.db.transaction(async ({ trx }) => {
        const prevHash = await lastHash(trx);
        const fields: ChainedFields = {
          at: new Date().toISOString(),
          actorId: entry.actor?.id ?? null,
          actorRole: entry.actor?.role ?? 'system',
          action: entry.action,
          resource: entry.resource,
          recordId: entry.recordId ?? null,
          summary,
          ip: entry.actor?.ip ?? null,
        };
        await strapi.db.query('plugin::wasl.audit-log').create({
          data: { ...fields, at: new Date(fields.at), prevHash, hash: auditHash(fields, prevHash) },
        });
      });
    },

    /** Creates (again) the triggers that refuse UPDATE, DELETE and TRUNCATE on the audit table; idempotent. */
    ensureAppendOnly: () => ensureAppendOnly(strapi),
  };
};
