/**
 * Resource-specific rules of the generic adapter: normalisation that must happen before the schema
 * check (Saudi ID, +966 phone) and checks that need the database (duplicates).
 */
import type { Core } from '@strapi/strapi';
import { idNationalityMismatch, validateSaudiId } from '../domain/saudi-id';
import { normaliseSaudiPhone } from '../domain/phone';
import { normaliseArabic } from '../domain/arabic-text';
import type { ResourceName } from '../constants/access';
import type { FieldError } from '../utils/errors';
import { waslError } from '../utils/errors';
import { parseEligibilityRules } from '../domain/eligibility';
import type { Actor } from './audit';
import { SLA_STATES, type SlaState } from '../domain/sla-state';
import { checkCalendarSettings, checkHolidayDates } from '../validation/calendar-settings';
import { complaintSlaHook, retimeOpenComplaints } from './complaint-sla';
import { resetMailRedaction } from './reset-mail-redaction';
import { redactSurveyLinks, SURVEY_MAIL_TEMPLATES } from './surveys';
import { parseQuestions } from '../validation/survey-body';
import { getService } from '../utils/services';
import { acknowledgementKey } from './policy-reads';
import {
  appointmentsHook,
  correctiveActionsHook,
  fieldInspectionsHook,
  inspectionFindingsHook,
  visitsHook,
} from './desk-hooks';
import { committeesHook, contactOfficerAssignmentsHook, profileListsHook } from './configuration-hooks';

type Data = Record<string, unknown>;
export type HookContext = { strapi: Core.Strapi; data: Data; existing?: Data; mode: 'create' | 'update' };
export type WriteContext = { strapi: Core.Strapi; data: Data; actor: Actor; existing?: Data };
export type RecordHook = {
  /** Pure normalisation; returns field errors. Mutates `data`. */
  normalise?(ctx: HookContext): FieldError[];
  /** Database rules; returns conflicts (409). */
  conflicts?(ctx: HookContext): Promise<FieldError[]>;
  /**
   * Inside the transaction of a create or an update, before the write (`existing` on update): rules that
   * must hold against the rows other writers commit (a clash), and values the server sets. Mutates `data`.
   */
  beforeWrite?(ctx: WriteContext): Promise<void>;
  /** Inside the create transaction, before the insert: values only the server sets. Mutates `data`. */
  beforeInsert?(ctx: WriteContext): Promise<void>;
  /** Inside the create transaction, after the insert: rows that must land with it. */
  afterInsert?(ctx: WriteContext, created: { id: number; documentId: string }): Promise<void>;
  /** Inside the transaction of any create, update or delete: consequences that must land with it. */
  afterWrite?(ctx: WriteContext): Promise<void>;
  /** Values the server computes for each record it returns (mutates the records). */
  decorate?(strapi: Core.Strapi, records: Data[], actor: Actor): Promise<void>;
  /** Which of a draft-and-publish type's versions the caller reads (Strapi's draft by default). */
  readStatus?(strapi: Core.Strapi, actor: Actor): 'draft' | 'published';
  /**
   * Filters on computed values: field → SQL conditions for the value, or null when the value is invalid.
   * The caller is passed for filters relative to them ("my pending items").
   */
  computedFilters?: Record<string, (strapi: Core.Strapi, value: unknown, actor: Actor) => Promise<Data | null>>;
};

/**
 * What `q` matches for a beneficiary in the private key: the names, Arabic-normalised (diacritics,
 * alef/hamza/ta marbuta). P1: never the ID or the phone — those are searched in their own columns, and
 * only by the roles that see them (cms/constants/visibility.ts), so a masking role's `q` cannot match them.
 */
export const beneficiarySearchKey = (b: Data): string =>
  normaliseArabic([b.fullNameAr, b.fullNameEn].filter((v) => typeof v === 'string' && v).join(' '));

/**
 * P1: rewrites search keys written before they held names only (they held the ID and phone too), so the
 * old keys cannot answer a masking role's `q`. Idempotent; at bootstrap, in batches, only changed rows.
 */
export const refreshBeneficiarySearchKeys = async (strapi: Core.Strapi): Promise<number> => {
  const knex = strapi.db.connection;
  let changed = 0;
  for (let after = 0; ;) {
    const rows = (await knex('wasl_beneficiaries')
      .where('id', '>', after)
      .orderBy('id')
      .limit(1000)
      .select('id', 'full_name_ar', 'full_name_en', 'search_key')) as {
      id: number;
      full_name_ar: string;
      full_name_en: string | null;
      search_key: string | null;
    }[];
    if (rows.length === 0) return changed;
    for (const row of rows) {
      const key = beneficiarySearchKey({ fullNameAr: row.full_name_ar, fullNameEn: row.full_name_en });
      if (row.search_key !== key) {
        await knex('wasl_beneficiaries').where({ id: row.id }).update({ search_key: key });
        changed += 1;
      }
    }
    after = rows[rows.length - 1].id;
  }
};

