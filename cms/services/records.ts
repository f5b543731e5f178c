/**
 * The generic simple-rest adapter over Strapi's document service: every console resource lists,
 * reads, creates, updates and deletes through here, with the caller's role enforced on the
 * resource, each field (cms/constants/visibility.ts) and each action, confidential cases kept to the
 * staff on them (P1), sort/filter/paging pushed down to SQL, every write inside one transaction with
 * its audit entry, every sensitive read audited (./read-audit.ts).
 */
import type { Core, UID } from '@strapi/strapi';
import { canDo, resourceRule, type RecordAction, type ResourceName } from '../constants/access';
import type { StaffRole } from '../constants/roles';
import { waslError, type FieldError } from '../utils/errors';
import { checkAttributes, isToMany, type Attributes } from '../validation/attributes';
import { parseListQuery } from '../validation/list-query';
import { screenBody } from '../validation/record-body';
import { RECORD_HOOKS } from './record-hooks';
import { populateFor, toRecord, type Doc, type WaslRecord } from './serialize';
import type { Conditions } from '../domain/confidentiality';
import type { Actor } from './audit';
import { asDuplicate, duplicateFields } from './unique-fields';
import { getService } from '../utils/services';

export type StaffActor = Actor & { role: StaffRole };

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const uidOf = (resource: ResourceName) => resourceRule(resource).uid as UID.CollectionType;
  const attributesOf = (resource: ResourceName) =>
    strapi.contentType(uidOf(resource)).attributes as unknown as Attributes;
  const docs = (resource: ResourceName) => strapi.documents(uidOf(resource));
  const audit = () => getService(strapi, 'audit');
  const confidential = () => getService(strapi, 'confidential');
  const readAudit = () => getService(strapi, 'read-audit');
  /** P1: the SQL conditions of the confidential cases the caller may see (null: none apply). */
  const caseConditions = (resource: ResourceName, actor: StaffActor): Promise<Conditions | null> =>
    confidential().conditionsFor(resource, actor);
  const withConditions = (filters: Record<string, unknown>, conditions: Conditions | null) =>
    conditions ? { $and: [filters, conditions] } : filters;

  /** Beneficiaries reached only through confidential cases the caller is not on stay masked for them. */
  const shielded = async (resource: ResourceName, actor: StaffActor): Promise<number[]> => {
    const masked = resourceRule(resource).masked;
    if (resource !== 'beneficiaries' || !masked || !masked.unmaskedFor.includes(actor.role)) return [];
    return confidential().shieldedBeneficiaries(actor);
  };
  const viewerOf = (resource: ResourceName, actor: StaffActor, hidden: readonly number[]) => (doc: Doc) => ({
    resource,
    role: actor.role,
    alsoMasked: hidden.includes(Number(doc.id)) ? new Set(resourceRule(resource).masked?.fields ?? []) : undefined,
  });
  const uniqueScope = (resource: ResourceName) => ({
    strapi,
    uid: uidOf(resource),
    resource,
    attributes: attributesOf(resource),
  });

  const authorise = (resource: ResourceName, action: RecordAction, actor: StaffActor) => {
    if (!canDo(actor.role, resource, action)) throw waslError('FORBIDDEN');
  };

  /** The record, if the caller may know it exists: a confidential case they are not on is the same 404 as none. */
  const loadDoc = async (resource: ResourceName, id: string, actor: StaffActor): Promise<Doc> => {
    const filters = withConditions({ documentId: id }, await caseConditions(resource, actor));
    const doc = await docs(resource).findFirst({
      filters,
      populate: populateFor(attributesOf(resource), 'one'),
      ...statusOf(resource, actor),
    } as never);
    if (!doc) throw waslError('NOT_FOUND');
    return doc as unknown as Doc;
  };

  const missingReferences = async (
    resource: ResourceName,
    data: Record<string, unknown>,
    actor: StaffActor,
  ): Promise<FieldError[]> => {
    const errors: FieldError[] = [];
    for (const [field, attribute] of Object.entries(attributesOf(resource))) {
      if (attribute.type !== 'relation' || data[field] === undefined || data[field] === null) continue;
      const ids = [...new Set((isToMany(attribute) ? data[field] : [data[field]]) as string[])];
      // P1: a confidential case the caller is not on cannot be linked to either (it does not exist for them).
      const cases =
        attribute.target === resourceRule('service-requests').uid
          ? await caseConditions('service-requests', actor)
          : null;
      const found = await strapi
        .documents(attribute.target as UID.CollectionType)
        .count({ filters: withConditions({ documentId: { $in: ids } }, cases) } as never);
      if (found !== ids.length) errors.push({ field, code: 'FIELD_INVALID_REFERENCE' });
    }
    return errors;
  };

  /** Every rule a write must pass, in order: shape, role, schema, resource rules, references, duplicates. */
  const prepareWrite = async (resource: ResourceName, body: unknown, actor: StaffActor, existing?: Doc) => {
    const rule = resourceRule(resource);
    const attributes = attributesOf(resource);
    const current = existing
      ? toRecord(existing, attributes, viewerOf(resource, actor, await shielded(resource, actor))(existing))
      : undefined;
    const { data, invalid, forbidden } = screenBody({ body, attributes, rule, role: actor.role, current });
    if (invalid.length) throw waslError('VALIDATION_FAILED', invalid);
    if (forbidden.length) throw waslError('FORBIDDEN_FIELD', forbidden);
    const hook = RECORD_HOOKS[resource];
    const mode = existing ? 'update' : 'create';
    const normalised = hook?.normalise?.({ strapi, data, existing, mode }) ?? [];
    const faulty = new Set(normalised.map((e) => e.field));
    const schemaErrors = checkAttributes(data, attributes, mode).filter(
      (e) => !faulty.has(e.field) && !(e.code === 'FIELD_REQUIRED' && rule.serverOwned?.includes(e.field)),
    );
    const errors = [...normalised, ...schemaErrors];
    if (errors.length) throw waslError('VALIDATION_FAILED', errors);
    const references = await missingReferences(resource, data, actor);
    if (references.length) throw waslError('VALIDATION_FAILED', references);
    const conflicts = (await hook?.conflicts?.({ strapi, data, existing, mode })) ?? [];
    if (conflicts.length) throw waslError(conflicts[0].code, conflicts, conflicts[0].params);
    const duplicates = await duplicateFields(uniqueScope(resource), data, existing ? Number(existing.id) : undefined);
    if (duplicates.length) throw waslError('DUPLICATE_VALUE', duplicates);
    return data;
  };

  /** One write with its audit entry; a uniqueness race lost inside it still answers 409 naming the field. */
  const inTransaction = async <T>(
    work: () => Promise<T>,
    write: { resource: ResourceName; data: Record<string, unknown>; exceptId?: number },
  ): Promise<T> => {
    try {
      return await strapi.db.transaction(work);
    } catch (error) {
      return asDuplicate(uniqueScope(write.resource), error, write.data, write.exceptId);
    }
  };

  /** Filters on computed values (e.g. the SLA flag) become SQL conditions; an unknown value is a 400. */
  const withComputedFilters = async (
    resource: ResourceName,
    filters: Record<string, unknown>,
    computed: Record<string, unknown>,
    actor: StaffActor,
  ) => {
    const translators = RECORD_HOOKS[resource]?.computedFilters ?? {};
    const extra: Record<string, unknown>[] = [];
    for (const [field, value] of Object.entries(computed)) {
      const conditions = await translators[field](strapi, value, actor);
      if (!conditions) throw waslError('INVALID_FILTER', [{ field, code: 'INVALID_FILTER' }]);
      extra.push(conditions);
    }
    return extra.length ? { $and: [filters, ...extra] } : filters;
  };

  const decorated = async (resource: ResourceName, records: WaslRecord[], actor: StaffActor): Promise<WaslRecord[]> => {
    await RECORD_HOOKS[resource]?.decorate?.(strapi, records, actor);
    return records;
  };
  /** PD3: a draft-and-publish resource may be read in its published version only (cms/services/policy-reads.ts). */
  const statusOf = (resource: ResourceName, actor: StaffActor) => {
    const status = RECORD_HOOKS[resource]?.readStatus?.(strapi, actor);
    return status ? { status } : {};
  };
  const serialised = async (resource: ResourceName, doc: unknown, actor: StaffActor): Promise<WaslRecord> =>
    (
      await decorated(
        resource,
        [
          toRecord(
            doc as Doc,
            attributesOf(resource),
            viewerOf(resource, actor, await shielded(resource, actor))(doc as Doc),
          ),
        ],
        actor,
      )
    )[0];

  return {
    async list(resource: ResourceName, raw: Record<string, unknown>, actor: StaffActor) {
      authorise(resource, 'find', actor);
      const attributes = attributesOf(resource);
      const hook = RECORD_HOOKS[resource];
      const hidden = await shielded(resource, actor);
      const parsed = parseListQuery(raw, {
        resource,
        role: actor.role,
        attributes,
        computedFields: Object.keys(hook?.computedFilters ?? {}),
        shielded: hidden,
      });
      if (!parsed.ok) throw waslError(parsed.code, parsed.errors);
      const { start, limit, sort } = parsed.query;
      const filters = withConditions(
        await withComputedFilters(resource, parsed.query.filters, parsed.query.computed, actor),
        await caseConditions(resource, actor),
      );
      const [rows, total] = await Promise.all([
        docs(resource).findMany({
          filters,
          sort,
          start,
          limit,
          populate: populateFor(attributes, 'list'),
          ...statusOf(resource, actor),
        } as never),
        docs(resource).count({ filters, ...statusOf(resource, actor) } as never),
      ]);
      const view = viewerOf(resource, actor, hidden);
      const records = await decorated(
        resource,
        (rows as unknown as Doc[]).map((doc) => toRecord(doc, attributes, view(doc))),
        actor,
      );
      await readAudit().listRead({
        resource,
        actor,
        ids: records.map((r) => r.id),
        filtered: parsed.fields,
        q: parsed.q,
      });
      return { records, start, end: start + Math.max(records.length - 1, 0), total };
    },

    async findOne(resource: ResourceName, id: string, actor: StaffActor): Promise<WaslRecord> {
      authorise(resource, 'findOne', actor);
      const doc = await loadDoc(resource, id, actor);
      await readAudit().oneRead(resource, id, actor);
      return serialised(resource, doc, actor);
    },

    async create(resource: ResourceName, body: unknown, actor: StaffActor): Promise<WaslRecord> {
      authorise(resource, 'create', actor);
      const data = await prepareWrite(resource, body, actor);
      const hook = RECORD_HOOKS[resource];
      const doc = await inTransaction(
        async () => {
          await hook?.beforeWrite?.({ strapi, data, actor });
          await hook?.beforeInsert?.({ strapi, data, actor });
          const created = await docs(resource).create({
            data,
            populate: populateFor(attributesOf(resource), 'one'),
          } as never);
          await hook?.afterInsert?.({ strapi, data, actor }, created as unknown as { id: number; documentId: string });
          await hook?.afterWrite?.({ strapi, data, actor });
          await audit().record({
            actor,
            action: 'create',
            resource,
            recordId: created.documentId,
            summary: { fields: Object.keys(data) },
          });
          return created;
        },
        { resource, data },
      );
      return serialised(resource, doc, actor);
    },

    async update(resource: ResourceName, id: string, body: unknown, actor: StaffActor): Promise<WaslRecord> {
      authorise(resource, 'update', actor);
      const existing = await loadDoc(resource, id, actor);
      const data = await prepareWrite(resource, body, actor, existing);
      const doc = await inTransaction(
        async () => {
          await RECORD_HOOKS[resource]?.beforeWrite?.({ strapi, data, actor, existing });
          const updated = await docs(resource).update({
            documentId: id,
            data,
            populate: populateFor(attributesOf(resource), 'one'),
          } as never);
          await RECORD_HOOKS[resource]?.afterWrite?.({ strapi, data, actor, existing });
          await audit().record({
            actor,
            action: 'update',
            resource,
            recordId: id,
            summary: { fields: Object.keys(data) },
          });
          return updated;
        },
        { resource, data, exceptId: Number(existing.id) },
      );
      return serialised(resource, doc, actor);
    },

    async remove(resource: ResourceName, id: string, actor: StaffActor): Promise<WaslRecord> {
      authorise(resource, 'delete', actor);
      const existing = await loadDoc(resource, id, actor);
      await inTransaction(
        async () => {
          await docs(resource).delete({ documentId: id });
          await RECORD_HOOKS[resource]?.afterWrite?.({ strapi, data: {}, actor });
          await audit().record({ actor, action: 'delete', resource, recordId: id });
        },
        { resource, data: {} },
      );
      return toRecord(
        existing,
        attributesOf(resource),
        viewerOf(resource, actor, await shielded(resource, actor))(existing),
      );
    },
  };
};
