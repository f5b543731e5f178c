/**
 * The record rules of the front office (issue 12): the visitor log (MC1), appointments with officials
 * (MC6) and field inspections with their findings and corrective actions (MC7–MC9, S2, S3). They plug
 * into the generic adapter (./records.ts) through RECORD_HOOKS, so every write keeps its transaction and
 * its audit entry there.
 */
import type { Core } from '@strapi/strapi';
import { officialKeyOf, slotRefusal } from '../domain/appointment-slot';
import { riyadhDateKey } from '../domain/hijri';
import { STAFF_ROLES } from '../constants/roles';
import { inspectionEmergency } from '../notifications/staff-templates';
import type { FieldError } from '../utils/errors';
import { waslError } from '../utils/errors';
import { getService } from '../utils/services';
import type { RecordHook } from './record-hooks';
import type { Actor } from './audit';
import { publicBaseUrl } from '../utils/public-url';
import { associationName } from '../utils/association';

type Data = Record<string, unknown>;

/** Today in Riyadh, the day every "not in the future" rule compares with. */
const todayKey = () => riyadhDateKey(new Date());

const futureDay = (field: string, value: unknown, code: 'VISIT_DATE_IN_FUTURE' | 'INSPECTION_DATE_IN_FUTURE') =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && value > todayKey() ? [{ field, code }] : [];

/** MC1: a visit is counted on a day that has happened, at a branch, by the officer who records it. */
export const visitsHook: RecordHook = {
  normalise({ data, mode }) {
    if (mode === 'create' && (data.outcome === undefined || data.outcome === null)) data.outcome = 'served';
    return futureDay('visitDate', data.visitDate, 'VISIT_DATE_IN_FUTURE');
  },
  async beforeInsert({ data, actor }) {
    data.recordedBy = actor.id;
  },
};

const SLOT_FIELDS = ['startsAt', 'endsAt', 'officialName', 'status'];

/**
 * pg_advisory_xact_lock class for appointment bookings ("APPT"), with the official's key hashed as the
 * second key: two bookings for one official queue behind each other until the first commits, bookings
 * for different officials do not wait. SQLite has a single writer already.
 */
const APPOINTMENT_LOCK = 0x41505054;
const hash32 = (text: string): number => {
  let h = 0x811c9dc5;
  for (const ch of text) h = Math.imul(h ^ ch.codePointAt(0)!, 0x01000193);
  return h | 0;
};

const slotOf = (data: Data, existing?: Data) => {
  const merged = { ...existing, ...data };
  return {
    merged,
    touched: !existing || SLOT_FIELDS.some((f) => f in data),
    scheduled: (merged.status ?? 'scheduled') === 'scheduled',
    startsAt: new Date(String(merged.startsAt)),
    endsAt: new Date(String(merged.endsAt)),
    officialKey: typeof merged.officialName === 'string' ? officialKeyOf(merged.officialName) : '',
  };
};

/**
 * MC6: inside working hours of a working day that is no holiday, ending after it starts, and never over
 * another scheduled appointment of the same official. The calendar rules are checked before the write;
 * the clash inside the write's transaction, under a lock, so two bookings racing for one slot cannot both win.
 */
export const appointmentsHook: RecordHook = {
  normalise({ data }) {
    if (typeof data.officialName === 'string') data.officialKey = officialKeyOf(data.officialName);
    return [];
  },
  async conflicts({ strapi, data, existing }) {
    const slot = slotOf(data, existing);
    if (!slot.touched || !slot.scheduled) return [];
    if (Number.isNaN(slot.startsAt.getTime()) || Number.isNaN(slot.endsAt.getTime())) return [];
    const calendar = await getService(strapi, 'calendar').load();
    const refusal = slotRefusal(slot.startsAt, slot.endsAt, calendar);
    if (!refusal) return [];
    const field = refusal === 'APPOINTMENT_ENDS_BEFORE_START' ? 'endsAt' : 'startsAt';
    return [{ field, code: refusal, params: { start: calendar.workdayStart, end: calendar.workdayEnd } }];
  },
  async beforeWrite({ strapi, data, existing }) {
    const slot = slotOf(data, existing);
    if (!slot.touched || !slot.scheduled || !slot.officialKey) return;
    await strapi.db.transaction(async ({ trx }) => {
      if (strapi.db.dialect.client === 'postgres')
        await trx.raw('select pg_advisory_xact_lock(?, ?)', [APPOINTMENT_LOCK, hash32(slot.officialKey)]);
      const clash = await strapi.db.query('plugin::wasl.appointment').findOne({
        select: ['id'],
        where: {
          officialKey: slot.officialKey,
          status: 'scheduled',
          startsAt: { $lt: slot.endsAt },
          endsAt: { $gt: slot.startsAt },
          ...(existing ? { id: { $ne: existing.id } } : {}),
        },
      });
      if (clash) throw waslError('APPOINTMENT_CLASH', [{ field: 'startsAt', code: 'APPOINTMENT_CLASH' }]);
    });
  },
};

