/**
 * Surveys (S1, S4, MC4, ALL-SAT, YSR-E1):
 *  - invitations with one-time links: a random 256-bit token goes into `<PUBLIC_URL>/survey/<token>`, the
 *    link into a mail through the outbox, and only the token's SHA-256 is stored, with its expiry
 *    (WASL_SURVEY_LINK_TTL_DAYS, 30). After delivery of a service that needs a rating (YSR-E1, H8) and in a
 *    periodic campaign (S1), one invitation per (survey, request) or (survey, beneficiary, period);
 *  - the public answer: checked against the questions, stored as ONE response in the transaction that burns
 *    the invitation (a conditional UPDATE … WHERE used_at IS NULL, so two answers racing cannot both win);
 *  - S4: an interview's (or a call's) answers recorded by the staff through the survey-responses route;
 *  - MC4: results per question, service, branch and month, never per staff member (ALL-SAT).
 * The token is never logged, answered to staff, or written to the audit log; the outbox copy of a sent
 * invitation loses its link (as a password reset's does).
 */
import crypto from 'crypto';
import type { Core } from '@strapi/strapi';
import type { Actor } from './audit';
import type { LoadedRequest } from './request-journey';
import { ratingRequested, surveyInvitation } from '../notifications/templates';
import { checkAnswers, perQuestion, summarise, type Answers, type SurveyQuestion } from '../domain/survey-answers';
import { riyadhDateKey } from '../domain/hijri';
import { parseDayRange } from '../validation/stats-query';
import { addDays, riyadhDayStart } from './stats-rollup';
import {
  parseAnswerBody,
  parseCampaignBody,
  parseQuestions,
  parseResultsQuery,
  type ResultsQuery,
} from '../validation/survey-body';
import { waslError, type FieldError } from '../utils/errors';
import { workflowNow } from '../utils/clock';
import { getService } from '../utils/services';
import { publicBaseUrl } from '../utils/public-url';
import { associationName } from '../utils/association';

const SURVEY = 'plugin::wasl.survey';
const INVITATION = 'plugin::wasl.survey-invitation';
const RESPONSE = 'plugin::wasl.survey-response';
const REQUEST = 'plugin::wasl.service-request';
const BRANCH = 'plugin::wasl.branch';
const BENEFICIARY = 'plugin::wasl.beneficiary';
const INVITATIONS_TABLE = 'wasl_survey_invitations';
/** Templates whose sent copy loses its link (cms/services/surveys.ts scrubDeliveredLinks). */
export const SURVEY_MAIL_TEMPLATES = ['rating_requested', 'survey_invitation'];
const CAMPAIGN_BATCH = 200;
const DAY = 86_400_000;

const sha256 = (value: string) => crypto.createHash('sha256').update(value).digest('hex');
const ttlDays = () => {
  const value = Number(process.env.WASL_SURVEY_LINK_TTL_DAYS);
  return Number.isFinite(value) && value > 0 ? value : 30;
};
/** A token is 43 base64url characters; anything else is not a link of ours. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;
/** The link's token, cut from text once it has been delivered or when staff read the outbox. */
export const redactSurveyLinks = (text: string): string => text.replace(/\/survey\/[A-Za-z0-9_-]{20,}/g, '/survey/…');

type SurveyRow = {
  id: number;
  documentId: string;
  key: string;
  titleAr: string;
  titleEn: string | null;
  kind: 'periodic' | 'post_service';
  questions: unknown;
  active: boolean | null;
  opensAt: string | null;
  closesAt: string | null;
  service?: { id: number; documentId: string; nameAr: string; nameEn: string | null } | null;
};
type InvitationRow = {
  id: number;
  documentId: string;
  expiresAt: string;
  usedAt: string | null;
  survey: SurveyRow | null;
  request: {
    id: number;
    documentId: string;
    service: { id: number; documentId: string; nameAr: string; nameEn: string | null } | null;
    branch: { id: number; documentId: string } | null;
  } | null;
  beneficiary: { id: number; documentId: string; branch: { id: number; documentId: string } | null } | null;
};
type Named = { id: number; nameAr: string; nameEn: string | null } | null;
type ResponseRow = {
  id: number;
  score: number | string | null;
  answers: Answers | null;
  comment: string | null;
  submittedAt: string;
  service: Named;
  branch: Named;
};

const isOpen = (survey: SurveyRow, now: Date) =>
  survey.active !== false &&
  (!survey.opensAt || new Date(survey.opensAt) <= now) &&
  (!survey.closesAt || new Date(survey.closesAt) > now);

