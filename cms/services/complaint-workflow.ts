/**
 * The complaint aggregate's named outcomes (CM3, CM4, CM5, I1, MC10): assign, act, escalate, resolve,
 * close, reopen. Each loads the complaint, asks cms/domain/complaint-workflow whether the role may take
 * the step in this state, then writes the new state (optimistic version check), the actions-log entry
 * and the audit entry in one transaction. Concurrent steps: exactly one wins, the other answers 409.
 */
import type { Core } from '@strapi/strapi';
import {
  checkComplaintStep,
  statusAfterAction,
  type ComplaintStatus,
  type ComplaintStep,
} from '../domain/complaint-workflow';
import { complaintDueAt, type ComplaintSlaSetting } from '../domain/complaint-sla';
import { daysUsed, type WorkingCalendar } from '../domain/sla-calendar';
import { routeComplaint } from '../domain/complaint-routing';
import { waslError } from '../utils/errors';
import { complaintReplied } from '../notifications/complaint-templates';
import type {
  ActInput,
  AssignInput,
  CloseInput,
  EscalateInput,
  ReopenInput,
  ResolveInput,
} from '../validation/complaint-body';
import type { StaffActor } from './records';
import { getService } from '../utils/services';
import { associationName } from '../utils/association';

const COMPLAINT = 'plugin::wasl.complaint';

export type LoadedComplaint = {
  id: number;
  documentId: string;
  trackingNumber: string;
  kind: string;
  category: string;
  status: ComplaintStatus;
  version: number;
  subject: string;
  beneficiaryCategory: string | null;
  dueAt: string | null;
  escalationLevel: number | null;
  reopenCount: number | null;
  assignedTo: { id: number } | null;
  anonymous: boolean | null;
  complainantName: string | null;
  complainantPhone: string | null;
  complainantEmail: string | null;
  receivedAt: string;
  reopenedAt: string | null;
  pausedAt: string | null;
  pausedWorkingDays: number | null;
};