const beneficiaries: RecordHook = {
  normalise({ data, existing }) {
    const errors: FieldError[] = [];
    if ('nationalId' in data && data.nationalId !== null && data.nationalId !== undefined && data.nationalId !== '') {
      const id = validateSaudiId(data.nationalId);
      if (id.ok) Object.assign(data, { nationalId: id.value, idKind: id.kind });
      else errors.push({ field: 'nationalId', code: id.code });
    }
    if ('phone' in data && data.phone) {
      const phone = normaliseSaudiPhone(data.phone);
      if (phone.ok) data.phone = phone.value;
      else errors.push({ field: 'phone', code: phone.code });
    }
    if (typeof data.nationality === 'string') data.nationality = data.nationality.toUpperCase();
    // HRF-H3: the data is matched at submission: a national ID is a Saudi's, an iqama another nationality's.
    const merged = { ...existing, ...data };
    const kind = typeof merged.nationalId === 'string' ? validateSaudiId(merged.nationalId) : null;
    const mismatch =
      kind?.ok && !errors.some((e) => e.field === 'nationalId')
        ? idNationalityMismatch(kind.kind, merged.nationality)
        : null;
    if (mismatch) errors.push({ field: 'nationality', code: mismatch });
    data.searchKey = beneficiarySearchKey({ ...existing, ...data });
    return errors;
  },
  // Duplicate detection on the national ID (DESIGN.md "Beneficiary"); the unique index backs it under races.
  async conflicts({ strapi, data, existing }) {
    if (typeof data.nationalId !== 'string') return [];
    const twin = await strapi.db.query('plugin::wasl.beneficiary').findOne({
      select: ['id'],
      where: { nationalId: data.nationalId, ...(existing ? { id: { $ne: existing.id } } : {}) },
    });
    return twin ? [{ field: 'nationalId', code: 'NATIONAL_ID_DUPLICATE' }] : [];
  },
};

const isDocumentList = (value: unknown): boolean =>
  Array.isArray(value) &&
  value.every(
    (d) =>
      typeof d === 'object' &&
      d !== null &&
      ['key', 'labelAr', 'labelEn'].every((k) => typeof (d as Data)[k] === 'string' && (d as Data)[k] !== ''),
  );

/** YSR-E: an admin edits eligibility rules and required documents as data; both are checked on write. */
const services: RecordHook = {
  ...retimeAfter('changed'),
  normalise({ data }) {
    const errors: FieldError[] = [];
    if ('eligibilityRules' in data) {
      const parsed = parseEligibilityRules(data.eligibilityRules ?? []);
      if (parsed.ok) data.eligibilityRules = parsed.rules;
      else
        errors.push(
          ...parsed.errors.map((e) => ({
            field: 'eligibilityRules',
            code: 'ELIGIBILITY_RULES_INVALID' as const,
            params: { index: e.index + 1, reasonAr: e.ar, reasonEn: e.en },
          })),
        );
    }
    if ('requiredDocuments' in data && data.requiredDocuments !== null && !isDocumentList(data.requiredDocuments)) {
      errors.push({ field: 'requiredDocuments', code: 'REQUIRED_DOCUMENTS_INVALID' });
    }
    return errors;
  },
};

const requestSla = (strapi: Core.Strapi) => getService(strapi, 'request-sla');

const CALENDAR_FIELDS = ['weekendDays', 'workdayStart', 'workdayEnd'];
const REQUEST_DEADLINE_FIELDS = [...CALENDAR_FIELDS, 'defaultSlaDays', 'defaultSlaUnit', 'slaDays', 'slaUnit'];
const COMPLAINT_DEADLINE_FIELDS = [...CALENDAR_FIELDS, 'complaintSlaDays', 'complaintSlaByCategory'];
const touches = (data: Data, fields: readonly string[]) => fields.some((field) => field in data);

/**
 * H7, CM4: a change to the calendar or to a deadline setting re-times the running deadlines it moves,
 * in the same transaction; a change to anything else (the profile's phone, a service's name) does not.
 */
