import type { Core } from '@strapi/strapi';

export type Actor = { id: number; role: string; ip?: string };

export type AuditEntry = {
  actor: Actor | null;
  action: 'create' | 'update' | 'delete' | 'transition' | 'read_sensitive' | string;
  resource: string;
  recordId?: string | null;
  /** Field names and workflow facts only: never personal values (P1). */
  summary?: Record<string, unknown>;
};

/** Append-only audit trail; called inside the caller's transaction so the change and its record land together. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async record(entry: AuditEntry): Promise<void> {
    await strapi.db.query('plugin::wasl.audit-log').create({
      data: {
        at: new Date(),
        actorId: entry.actor?.id ?? null,
        actorRole: entry.actor?.role ?? 'system',
        action: entry.action,
        resource: entry.resource,
        recordId: entry.recordId ?? null,
        summary: entry.summary ?? {},
        ip: entry.actor?.ip ?? null,
      },
    });
  },
});
