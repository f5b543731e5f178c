/**
 * P1: confidential cases (cms/domain/confidentiality.ts) applied to every resource that is a service
 * request or hangs off one (events, attestations, votes, decisions, agenda items, survey responses):
 * the conditions go into the SQL of lists, totals and reads, so a case the caller is not on is absent
 * from lists and totals and 404 on read; a beneficiary reached only through such cases is masked.
 */
import type { Core, UID } from '@strapi/strapi';
import { resourceRule, type ResourceName } from '../constants/access';
import {
  seesEveryCase,
  visibleRequestConditions,
  visibleThroughRequest,
  type CaseFacts,
  type CaseViewer,
  type Conditions,
} from '../domain/confidentiality';
import { waslError } from '../utils/errors';
import type { Attributes } from '../validation/attributes';

const REQUEST = 'plugin::wasl.service-request';
const SERVICE = 'plugin::wasl.service';

type Row = { id: number; documentId?: string; beneficiary?: { id: number } | null };

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const attributesOf = (resource: ResourceName) =>
    strapi.contentType(resourceRule(resource).uid as UID.ContentType).attributes as unknown as Attributes;

  /** The relation through which a record belongs to a request: '' for a request itself, null when it does not. */
  const requestPath = (resource: ResourceName): string | null => {
    if (resourceRule(resource).uid === REQUEST) return '';
    const entry = Object.entries(attributesOf(resource)).find(
      ([, a]) => a.type === 'relation' && a.target === REQUEST && !/ToMany$/.test(a.relation ?? ''),
    );
    return entry ? entry[0] : null;
  };

  /** What a confidential record of this resource looks like, as a filter. */
  const confidentialWhere = (resource: ResourceName): Conditions | null => {
    const path = requestPath(resource);
    if (path === null) return null;
    return path === '' ? { service: { confidential: true } } : { [path]: { service: { confidential: true } } };
  };

  const beneficiariesOf = async (where: Conditions): Promise<Set<number>> => {
    const rows = (await strapi.db
      .query(REQUEST)
      .findMany({ where, select: ['id'], populate: { beneficiary: { select: ['id'] } } })) as Row[];
    return new Set(rows.flatMap((r) => (r.beneficiary ? [r.beneficiary.id] : [])));
  };

  const idsOf = async (uid: UID.Schema, where: Conditions): Promise<number[]> =>
    ((await strapi.db.query(uid).findMany({ where, select: ['id'] })) as Row[]).map((r) => r.id);

  /** Which services are confidential and which services' committees the viewer sits on (two small look-ups). */
  const factsFor = async (viewer: CaseViewer): Promise<CaseFacts> => {
    const confidentialServices = seesEveryCase(viewer) ? [] : await idsOf(SERVICE, { confidential: true });
    const committeeServices = confidentialServices.length
      ? await idsOf(SERVICE, {
          $and: [{ id: { $in: confidentialServices } }, { committee: { members: { id: viewer.id } } }],
        })
      : [];
    return { confidentialServices, committeeServices };
  };

  /** The confidential requests the viewer is not on (ids): what records hanging off requests must not point to. */
  const hiddenRequests = async (viewer: CaseViewer, facts: CaseFacts): Promise<number[]> => {
    const visible = visibleRequestConditions(viewer, facts);
    if (!visible) return [];
    const confidential = { service: { id: { $in: [...facts.confidentialServices] } } };
    const seen = new Set(await idsOf(REQUEST, { $and: [confidential, visible] }));
    return (await idsOf(REQUEST, confidential)).filter((id) => !seen.has(id));
  };

  /** SQL conditions the caller's list and reads of this resource must meet; null: none. */
  const conditionsFor = async (resource: ResourceName, viewer: CaseViewer): Promise<Conditions | null> => {
    const path = requestPath(resource);
    if (path === null) return null;
    const facts = await factsFor(viewer);
    return path === ''
      ? visibleRequestConditions(viewer, facts)
      : visibleThroughRequest(path, await hiddenRequests(viewer, facts));
  };

  /** A record the caller may see exists; otherwise 404, the same as an unknown id (an attestation to sign, a request to move). */
  const assertVisible = async (resource: ResourceName, documentId: string, viewer: CaseViewer): Promise<void> => {
    const conditions = await conditionsFor(resource, viewer);
    const found = await strapi.db
      .query(resourceRule(resource).uid as UID.Schema)
      .count({ where: { $and: [{ documentId }, ...(conditions ? [conditions] : [])] } });
    if (!found) throw waslError('NOT_FOUND');
  };

  return {
    conditionsFor,

    /** The documentIds among these that are confidential (for the `read_confidential` audit). */
    async confidentialAmong(resource: ResourceName, documentIds: string[]): Promise<string[]> {
      const where = confidentialWhere(resource);
      if (!where || documentIds.length === 0) return [];
      const rows = (await strapi.db.query(resourceRule(resource).uid as UID.Schema).findMany({
        where: { $and: [{ documentId: { $in: documentIds } }, where] },
        select: ['id', 'documentId'],
      })) as Row[];
      const found = new Set(rows.map((r) => r.documentId));
      return documentIds.filter((id) => found.has(id));
    },

    assertVisible,

    /** The request exists and the caller is on the case; otherwise 404, the same as an unknown id. */
    assertRequestVisible: (documentId: string, viewer: CaseViewer) =>
      assertVisible('service-requests', documentId, viewer),

    /**
     * Beneficiaries whose requests include a confidential case the caller is not on, and none they are on:
     * their ID and phone stay masked for this caller even where the role otherwise sees them in full.
     */
    async shieldedBeneficiaries(viewer: CaseViewer): Promise<number[]> {
      const conditions = await conditionsFor('service-requests', viewer);
      if (!conditions) return [];
      const confidential = { service: { confidential: true } };
      const all = await beneficiariesOf(confidential);
      if (all.size === 0) return [];
      const onCase = await beneficiariesOf({ $and: [confidential, conditions] });
      return [...all].filter((id) => !onCase.has(id));
    },
  };
};