/** The four items of the daily checklist (MC7: order, guidance, workflow at service sites; MC9, S3: the branch office). */
export const CHECKLIST = [
  { ok: 'orderOk', note: 'orderNote' },
  { ok: 'guidanceClear', note: 'guidanceNote' },
  { ok: 'workflowOk', note: 'workflowNote' },
  { ok: 'officeOk', note: 'officeNote' },
] as const;

const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/**
 * MC8: an emergency reaches every manager at once: one outbox message each, written in the inspection's
 * own transaction (so the report and its mail land together or not at all), and the time it was reported.
 */
const reportEmergency = async (strapi: Core.Strapi, inspectionId: number, actor: Actor): Promise<Data | null> => {
  const inspection = (await strapi.db.query('plugin::wasl.field-inspection').findOne({
    where: { id: inspectionId },
    populate: { branch: { select: ['nameAr'] } },
  })) as Data & { documentId: string; branch?: { nameAr?: string } | null };
  if (!inspection || !inspection.emergency || inspection.reportedToManagerAt) return null;
  const managers = (await strapi.db.query('plugin::users-permissions.user').findMany({
    select: ['id', 'email'],
    where: {
      role: { type: 'manager' },
      email: { $notNull: true },
      $or: [{ blocked: false }, { blocked: { $null: true } }],
    },
  })) as { id: number; email: string }[];
  const association = await associationName(strapi);
  const base = publicBaseUrl(strapi);
  const mail = inspectionEmergency({
    associationName: association,
    branchName: inspection.branch?.nameAr ?? '—',
    inspectionDate: String(inspection.inspectionDate),
    findings: String(inspection.findings ?? ''),
    correctiveAction: String(inspection.correctiveAction ?? ''),
    link: `${base}/console/#/field-inspections/${inspection.documentId}/show`,
  });
  for (const manager of managers)
    await getService(strapi, 'outbox').enqueue({
      channel: 'email',
      recipient: manager.email,
      template: 'inspection_emergency',
      relatedType: 'field-inspection',
      relatedId: inspection.documentId,
      ...mail,
    });
  const reportedToManagerAt = new Date();
  await strapi.db
    .query('plugin::wasl.field-inspection')
    .update({ where: { id: inspectionId }, data: { reportedToManagerAt, status: 'reported' } });
  await getService(strapi, 'audit').record({
    actor,
    action: 'emergency_reported',
    resource: 'field-inspections',
    recordId: inspection.documentId,
    summary: { managersNotified: managers.length },
  });
  return { reportedToManagerAt: reportedToManagerAt.toISOString(), status: 'reported' };
};

/** MC7–MC9, S2, S3: a filled checklist for a day that has happened; an item not in order says why. */
export const fieldInspectionsHook: RecordHook = {
  normalise({ data, existing, mode }) {
    const errors: FieldError[] = [...futureDay('inspectionDate', data.inspectionDate, 'INSPECTION_DATE_IN_FUTURE')];
    const merged = { ...existing, ...data };
    for (const item of CHECKLIST) {
      if (mode === 'create' && typeof data[item.ok] !== 'boolean')
        errors.push({ field: item.ok, code: 'FIELD_REQUIRED' });
      else if (merged[item.ok] === false && blank(merged[item.note]))
        errors.push({ field: item.note, code: 'CHECKLIST_NOTE_REQUIRED' });
    }
    if (mode === 'create' && (data.status === undefined || data.status === null)) data.status = 'open';
    return errors;
  },
  async beforeInsert({ data, actor }) {
    data.inspector = actor.id;
  },
  async afterInsert({ strapi, actor }, created) {
    const reported = await reportEmergency(strapi, created.id, actor);
    // The answer shows the report the transaction holds.
    if (reported) Object.assign(created, reported);
  },
  async afterWrite({ strapi, actor, existing }) {
    if (existing) await reportEmergency(strapi, Number(existing.id), actor);
  },
};

export const inspectionFindingsHook: RecordHook = {
  async beforeInsert({ data, actor }) {
    data.recordedBy = actor.id;
  },
};

/** S2: a corrective action has an owner among the staff; done records who and when, and then it stays done. */
export const correctiveActionsHook: RecordHook = {
  async conflicts({ strapi, data, existing }) {
    if (existing?.status === 'done') return [{ field: 'status', code: 'ACTION_ALREADY_DONE' }];
    if (typeof data.owner === 'string') {
      const staff = await strapi.db.query('plugin::users-permissions.user').count({
        where: { documentId: data.owner, role: { type: { $in: STAFF_ROLES } } },
      });
      if (!staff) return [{ field: 'owner', code: 'FIELD_INVALID_REFERENCE' }];
    }
    return [];
  },
  async beforeWrite({ data, actor, existing }) {
    if (data.status === 'done' && existing?.status !== 'done')
      Object.assign(data, { doneAt: new Date().toISOString(), doneBy: actor.id });
  },
};