/** What a step writes: scalar columns (snake_case), the assignee, and its entry in the actions log. */
export type StepChange = {
  columns: Record<string, unknown>;
  assignedTo?: number | null;
  log: { kind: string; body: string };
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const load = async (documentId: string): Promise<LoadedComplaint> => {
    const row = await strapi.db
      .query(COMPLAINT)
      .findOne({ where: { documentId }, populate: { assignedTo: { select: ['id'] } } });
    if (!row) throw waslError('NOT_FOUND');
    return row as LoadedComplaint;
  };

  /** P1: a contact officer works the complaints routed to them, not the whole queue. */
  const checkOwnership = (complaint: LoadedComplaint, actor: StaffActor) => {
    if (actor.role === 'contact_officer' && complaint.assignedTo?.id !== actor.id) throw waslError('FORBIDDEN');
  };

  const apply = async (
    step: ComplaintStep,
    documentId: string,
    actor: StaffActor,
    version: number | undefined,
    change: (c: LoadedComplaint, to: ComplaintStatus) => Promise<StepChange>,
  ) => {
    const complaint = await load(documentId);
    const check = checkComplaintStep(step, complaint.status, actor.role);
    if (!check.ok) throw waslError(check.code);
    if (step !== 'assign') checkOwnership(complaint, actor);
    const { columns, assignedTo, log } = await change(complaint, check.to);
    const expected = version ?? complaint.version;
    const now = new Date();
    await strapi.db.transaction(async ({ trx }) => {
      const changed = await trx('wasl_complaints')
        .where({ id: complaint.id, version: expected })
        .update({ status: check.to, ...columns, version: expected + 1, updated_at: now });
      if (changed !== 1) throw waslError('STALE_VERSION');
      if (assignedTo !== undefined)
        await strapi.db.query(COMPLAINT).update({ where: { id: complaint.id }, data: { assignedTo } });
      await strapi.db
        .query('plugin::wasl.complaint-action')
        .create({ data: { complaint: complaint.id, kind: log.kind, body: log.body, actor: actor.id, at: now } });
      await getService(strapi, 'audit').record({
        actor,
        action: step,
        resource: 'complaints',
        recordId: documentId,
        summary: { from: complaint.status, to: check.to, fields: Object.keys(columns) },
      });
      if (step === 'escalate')
        await getService(strapi, 'complaint-escalation').notifyManagers(complaint, log.body, now);
      if (log.kind === 'public_reply') await notifyComplainant(complaint, log.body);
    });
    return getService(strapi, 'records').findOne('complaints', documentId, actor);
  };

  /** CM2: a public reply also goes to the complainant (email, else SMS); anonymous complaints have only the tracking page. */
  const notifyComplainant = async (c: LoadedComplaint, reply: string) => {
    if (c.anonymous || (!c.complainantEmail && !c.complainantPhone)) return;
    const association = await associationName(strapi);
    const message = complaintReplied({
      associationName: association,
      name: c.complainantName,
      trackingNumber: c.trackingNumber,
      reply,
    });
    const email = Boolean(c.complainantEmail);
    await getService(strapi, 'outbox').enqueue({
      channel: email ? 'email' : 'sms',
      recipient: (email ? c.complainantEmail : c.complainantPhone) as string,
      template: 'complaint_replied',
      subject: message.subject,
      bodyText: message.bodyText,
      bodyHtml: email ? message.bodyHtml : null,
      relatedType: 'complaint',
      relatedId: c.documentId,
    });
  };

  const slaContext = async () => {
    const [calendar, setting] = await Promise.all([
      getService(strapi, 'calendar').load() as Promise<WorkingCalendar>,
      getService(strapi, 'calendar').complaintSla() as Promise<ComplaintSlaSetting>,
    ]);
    return { calendar, setting };
  };

  const dueFrom = async (from: Date, category: string): Promise<Date> => {
    const { calendar, setting } = await slaContext();
    return complaintDueAt(from, category, setting, calendar);
  };

  /** The clock pauses while the complaint waits on the complainant; on resuming, those working days are added. */
  const clockColumns = async (c: LoadedComplaint, to: ComplaintStatus): Promise<Record<string, unknown>> => {
    const now = new Date();
    if (c.status !== 'awaiting_complainant' && to === 'awaiting_complainant') return { paused_at: now };
    if (c.status !== 'awaiting_complainant' || to === 'awaiting_complainant' || !c.pausedAt) return {};
    const { calendar, setting } = await slaContext();
    const paused = (c.pausedWorkingDays ?? 0) + daysUsed(new Date(c.pausedAt), now, 'working_days', calendar);
    return {
      paused_at: null,
      paused_working_days: paused,
      due_at: complaintDueAt(new Date(c.reopenedAt ?? c.receivedAt), c.category, setting, calendar, paused),
    };
  };

  return {
    load,

    /** I1: to a named officer and/or department, or by the routing rules (`auto`). */
    assign: (id: string, input: AssignInput, actor: StaffActor) =>
      apply('assign', id, actor, input.version, async (c) => {
        let officer = input.assignedTo ?? null;
        let department = input.department ?? null;
        if (input.auto) {
          const rules = await getService(strapi, 'complaint-intake').routingRules();
          const route = routeComplaint(rules, { category: c.category, beneficiaryCategory: c.beneficiaryCategory });
          if (!route) throw waslError('NO_ROUTING_RULE');
          officer = route.officerId;
          department = route.department;
        }
        if (!officer && !department)
          throw waslError('VALIDATION_FAILED', [{ field: 'assignedTo', code: 'ASSIGNEE_REQUIRED' }]);
        if (
          officer &&
          !(await strapi.db.query('plugin::users-permissions.user').count({ where: { id: officer, blocked: false } }))
        ) {
          throw waslError('VALIDATION_FAILED', [{ field: 'assignedTo', code: 'FIELD_INVALID_REFERENCE' }]);
        }
        return {
          columns: { department },
          assignedTo: officer,
          log: { kind: 'assignment', body: [department, input.note].filter(Boolean).join(' — ') || `user:${officer}` },
        };
      }),

    /** CM2, MC10: an internal note, a public reply (shown on the tracking page) or a call made. */
    act: (id: string, input: ActInput, actor: StaffActor) =>
      apply('act', id, actor, input.version, async (c) => {
        const to = statusAfterAction(c.status, input.kind, input.awaitComplainant);
        return { columns: { status: to, ...(await clockColumns(c, to)) }, log: { kind: input.kind, body: input.body } };
      }),

    /** CM5, S5: raised to senior management by hand. */
    escalate: (id: string, input: EscalateInput, actor: StaffActor) =>
      apply('escalate', id, actor, input.version, async (c) => ({
        columns: { escalation_level: (c.escalationLevel ?? 0) + 1, escalated_at: new Date() },
        log: { kind: 'escalation', body: input.reason },
      })),

    /** CM3: amicable settlement first — a complaint is resolved only with its settlement record. */
    resolve: (id: string, input: ResolveInput, actor: StaffActor) =>
      apply('resolve', id, actor, input.version, async (c) => {
        if (c.kind === 'complaint' && !input.settlementNotes)
          throw waslError('VALIDATION_FAILED', [{ field: 'settlementNotes', code: 'SETTLEMENT_NOTES_REQUIRED' }]);
        return {
          columns: {
            resolution: input.resolution,
            amicable_settlement: input.amicableSettlement,
            settlement_notes: input.settlementNotes ?? null,
            resolved_at: new Date(),
            paused_at: null,
          },
          log: input.publicReply
            ? { kind: 'public_reply', body: input.publicReply }
            : { kind: 'settlement', body: input.settlementNotes ?? input.resolution },
        };
      }),

    /** Closed with the complainant's satisfaction (1–5). */
    close: (id: string, input: CloseInput, actor: StaffActor) =>
      apply('close', id, actor, input.version, async () => ({
        columns: { satisfaction: input.satisfaction, closed_at: new Date() },
        log: {
          kind: 'status_change',
          body: [`satisfaction:${input.satisfaction}`, input.note].filter(Boolean).join(' — '),
        },
      })),

    /** Worked again with a new deadline from now; a new deadline can be escalated again. */
    reopen: (id: string, input: ReopenInput, actor: StaffActor) =>
      apply('reopen', id, actor, input.version, async (c) => {
        const now = new Date();
        return {
          columns: {
            reopened_at: now,
            reopen_count: (c.reopenCount ?? 0) + 1,
            resolved_at: null,
            closed_at: null,
            satisfaction: null,
            paused_at: null,
            paused_working_days: 0,
            due_at: await dueFrom(now, c.category),
          },
          log: { kind: 'status_change', body: input.reason },
        };
      }),
  };
};
