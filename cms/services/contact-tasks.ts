/**
 * H6: what the beneficiary must be told through a channel no machine delivers (a text message,
 * WhatsApp, a call, a letter, a word at the next visit) is a task for the staff on the request or the
 * complaint. It is done when a person records that they did it; the outbox never marks it sent.
 */
import type { Core } from '@strapi/strapi';
import { visibilityOf } from '../constants/visibility';
import { maskPhone } from '../domain/phone';
import { waslError } from '../utils/errors';
import type { StaffActor } from './records';
import { getService } from '../utils/services';

type Related = 'service-requests' | 'complaints';
type Row = {
  id: number;
  channel: string;
  recipient: string;
  template: string;
  subject: string | null;
  bodyText: string;
  status: string;
  createdAt: string;
  doneAt: string | null;
  doneById: number | null;
  doneNote: string | null;
  relatedType: string;
  relatedId: string;
};

const RELATED_TYPE: Record<Related, string> = { 'service-requests': 'service-request', complaints: 'complaint' };
const TASK_STATES = ['staff_task', 'done'];
/** Whose phone the task shows, under that record's own masking rule (P1). */
const PHONE_OF: Record<Related, { resource: 'beneficiaries' | 'complaints'; field: string }> = {
  'service-requests': { resource: 'beneficiaries', field: 'phone' },
  complaints: { resource: 'complaints', field: 'complainantPhone' },
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const query = () => strapi.db.query('plugin::wasl.notification');
  const relatedOf = (type: string): Related | undefined =>
    (Object.keys(RELATED_TYPE) as Related[]).find((r) => RELATED_TYPE[r] === type);

  const view = (row: Row, related: Related, actor: StaffActor) => {
    const phone = PHONE_OF[related];
    const masked = visibilityOf(phone.resource, actor.role, phone.field) === 'masked';
    return {
      id: row.id,
      channel: row.channel,
      template: row.template,
      subject: row.subject,
      bodyText: row.bodyText,
      status: row.status,
      recipient: masked ? maskPhone(row.recipient) : row.recipient,
      createdAt: row.createdAt,
      doneAt: row.doneAt,
      doneById: row.doneById,
      doneNote: row.doneNote,
    };
  };

  return {
    /** The tasks of one request or complaint, for whoever may read that record (404 otherwise). */
    async list(related: Related, documentId: string, actor: StaffActor) {
      await getService(strapi, 'records').findOne(related, documentId, actor);
      const rows = (await query().findMany({
        where: { relatedType: RELATED_TYPE[related], relatedId: documentId, status: { $in: TASK_STATES } },
        orderBy: { id: 'asc' },
      })) as Row[];
      return rows.map((row) => view(row, related, actor));
    },

    async complete(id: number, note: string | null, actor: StaffActor) {
      const row = (await query().findOne({ where: { id, status: { $in: TASK_STATES } } })) as Row | null;
      const related = row && relatedOf(row.relatedType);
      if (!row || !related) throw waslError('NOT_FOUND');
      await getService(strapi, 'records').findOne(related, row.relatedId, actor);
      const doneAt = new Date();
      await strapi.db.transaction(async ({ trx }) => {
        const changed = await trx('wasl_notifications')
          .where({ id, status: 'staff_task' })
          .update({ status: 'done', done_by_id: actor.id, done_at: doneAt, done_note: note, updated_at: doneAt });
        if (changed !== 1) throw waslError('TASK_ALREADY_DONE');
        await getService(strapi, 'audit').record({
          actor,
          action: 'contact_task_done',
          resource: related,
          recordId: row.relatedId,
          summary: { task: id, channel: row.channel, template: row.template },
        });
      });
      return view(
        { ...row, status: 'done', doneAt: doneAt.toISOString(), doneById: actor.id, doneNote: note },
        related,
        actor,
      );
    },
  };
};
