/**
 * YSR-E1: registering for a service online, from the website's form or `POST /api/wasl/public/requests`.
 * One transaction creates the request in `received` (channel website, registeredOnline) with its first
 * event and its audit entry, and the beneficiary when the national ID is new to the registry. The answer
 * tells the applicant what is still missing: the eligibility conditions their own answers do not meet
 * (explainEligibility, the rules the front desk applies) and the documents to bring, and the response time.
 *
 * A national ID that is already registered (decision): the request is filed for that beneficiary, whose
 * row is left untouched — an anonymous form must not overwrite the registry — and what the applicant typed
 * is kept on the request (`intakeData.onlineApplicant`) for the officer to compare at the desk. The answer
 * is computed from the typed facts only, in both cases, so it is the same whether or not the ID was known:
 * the form cannot be used to learn who is registered. A confidential or unpublished service is a 404.
 */
import type { Core } from '@strapi/strapi';
import { explainEligibility, missingDocuments, type RequiredDocument, type Unmet } from '../domain/eligibility';
import { parseRegistration, type RegistrationInput } from '../validation/registration-body';
import { isUniqueViolation, waslError } from '../utils/errors';
import { getService } from '../utils/services';
import { beneficiarySearchKey } from './record-hooks';

const SERVICE = 'plugin::wasl.service';
const BENEFICIARY = 'plugin::wasl.beneficiary';
const REQUEST = 'plugin::wasl.service-request';

type PublicService = {
  id: number;
  key: string;
  nameAr: string;
  nameEn: string | null;
  eligibilityRules: unknown;
  requiredDocuments: unknown;
  slaDays: number | null;
  slaUnit: 'working_days' | 'calendar_days' | null;
};

export type RegistrationResult = {
  trackingNumber: string;
  status: 'received';
  receivedAt: string;
  service: { key: string; nameAr: string; nameEn: string | null };
  unmet: Unmet[];
  documents: RequiredDocument[];
  responseTime: { days: number; unit: 'working_days' | 'calendar_days' };
};

/** The service's required documents an online applicant has not handed in yet: all of them, once each. */
const documentsToBring = (required: unknown): RequiredDocument[] => {
  const list = Array.isArray(required) ? (required as RequiredDocument[]) : [];
  return missingDocuments(required, []).flatMap((m) => list.filter((d) => d.key === m.document).slice(0, 1));
};

const unmetOf = (service: PublicService, input: RegistrationInput, today: Date): Unmet[] =>
  explainEligibility(service.eligibilityRules ?? [], {
    beneficiary: { ...input, birthDate: input.birthDate ?? null },
    request: { registeredOnline: true, referralSource: input.referralSource ?? null, documentsProvided: [] },
    today,
  }).unmet;