function retimeAfter(scope: 'always' | 'changed'): Pick<RecordHook, 'afterWrite'> {
  return {
    async afterWrite({ strapi, data }) {
      if (scope === 'always' || touches(data, REQUEST_DEADLINE_FIELDS)) await requestSla(strapi).retimeOpen();
      if (scope === 'always' || touches(data, COMPLAINT_DEADLINE_FIELDS)) await retimeOpenComplaints(strapi);
    },
  };
}

/**
 * H6: a committee member's pending items — requests before the committee that studies their service,
 * where the caller sits, and that they have not voted on yet (one vote per member per request).
 */
async function awaitingVoteOf(strapi: Core.Strapi, value: unknown, actor: Actor): Promise<Data | null> {
  if (value !== true) return null;
  const votes = (await strapi.db
    .query('plugin::wasl.vote')
    .findMany({ select: ['id'], where: { member: { id: actor.id } }, populate: { request: { select: ['id'] } } })) as {
    request?: { id: number } | null;
  }[];
  const voted = votes.flatMap((v) => (v.request ? [v.request.id] : []));
  return {
    status: 'in_committee',
    service: { committee: { members: { id: actor.id } } },
    ...(voted.length ? { id: { $notIn: voted } } : {}),
  };
}

/** I1: "assigned to me" — the complaints routed to the signed-in staff member (the contact officer's queue). */
async function assignedToMe(_strapi: Core.Strapi, value: unknown, actor: Actor): Promise<Data | null> {
  return value === true ? { assignedTo: { id: actor.id } } : null;
}

/** H1: a request is received with a tracking number, in state `received`, and its first event. */
const serviceRequests: RecordHook = {
  // H7: the queue's SLA badge and its filter are computed by the server.
  async decorate(strapi, records) {
    const states = await requestSla(strapi).stateOf(records as { status: string }[]);
    records.forEach((record, i) => {
      record.slaState = states[i];
    });
  },
  computedFilters: {
    async slaState(strapi, value) {
      const states = Array.isArray(value) ? value : [value];
      if (states.length === 0 || !states.every((v) => (SLA_STATES as readonly unknown[]).includes(v))) return null;
      return requestSla(strapi).conditionsFor(states as SlaState[]);
    },
    awaitingMyVote: awaitingVoteOf,
  },
  normalise({ data, mode }) {
    if (mode === 'create' && (data.receivedAt === undefined || data.receivedAt === null))
      data.receivedAt = new Date().toISOString();
    if (mode === 'create' && (data.channel === undefined || data.channel === null)) data.channel = 'in_person';
    return [];
  },
  // ALL-CH: only a channel the association has enabled.
  conflicts: ({ strapi, data }) =>
    'channel' in data
      ? getService(strapi, 'channels').refusals([{ field: 'channel', kind: 'channel', value: data.channel }])
      : Promise.resolve([]),
  async beforeInsert({ strapi, data, actor }) {
    Object.assign(data, {
      trackingNumber: await getService(strapi, 'tracking').next('request', new Date(data.receivedAt as string)),
      status: 'received',
      version: 1,
      receivedBy: actor.id,
    });
  },
  async afterInsert({ strapi, actor }, created) {
    await strapi.db.query('plugin::wasl.request-event').create({
      data: {
        request: created.id,
        fromStatus: null,
        toStatus: 'received',
        actor: actor.id,
        actorRole: actor.role,
        at: new Date(),
      },
    });
  },
};

/** H5: the officer who records the attestation is on it, and witnesses a ticked statement. */
const attestations: RecordHook = {
  normalise({ data, mode }) {
    if (mode === 'create' && !data.attestedAt) data.attestedAt = new Date().toISOString();
    return [];
  },
  async beforeInsert({ data, actor }) {
    data.recordedBy = actor.id;
    if (data.method === 'witnessed_checkbox' && !data.witness) data.witness = actor.id;
  },
};

/** H7: an admin edits the holidays without code; open deadlines move with them. */
const holidays: RecordHook = {
  normalise: ({ data, existing }) => checkHolidayDates({ ...existing, ...data }),
  ...retimeAfter('always'),
};

/** H7: the working week, hours and default deadline; changing them re-times open deadlines. */
const associationProfiles: RecordHook = {
  normalise: (ctx) => [...checkCalendarSettings({ ...ctx.existing, ...ctx.data }), ...profileListsHook.normalise(ctx)],
  conflicts: profileListsHook.conflicts,
  ...retimeAfter('changed'),
};

/**
 * PD3: a staff member acknowledges the version they read, once: the server records who, when and which
 * version — the published one, never the draft's number nor the client's —, for a policy (not a guide)
 * that is published and not superseded; a second time for the same version is a duplicate.
 */
