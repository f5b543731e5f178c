/**
 * CM5, S5: senior management follows the complaints link. A job escalates every complaint whose clock
 * runs (not one waiting on the complainant) and that passed its deadline (once per deadline: a reopened complaint has a new one), logs it, and tells the
 * managers — in working hours only: a message raised at midnight, on Friday or on a holiday waits in
 * the outbox for the next working-hour window.
 *
 * Several instances: on PostgreSQL each run takes a transaction-scoped advisory lock
 * (pg_try_advisory_xact_lock, released at commit even if the instance dies), so one instance
 * escalates and the others skip that tick. On SQLite a single instance is assumed (the file
 * database cannot be shared by several servers anyway).
 *
 * Clock: WASL_ESCALATION_CLOCK_FILE (tests only) names a file holding the ISO instant the job takes as
 * "now"; while the variable is set and the file is absent the job does not run, so a test decides
 * exactly when and at what time escalation happens. Unset: the real clock.
 */
import fs from 'fs';
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { COMPLAINT_CLOCK } from '../domain/complaint-sla';
import { nextWorkingInstant } from '../domain/working-hours';
import { complaintEscalated } from '../notifications/complaint-templates';
import { startPeriodic } from '../utils/periodic';
import { getService } from '../utils/services';
import { associationName } from '../utils/association';

/** An arbitrary constant naming "complaint escalation" among the advisory locks of the database. */
export const ESCALATION_LOCK_KEY = 7_744_115;
const AUTO_REASON = 'CM5: تجاوزت الشكوى موعد الرد دون حل — تصعيد تلقائي إلى الإدارة العليا';

type Due = {
  id: number;
  document_id: string;
  tracking_number: string;
  subject: string;
  due_at: string | number | Date;
  escalation_level: number | null;
};

/** The job's "now": the real clock, or the file's instant; with the variable set and no file, null (do not run). */
export const escalationClock = (): Date | null => {
  const file = process.env.WASL_ESCALATION_CLOCK_FILE;
  if (!file) return new Date();
  if (!fs.existsSync(file)) return null;
  const at = new Date(fs.readFileSync(file, 'utf8').trim());
  return Number.isNaN(at.getTime()) ? null : at;
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const isPostgres = () => strapi.db.dialect.client === 'postgres';

  const managers = async (): Promise<{ id: number; email: string }[]> =>
    (await strapi.db
      .query('plugin::users-permissions.user')
      .findMany({ where: { role: { type: 'manager' }, blocked: false }, select: ['id', 'email'] })) as {
      id: number;
      email: string;
    }[];

  const lockTaken = async (trx: Knex.Transaction): Promise<boolean> => {
    const result = (await trx.raw('select pg_try_advisory_xact_lock(?) as locked', [ESCALATION_LOCK_KEY])) as {
      rows: { locked: boolean }[];
    };
    return result.rows[0]?.locked === true;
  };

  return {
    /** Inside the caller's transaction: one message per manager, held until working hours. */
    async notifyManagers(
      complaint: { documentId: string; trackingNumber: string; subject: string; dueAt: string | Date | null },
      reason: string,
      now: Date,
    ): Promise<number> {
      const calendar = await getService(strapi, 'calendar').load();
      const association = await associationName(strapi);
      const notBefore = nextWorkingInstant(now, calendar);
      const message = complaintEscalated({
        associationName: association,
        trackingNumber: complaint.trackingNumber,
        subject: complaint.subject,
        dueAt: new Date(complaint.dueAt ?? now),
        reason,
      });
      const recipients = (await managers()).filter((m) => m.email);
      for (const manager of recipients) {
        await getService(strapi, 'outbox').enqueue({
          channel: 'email',
          recipient: manager.email,
          template: 'complaint_escalated',
          ...message,
          notBefore,
          relatedType: 'complaint',
          relatedId: complaint.documentId,
        });
      }
      return recipients.length;
    },

    /** One pass: escalates what is overdue at `now`; returns how many, or null when another instance holds the lock. */
    async run(now: Date | null = escalationClock()): Promise<number | null> {
      if (!now) return null;
      return strapi.db.transaction(async ({ trx }) => {
        if (isPostgres() && !(await lockTaken(trx))) return null;
        const due = (await trx('wasl_complaints')
          .whereIn('status', COMPLAINT_CLOCK.running as string[])
          .where('due_at', '<', now)
          .where((q: Knex.QueryBuilder) => q.whereNull('escalated_at').orWhereRaw('escalated_at < due_at'))
          .select('id', 'document_id', 'tracking_number', 'subject', 'due_at', 'escalation_level')
          .orderBy('due_at')
          .limit(200)) as Due[];
        for (const c of due) {
          await trx('wasl_complaints')
            .where({ id: c.id })
            .update({ escalation_level: (c.escalation_level ?? 0) + 1, escalated_at: now, updated_at: now });
          await strapi.db
            .query('plugin::wasl.complaint-action')
            .create({ data: { complaint: c.id, kind: 'escalation', body: AUTO_REASON, at: now } });
          await getService(strapi, 'audit').record({
            actor: null,
            action: 'escalate',
            resource: 'complaints',
            recordId: c.document_id,
            summary: { level: (c.escalation_level ?? 0) + 1, automatic: true },
          });
          await this.notifyManagers(
            {
              documentId: c.document_id,
              trackingNumber: c.tracking_number,
              subject: c.subject,
              dueAt: new Date(c.due_at),
            },
            AUTO_REASON,
            now,
          );
        }
        return due.length;
      });
    },

    /** Started in bootstrap unless WASL_ESCALATION_JOB=false; returns the stop function for destroy. */
    startJob(): () => void {
      return startPeriodic(
        Number(process.env.WASL_ESCALATION_INTERVAL_MS ?? 60_000),
        () => this.run(),
        (error) => strapi.log.error(`[wasl:escalation] ${error instanceof Error ? error.message : 'failed'}`),
      );
    },
  };
};