/** What the applicant typed, as the officer sees it on the request. */
const applicantOf = (input: RegistrationInput) => {
  const { service: _service, ...facts } = input;
  return facts;
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** YSR-E1: only a published service that is not confidential is offered online; any other key is a 404. */
  const publicService = async (key: string): Promise<PublicService> => {
    const row = (await strapi.db.query(SERVICE).findOne({
      where: { key, published: true, confidential: { $ne: true } },
      select: ['id', 'key', 'nameAr', 'nameEn', 'eligibilityRules', 'requiredDocuments', 'slaDays', 'slaUnit'],
    })) as PublicService | null;
    if (!row) throw waslError('NOT_FOUND');
    return row;
  };

  const createBeneficiary = async (input: RegistrationInput, now: Date): Promise<number> => {
    const row = (await strapi.db.query(BENEFICIARY).create({
      data: {
        nationalId: input.nationalId,
        idKind: input.idKind,
        fullNameAr: input.fullNameAr,
        nationality: input.nationality,
        legalResidency: input.legalResidency,
        gender: input.gender,
        socialStatus: input.socialStatus,
        phone: input.phone,
        email: input.email ?? null,
        birthDate: input.birthDate ?? null,
        city: input.city ?? null,
        // The officer sets the category at the desk; the form does not ask a visitor to classify themselves.
        category: 'other',
        preferredChannel: input.email ? 'email' : 'sms',
        consentGiven: true,
        consentAt: now,
        searchKey: beneficiarySearchKey(input),
      },
    })) as { id: number; documentId: string };
    await getService(strapi, 'audit').record({
      actor: null,
      action: 'create',
      resource: 'beneficiaries',
      recordId: row.documentId,
      summary: { channel: 'website', registeredOnline: true },
    });
    return row.id;
  };

  const file = (service: PublicService, input: RegistrationInput, now: Date) =>
    strapi.db.transaction(async () => {
      const known = (await strapi.db
        .query(BENEFICIARY)
        .findOne({ select: ['id'], where: { nationalId: input.nationalId } })) as { id: number } | null;
      const beneficiary = known?.id ?? (await createBeneficiary(input, now));
      const trackingNumber = await getService(strapi, 'tracking').next('request', now);
      const created = (await strapi.db.query(REQUEST).create({
        data: {
          trackingNumber,
          beneficiary,
          service: service.id,
          channel: 'website',
          status: 'received',
          version: 1,
          receivedAt: now,
          registeredOnline: true,
          referralSource: input.referralSource ?? null,
          documentsProvided: [],
          intakeData: { onlineApplicant: applicantOf(input), registry: known ? 'existing' : 'created' },
        },
      })) as { id: number; documentId: string };
      await strapi.db.query('plugin::wasl.request-event').create({
        data: {
          request: created.id,
          fromStatus: null,
          toStatus: 'received',
          actor: null,
          actorRole: 'public',
          at: now,
        },
      });
      await getService(strapi, 'audit').record({
        actor: null,
        action: 'create',
        resource: 'service-requests',
        recordId: created.documentId,
        summary: {
          channel: 'website',
          service: service.key,
          registeredOnline: true,
          registry: known ? 'existing' : 'created',
        },
      });
      return trackingNumber;
    });

  const responseTime = async (service: PublicService): Promise<RegistrationResult['responseTime']> => {
    if (service.slaDays) return { days: service.slaDays, unit: service.slaUnit ?? 'working_days' };
    const profile = (await strapi.db
      .query('plugin::wasl.association-profile')
      .findOne({ select: ['defaultSlaDays', 'defaultSlaUnit'] })) as {
      defaultSlaDays?: number;
      defaultSlaUnit?: 'working_days' | 'calendar_days';
    } | null;
    return { days: profile?.defaultSlaDays ?? 15, unit: profile?.defaultSlaUnit ?? 'working_days' };
  };

  return {
    publicService,

    /** The body names the service by its key (`service`); the site's form puts the page's key there. */
    async register(body: unknown): Promise<RegistrationResult> {
      const key =
        typeof (body as { service?: unknown } | null)?.service === 'string'
          ? (body as { service: string }).service
          : '';
      const service = key ? await publicService(key.trim()) : null;
      const parsed = parseRegistration(body);
      if (!parsed.ok) throw waslError('VALIDATION_FAILED', parsed.errors);
      if (!service) throw waslError('NOT_FOUND');
      // ALL-CH: the website is a channel the association may switch off.
      await getService(strapi, 'channels').assertEnabled([{ field: 'channel', kind: 'channel', value: 'website' }]);
      const now = new Date();
      // Two first registrations of one new ID racing: the unique index lets one create the beneficiary;
      // the other runs again and files its request for that beneficiary.
      const trackingNumber = await file(service, parsed.value, now).catch((error: unknown) => {
        if (isUniqueViolation(error)) return file(service, parsed.value, now);
        throw error;
      });
      return {
        trackingNumber,
        status: 'received',
        receivedAt: now.toISOString(),
        service: { key: service.key, nameAr: service.nameAr, nameEn: service.nameEn },
        unmet: unmetOf(service, parsed.value, now),
        documents: documentsToBring(service.requiredDocuments),
        responseTime: await responseTime(service),
      };
    },
  };
};