const policyAcknowledgements: RecordHook = {
  async beforeInsert({ strapi, data, actor }) {
    const documentId = String(data.policy);
    const version = await getService(strapi, 'policy-reads').signableVersion(documentId);
    const uniqueKey = acknowledgementKey(documentId, actor.id, version);
    // Checked here for a clean 409; the unique index still settles two clicks racing each other.
    if (await strapi.db.query('plugin::wasl.policy-acknowledgement').count({ where: { uniqueKey } }))
      throw waslError('DUPLICATE_VALUE', [{ field: 'policy', code: 'DUPLICATE_VALUE' }]);
    Object.assign(data, {
      user: actor.id,
      versionNumber: version,
      acknowledgedAt: new Date().toISOString(),
      uniqueKey,
    });
  },
};

/** PD3, PD4: staff read what was published, the admin the drafts; both with publication and signing facts. */
const policyDocuments: RecordHook = {
  readStatus: (strapi, actor) => getService(strapi, 'policy-reads').statusFor(actor),
  decorate: (strapi, records, actor) => getService(strapi, 'policy-reads').decorate(records, actor),
};

/** ALL-CH: a channel's or category's key is what records store, so it is well-formed and never changes. */
const listRows: RecordHook = {
  normalise({ data, existing, mode }) {
    if (!('key' in data)) return [];
    if (mode === 'update' && existing && data.key !== existing.key) return [{ field: 'key', code: 'KEY_IMMUTABLE' }];
    return typeof data.key === 'string' && /^[a-z][a-z0-9_]{0,39}$/.test(data.key)
      ? []
      : [{ field: 'key', code: 'KEY_INVALID' }];
  },
};

/** S1: a questionnaire is data the admin builds; its questions are checked (and normalised) on every write. */
const surveys: RecordHook = {
  normalise({ data, mode }) {
    if (mode === 'create' && !('questions' in data)) return [{ field: 'questions', code: 'FIELD_REQUIRED' }];
    if (!('questions' in data)) return [];
    const parsed = parseQuestions(data.questions);
    if (!parsed.ok) return parsed.errors;
    data.questions = parsed.value;
    return [];
  },
};

const INTERVIEW_CHANNELS = ['in_person', 'phone'];

/** S4: staff record an interview's (or a call's) answers for a request; the server checks and scores them. */
const surveyResponses: RecordHook = {
  normalise({ data, mode }) {
    if (mode !== 'create') return [];
    const errors: FieldError[] = [];
    if (data.request === undefined || data.request === null || data.request === '')
      errors.push({ field: 'request', code: 'FIELD_REQUIRED' });
    if (data.channel === undefined || data.channel === null) data.channel = 'in_person';
    else if (!INTERVIEW_CHANNELS.includes(String(data.channel)))
      errors.push({ field: 'channel', code: 'FIELD_INVALID_ENUM', params: { values: INTERVIEW_CHANNELS.join(', ') } });
    if (data.answers === undefined || data.answers === null) errors.push({ field: 'answers', code: 'FIELD_REQUIRED' });
    return errors;
  },
  beforeInsert: ({ strapi, data }) => getService(strapi, 'surveys').prepareInterview(data),
};

/** P1: whoever reads the outbox never sees a usable one-time link (reset or survey). */
const notifications: RecordHook = {
  async decorate(strapi, records, actor) {
    await resetMailRedaction.decorate?.(strapi, records, actor);
    for (const record of records) {
      if (!SURVEY_MAIL_TEMPLATES.includes(String(record.template))) continue;
      if (typeof record.bodyText === 'string') record.bodyText = redactSurveyLinks(record.bodyText);
      if (typeof record.bodyHtml === 'string') record.bodyHtml = redactSurveyLinks(record.bodyHtml);
    }
  },
};

export const RECORD_HOOKS: Partial<Record<ResourceName, RecordHook>> = {
  channels: listRows,
  'complaint-categories': listRows,
  beneficiaries,
  services,
  'service-requests': serviceRequests,
  attestations,
  holidays,
  'association-profiles': associationProfiles,
  committees: committeesHook,
  'contact-officer-assignments': contactOfficerAssignmentsHook,
  complaints: { ...complaintSlaHook, computedFilters: { ...complaintSlaHook.computedFilters, assignedToMe } },
  'policy-acknowledgements': policyAcknowledgements,
  'policy-documents': policyDocuments,
  notifications,
  surveys,
  'survey-responses': surveyResponses,
  visits: visitsHook,
  appointments: appointmentsHook,
  'field-inspections': fieldInspectionsHook,
  'inspection-findings': inspectionFindingsHook,
  'corrective-actions': correctiveActionsHook,
};