const questionsOf = (survey: SurveyRow): SurveyQuestion[] => {
  const parsed = parseQuestions(survey.questions);
  // A questionnaire written before questions were checked (or by hand) cannot be answered until fixed.
  if (!parsed.ok) throw waslError('SURVEY_INACTIVE');
  return parsed.value;
};

const invalid = (errors: FieldError[]) => waslError('VALIDATION_FAILED', errors);

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const audit = () => getService(strapi, 'audit');
  const publicBase = () => publicBaseUrl(strapi);

  /** Creates the invitation row (inside the caller's transaction) and answers the link with the raw token. */
  const createInvitation = async (input: {
    survey: SurveyRow;
    request?: number | null;
    beneficiary: number;
    channel: string;
    dedupeKey: string;
    campaignPeriod?: string | null;
    now: Date;
  }): Promise<{ documentId: string; link: string; expiresAt: Date }> => {
    const token = crypto.randomBytes(32).toString('base64url');
    const expiresAt = new Date(input.now.getTime() + ttlDays() * DAY);
    const created = (await strapi.db.query(INVITATION).create({
      data: {
        survey: input.survey.id,
        request: input.request ?? null,
        beneficiary: input.beneficiary,
        channel: input.channel,
        campaignPeriod: input.campaignPeriod ?? null,
        sentAt: input.now,
        expiresAt,
        tokenHash: sha256(token),
        dedupeKey: input.dedupeKey,
      },
    })) as { documentId: string };
    return { documentId: created.documentId, link: `${publicBase()}/survey/${token}`, expiresAt };
  };

  /** The post-service questionnaire for a service: its own (the newest active one), else a general one. */
  const postServiceSurvey = async (serviceId: number, now: Date): Promise<SurveyRow | null> => {
    const rows = (await strapi.db.query(SURVEY).findMany({
      where: { kind: 'post_service', active: { $ne: false } },
      populate: { service: { select: ['id'] } },
      orderBy: { id: 'desc' },
    })) as SurveyRow[];
    const open = rows.filter((s) => isOpen(s, now) && parseQuestions(s.questions).ok);
    return open.find((s) => s.service?.id === serviceId) ?? open.find((s) => !s.service) ?? null;
  };

  /** The invitation behind a token, or the 404 an unknown, expired or closed link gets. */
  const invitationOf = async (token: string, now: Date): Promise<InvitationRow> => {
    if (!TOKEN.test(token)) throw waslError('SURVEY_LINK_INVALID');
    const row = (await strapi.db.query(INVITATION).findOne({
      where: { tokenHash: sha256(token) },
      populate: {
        survey: { populate: { service: { select: ['id', 'documentId', 'nameAr', 'nameEn'] } } },
        request: {
          select: ['id', 'documentId'],
          populate: {
            service: { select: ['id', 'documentId', 'nameAr', 'nameEn'] },
            branch: { select: ['id', 'documentId'] },
          },
        },
        beneficiary: { select: ['id', 'documentId'], populate: { branch: { select: ['id', 'documentId'] } } },
      },
    })) as InvitationRow | null;
    if (!row || !row.survey || new Date(row.expiresAt) <= now || !isOpen(row.survey, now))
      throw waslError('SURVEY_LINK_INVALID');
    if (row.usedAt) throw waslError('SURVEY_ALREADY_ANSWERED');
    return row;
  };

  const resolveBranch = async (value: string | undefined, field: string): Promise<number | null> => {
    if (!value) return null;
    const row = (await strapi.db
      .query(BRANCH)
      .findOne({ select: ['id'], where: /^\d+$/.test(value) ? { id: Number(value) } : { documentId: value } })) as {
      id: number;
    } | null;
    if (!row) throw invalid([{ field, code: 'FIELD_INVALID_REFERENCE' }]);
    return row.id;
  };

  return {
    /**
     * YSR-E1, H8: the rating request after delivery. By email it carries a one-time link to the service's
     * post-service questionnaire; through any other channel it stays a staff task without a link (staff
     * read the questions on the call or at the next visit and record the answers, S4). Inside the
     * transition's transaction.
     */
    async ratingMessage(
      request: LoadedRequest,
      common: { associationName: string; beneficiaryName: string; trackingNumber: string; serviceName: string },
      channel: string,
    ) {
      if (channel !== 'email') return ratingRequested(common);
      const now = workflowNow();
      const survey = await postServiceSurvey(request.service.id, now);
      if (!survey) return ratingRequested(common);
      const dedupeKey = `request:${request.id}:survey:${survey.id}`;
      if (await strapi.db.query(INVITATION).count({ where: { dedupeKey } })) return ratingRequested(common);
      const invitation = await createInvitation({
        survey,
        request: request.id,
        beneficiary: request.beneficiary.id,
        channel,
        dedupeKey,
        now,
      });
      await audit().record({
        actor: null,
        action: 'survey_invited',
        resource: 'survey-invitations',
        recordId: invitation.documentId,
        summary: { survey: survey.documentId, request: request.documentId, channel },
      });
      return ratingRequested({ ...common, link: invitation.link, expiresAt: invitation.expiresAt });
    },

    /**
     * P1: the outbox keeps a message's body until it is delivered; once a survey mail is sent its link is
     * cut from the stored copy (raw update: no lifecycle of its own, and no second delivery).
     */
    scrubDeliveredLinks(): void {
      strapi.db.lifecycles.subscribe({
        models: ['plugin::wasl.notification'],
        async afterUpdate(event: {
          params: { data?: { status?: string } };
          result?: { id?: number; template?: string; bodyText?: string; bodyHtml?: string | null };
        }) {
          const row = event.result;
          if (event.params.data?.status !== 'sent' || !row?.id || !SURVEY_MAIL_TEMPLATES.includes(row.template ?? ''))
            return;
          const knex = strapi.db.connection;
          const stored = (await knex('wasl_notifications').where({ id: row.id }).first('body_text', 'body_html')) as
            { body_text: string; body_html: string | null } | undefined;
          if (!stored) return;
          await knex('wasl_notifications')
            .where({ id: row.id })
            .update({
              body_text: redactSurveyLinks(stored.body_text),
              body_html: stored.body_html ? redactSurveyLinks(stored.body_html) : null,
            });
        },
      });
    },

    /** The questionnaire behind a link, without any personal data. */
    async publicView(token: string) {
      const row = await invitationOf(token, workflowNow());
      const survey = row.survey as SurveyRow;
      const service = row.request?.service ?? survey.service ?? null;
      return {
        titleAr: survey.titleAr,
        titleEn: survey.titleEn,
        kind: survey.kind,
        serviceNameAr: service?.nameAr ?? null,
        serviceNameEn: service?.nameEn ?? null,
        expiresAt: row.expiresAt,
        questions: questionsOf(survey),
      };
    },

    /** One response per link: checked, then stored in the transaction that burns the invitation. */
    async answer(token: string, body: unknown): Promise<{ submittedAt: string }> {
      const now = workflowNow();
      const row = await invitationOf(token, now);
      const survey = row.survey as SurveyRow;
      const parsed = parseAnswerBody(body);
      if (!parsed.ok) throw invalid(parsed.errors);
      const checked = checkAnswers(questionsOf(survey), parsed.value.answers);
      if (!checked.ok) throw invalid(checked.errors);
      await strapi.db.transaction(async ({ trx }) => {
        const burnt = await trx(INVITATIONS_TABLE)
          .where({ id: row.id })
          .whereNull('used_at')
          .update({ used_at: now, updated_at: now });
        if (burnt !== 1) throw waslError('SURVEY_ALREADY_ANSWERED');
        const response = (await strapi.db.query(RESPONSE).create({
          data: {
            survey: survey.id,
            request: row.request?.id ?? null,
            beneficiary: row.beneficiary?.id ?? null,
            service: row.request?.service?.id ?? survey.service?.id ?? null,
            branch: row.request?.branch?.id ?? row.beneficiary?.branch?.id ?? null,
            answers: checked.answers,
            score: checked.score,
            comment: parsed.value.comment || null,
            channel: 'website',
            submittedAt: now,
          },
        })) as { documentId: string };
        await audit().record({
          actor: null,
          action: 'survey_answered',
          resource: 'survey-responses',
          recordId: response.documentId,
          summary: { survey: survey.documentId, invitation: row.documentId, channel: 'website' },
        });
      });
      return { submittedAt: now.toISOString() };
    },

    /**
     * S4: an interview's or a call's answers, recorded by the staff (the records adapter's create, in its
     * transaction, audited there): checked against the questions; the score, the time, and the beneficiary,
     * service and branch of the request are the server's.
     */
    async prepareInterview(data: Record<string, unknown>): Promise<void> {
      const now = workflowNow();
      const survey = (await strapi.db.query(SURVEY).findOne({
        where: { documentId: String(data.survey) },
        populate: { service: { select: ['id', 'documentId'] } },
      })) as SurveyRow | null;
      if (!survey) throw invalid([{ field: 'survey', code: 'FIELD_INVALID_REFERENCE' }]);
      if (!isOpen(survey, now)) throw waslError('SURVEY_INACTIVE', [{ field: 'survey', code: 'SURVEY_INACTIVE' }]);
      const request = (await strapi.db.query(REQUEST).findOne({
        where: { documentId: String(data.request) },
        select: ['id', 'documentId'],
        populate: {
          service: { select: ['id', 'documentId'] },
          branch: { select: ['id', 'documentId'] },
          beneficiary: { select: ['id', 'documentId'], populate: { branch: { select: ['id', 'documentId'] } } },
        },
      })) as {
        service: { documentId: string; id: number } | null;
        branch: { documentId: string } | null;
        beneficiary: { documentId: string; branch: { documentId: string } | null } | null;
      } | null;
      if (!request) throw invalid([{ field: 'request', code: 'FIELD_INVALID_REFERENCE' }]);
      if (survey.kind === 'post_service' && survey.service && survey.service.id !== request.service?.id)
        throw invalid([{ field: 'survey', code: 'SURVEY_MISMATCH' }]);
      const checked = checkAnswers(questionsOf(survey), data.answers);
      if (!checked.ok) throw invalid(checked.errors);
      Object.assign(data, {
        answers: checked.answers,
        score: checked.score,
        submittedAt: now.toISOString(),
        beneficiary: request.beneficiary?.documentId ?? null,
        service: request.service?.documentId ?? null,
        branch: request.branch?.documentId ?? request.beneficiary?.branch?.documentId ?? null,
      });
    },

    /**
     * S1: a periodic survey to every beneficiary with an e-mail address (or those of one branch), in batches
     * of 200, each batch one transaction with its audit entry; one invitation per beneficiary, survey and
     * period, so pressing the button again (or after a failure) invites only those not yet invited.
     */
    async sendCampaign(actor: Actor, surveyDocumentId: string, body: unknown) {
      const parsed = parseCampaignBody(body);
      if (!parsed.ok) throw invalid(parsed.errors);
      const now = workflowNow();
      const survey = (await strapi.db
        .query(SURVEY)
        .findOne({ where: { documentId: surveyDocumentId } })) as SurveyRow | null;
      if (!survey) throw waslError('NOT_FOUND');
      if (survey.kind !== 'periodic') throw waslError('SURVEY_NOT_PERIODIC');
      if (!isOpen(survey, now)) throw waslError('SURVEY_INACTIVE');
      questionsOf(survey);
      const branchId = await resolveBranch(parsed.value.branch, 'branch');
      const { period } = parsed.value;
      const name = await associationName(strapi);
      let invited = 0;
      let alreadyInvited = 0;
      for (let after = 0; ;) {
        const batch = (await strapi.db.query(BENEFICIARY).findMany({
          select: ['id', 'documentId', 'fullNameAr', 'email'],
          where: {
            id: { $gt: after },
            email: { $notNull: true, $ne: '' },
            ...(branchId ? { branch: { id: branchId } } : {}),
          },
          orderBy: { id: 'asc' },
          limit: CAMPAIGN_BATCH,
        })) as { id: number; documentId: string; fullNameAr: string; email: string }[];
        if (batch.length === 0) break;
        after = batch[batch.length - 1].id;
        const keyOf = (id: number) => `campaign:${survey.id}:${period}:${id}`;
        await strapi.db.transaction(async () => {
          const done = new Set(
            (
              (await strapi.db.query(INVITATION).findMany({
                select: ['dedupeKey'],
                where: { dedupeKey: { $in: batch.map((b) => keyOf(b.id)) } },
              })) as { dedupeKey: string }[]
            ).map((r) => r.dedupeKey),
          );
          let sent = 0;
          for (const beneficiary of batch) {
            if (done.has(keyOf(beneficiary.id))) continue;
            const invitation = await createInvitation({
              survey,
              beneficiary: beneficiary.id,
              channel: 'email',
              dedupeKey: keyOf(beneficiary.id),
              campaignPeriod: period,
              now,
            });
            const mail = surveyInvitation({
              associationName: name,
              beneficiaryName: beneficiary.fullNameAr,
              surveyTitle: survey.titleAr,
              link: invitation.link,
              expiresAt: invitation.expiresAt,
            });
            await getService(strapi, 'outbox').enqueue({
              channel: 'email',
              recipient: beneficiary.email,
              template: 'survey_invitation',
              relatedType: 'survey-invitation',
              relatedId: invitation.documentId,
              ...mail,
            });
            sent += 1;
          }
          invited += sent;
          alreadyInvited += batch.length - sent;
          if (sent)
            await audit().record({
              actor,
              action: 'survey_campaign_sent',
              resource: 'surveys',
              recordId: survey.documentId,
              summary: { period, branch: branchId, invited: sent, skipped: batch.length - sent },
            });
        });
      }
      return { survey: survey.documentId, period, branch: branchId, invited, alreadyInvited };
    },

    /**
     * MC4, ALL-SAT: a questionnaire's results over Riyadh calendar days [from, to] (default the last 30),
     * optionally one branch: per question, per service, per branch and per month. Nothing names or counts
     * per staff member: responses are grouped by what was served and where, never by who served.
     */
    async results(surveyDocumentId: string, rawQuery: unknown) {
      const parsed = parseResultsQuery(rawQuery);
      if (!parsed.ok) throw invalid(parsed.errors);
      const query: ResultsQuery = parsed.value;
      const survey = (await strapi.db
        .query(SURVEY)
        .findOne({ where: { documentId: surveyDocumentId } })) as SurveyRow | null;
      if (!survey) throw waslError('NOT_FOUND');
      const range = parseDayRange(query);
      if (!range.ok) throw invalid(range.errors);
      const { from, to } = range.value;
      const start = riyadhDayStart(from);
      const end = riyadhDayStart(addDays(to, 1));
      const branchId = await resolveBranch(query.branch, 'branch');
      const rows = (await strapi.db.query(RESPONSE).findMany({
        select: ['id', 'score', 'answers', 'comment', 'submittedAt'],
        where: {
          survey: { id: survey.id },
          submittedAt: { $gte: start, $lt: end },
          ...(branchId ? { branch: { id: branchId } } : {}),
        },
        populate: { service: { select: ['id', 'nameAr', 'nameEn'] }, branch: { select: ['id', 'nameAr', 'nameEn'] } },
        orderBy: { id: 'asc' },
      })) as ResponseRow[];
      const scored = rows.map((r) => ({ ...r, score: r.score === null ? null : Number(r.score) }));
      const group = <K extends string | number | null>(keyOf: (r: (typeof scored)[number]) => K) => {
        const groups = new Map<K, typeof scored>();
        for (const row of scored) groups.set(keyOf(row), [...(groups.get(keyOf(row)) ?? []), row]);
        return [...groups.entries()];
      };
      const parsedQuestions = parseQuestions(survey.questions);
      // Invitations have no branch of their own (a campaign's go to beneficiaries): counted for the whole survey only.
      const sentIn = { survey: { id: survey.id }, sentAt: { $gte: start, $lt: end } };
      const invitations = branchId ? null : await strapi.db.query(INVITATION).count({ where: sentIn });
      const answeredInvitations = branchId
        ? null
        : await strapi.db.query(INVITATION).count({ where: { ...sentIn, usedAt: { $notNull: true } } });
      const overall = summarise(scored);
      return {
        survey: { id: survey.documentId, key: survey.key, titleAr: survey.titleAr, titleEn: survey.titleEn },
        from,
        to,
        branch: branchId,
        ...overall,
        invitations,
        answeredInvitations,
        // Interviews (S4) have no invitation: the rate is the share of links sent in the range that were answered.
        responseRate: invitations ? Math.round((1000 * (answeredInvitations ?? 0)) / invitations) / 10 : null,
        questions: parsedQuestions.ok
          ? perQuestion(
              parsedQuestions.value,
              scored.map((r) => r.answers ?? {}),
            )
          : [],
        comments: scored.flatMap((r) => (r.comment ? [r.comment] : [])),
        byService: group((r) => r.service?.id ?? null).map(([serviceId, list]) => ({
          serviceId,
          serviceNameAr: list[0].service?.nameAr ?? null,
          serviceNameEn: list[0].service?.nameEn ?? null,
          ...summarise(list),
        })),
        byBranch: group((r) => r.branch?.id ?? null).map(([id, list]) => ({
          branchId: id,
          branchNameAr: list[0].branch?.nameAr ?? null,
          branchNameEn: list[0].branch?.nameEn ?? null,
          ...summarise(list),
        })),
        byMonth: group((r) => `${riyadhDateKey(new Date(r.submittedAt)).slice(0, 7)}-01`)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([month, list]) => ({ month, ...summarise(list) })),
      };
    },
  };
};
