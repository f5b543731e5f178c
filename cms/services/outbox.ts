/**
 * The notification outbox (DESIGN.md "Beyond one machine"): a message is written in the same
 * transaction as the change that causes it, then a worker delivers it with retries, so a crash or an
 * SMTP outage loses nothing. Claiming a row is a conditional update, so several instances never send
 * the same message twice at once. A message for a channel no machine delivers (a text message, a call,
 * a letter) is written as a task for the staff (`staff_task`) and is done when a person records it
 * (cms/services/contact-tasks.ts): it is never marked sent (H6).
 *
 * Attachments (MC4: the monthly report's PDF and CSV) are private files (cms/services/private-files.ts,
 * outside public/); the row keeps their upload ids and names, and each delivery attempt reads the bytes
 * again, so a retry sends the same files and a large file never sits in the database.
 */
import type { Core } from '@strapi/strapi';
import {
  createAdapters,
  isAutomated,
  type AutomatedChannel,
  type ChannelAdapter,
  type MailAttachment,
  type OutgoingMessage,
} from '../notifications/transports';
import { startPeriodic } from '../utils/periodic';
import { getService } from '../utils/services';
import type { PrivateFileRow } from './private-files';

const UID = 'plugin::wasl.notification';
const MAX_ATTEMPTS = 10;
const STUCK_AFTER_MS = 5 * 60_000;

/** A file the message carries: a private upload (provider wasl-private) and the name the recipient sees. */
export type StoredAttachment = { fileId: number; filename: string; contentType: string };

/** `notBefore`: held until then (CM5: escalations wait for working hours). */
export type NewNotification = Omit<OutgoingMessage, 'attachments'> & {
  template: string;
  relatedType?: string;
  relatedId?: string;
  notBefore?: Date;
  attachments?: StoredAttachment[];
};

type Row = Omit<OutgoingMessage, 'attachments'> & {
  id: number;
  attempts: number;
  attachments?: StoredAttachment[] | string | null;
};

/** Strip addresses from transport errors before they are stored: no personal data at rest in logs (P1). */
const scrub = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).replace(/[^\s<>@]+@[^\s<>@]+/g, '<address>').slice(0, 500);

export default ({ strapi }: { strapi: Core.Strapi }) => {
  let adapters: Record<AutomatedChannel, ChannelAdapter> | null = null;
  const retryBaseMs = () => Number(process.env.WASL_OUTBOX_RETRY_BASE_MS ?? 30_000);
  const query = () => strapi.db.query(UID);

  const claim = async (row: Row): Promise<boolean> => {
    const claimed = await strapi.db
      .connection('wasl_notifications')
      .where({ id: row.id, status: 'pending' })
      .update({ status: 'sending', updated_at: new Date() });
    return claimed === 1;
  };

  /** The bytes of the row's attachments; a missing file fails this attempt (and is retried like any failure). */
  const attachmentsOf = async (row: Row): Promise<MailAttachment[] | undefined> => {
    const stored = (typeof row.attachments === 'string' ? JSON.parse(row.attachments) : row.attachments) as
      StoredAttachment[] | null | undefined;
    if (!Array.isArray(stored) || !stored.length) return undefined;
    const files = getService(strapi, 'private-files');
    const out: MailAttachment[] = [];
    for (const a of stored) {
      const file = (await strapi.db
        .query('plugin::upload.file')
        .findOne({ where: { id: a.fileId } })) as PrivateFileRow | null;
      if (!file) throw new Error(`attachment file ${a.fileId} is missing`);
      out.push({ filename: a.filename, contentType: a.contentType, content: await files.read(file) });
    }
    return out;
  };

  const deliver = async (row: Row) => {
    adapters ??= createAdapters();
    try {
      if (!isAutomated(row.channel)) throw new Error(`no automated sender for ${row.channel}`);
      await adapters[row.channel].send({ ...row, attachments: await attachmentsOf(row) });
      await query().update({
        where: { id: row.id },
        data: { status: 'sent', sentAt: new Date(), attempts: row.attempts + 1, lastError: null },
      });
      return true;
    } catch (error) {
      const attempts = row.attempts + 1;
      const nextAttemptAt = new Date(Date.now() + retryBaseMs() * 2 ** Math.min(attempts - 1, 8));
      await query().update({
        where: { id: row.id },
        data: {
          status: attempts >= MAX_ATTEMPTS ? 'failed' : 'pending',
          attempts,
          nextAttemptAt,
          lastError: scrub(error),
        },
      });
      return false;
    }
  };

  return {
    /** Call inside the transaction of the change that causes the message. */
    async enqueue({ notBefore, ...message }: NewNotification): Promise<void> {
      const status = isAutomated(message.channel) ? 'pending' : 'staff_task';
      await query().create({ data: { ...message, status, attempts: 0, nextAttemptAt: notBefore ?? new Date() } });
    },

    /** Delivers what is due; returns how many were sent. */
    async drain(limit = 20): Promise<number> {
      const now = new Date();
      await strapi.db
        .connection('wasl_notifications')
        .where({ status: 'sending' })
        .andWhere('updated_at', '<', new Date(now.getTime() - STUCK_AFTER_MS))
        .update({ status: 'pending' });
      const due = (await query().findMany({
        where: { status: 'pending', nextAttemptAt: { $lte: now } },
        orderBy: { nextAttemptAt: 'asc' },
        limit,
      })) as Row[];
      let sent = 0;
      for (const row of due) if ((await claim(row)) && (await deliver(row))) sent += 1;
      return sent;
    },

    startWorker(): () => void {
      return startPeriodic(
        Number(process.env.WASL_OUTBOX_INTERVAL_MS ?? 5000),
        () => this.drain(),
        (error) => strapi.log.error(`[wasl:outbox] ${scrub(error)}`),
      );
    },
  };
};
