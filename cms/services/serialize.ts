/**
 * Documents → ra-data-simple-rest records: `id` is the documentId, relations are documentIds,
 * private attributes never leave the server, masked fields are masked for roles that need no more (P1).
 */
import { maskNationalId } from '../domain/saudi-id';
import { maskPhone } from '../domain/phone';
import type { ResourceRule } from '../constants/access';
import type { StaffRole } from '../constants/roles';
import { isToMany, type Attributes } from '../validation/attributes';
import { privateMediaOf } from './private-media';

export type Doc = Record<string, unknown> & { documentId: string };
export type WaslRecord = Record<string, unknown> & { id: string };

const MASKERS: Record<string, (value: string) => string> = {
  nationalId: maskNationalId,
  phone: maskPhone,
  complainantPhone: maskPhone,
};
const maskValue = (field: string, value: unknown): unknown => {
  if (typeof value !== 'string' || value === '') return value;
  const masker = MASKERS[field];
  if (masker) return masker(value);
  if (field.toLowerCase().includes('email')) return value.replace(/^(.).*(@.*)$/, '$1***$2');
  return '••••';
};

const relationId = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(relationId);
  if (value && typeof value === 'object') {
    const v = value as { documentId?: string; id?: number; url?: string; name?: string; mime?: string };
    return v.url !== undefined ? { id: v.id, url: v.url, name: v.name, mime: v.mime } : (v.documentId ?? v.id ?? null);
  }
  return value ?? null;
};

export const isMaskedFor = (rule: ResourceRule, role: StaffRole, field: string): boolean =>
  Boolean(rule.masked && rule.masked.fields.includes(field) && !rule.masked.unmaskedFor.includes(role));

export const toRecord = (doc: Doc, attributes: Attributes, rule: ResourceRule, role: StaffRole): WaslRecord => {
  const record: WaslRecord = { id: doc.documentId };
  for (const key of ['createdAt', 'updatedAt', 'publishedAt']) if (key in doc) record[key] = doc[key];
  for (const [field, attribute] of Object.entries(attributes)) {
    if (attribute.private || !(field in doc)) continue;
    const raw = attribute.type === 'media' ? privateMediaOf(rule.uid, field, doc.documentId, relationId(doc[field]))
      : attribute.type === 'relation' ? relationId(doc[field]) : doc[field];
    record[field] = isMaskedFor(rule, role, field) ? maskValue(field, raw) : raw;
  }
  return record;
};

/** Populate just enough to name related records: documentIds for relations, url for media. */
export const populateFor = (attributes: Attributes, depth: 'list' | 'one') => {
  const populate: Record<string, { fields: string[] }> = {};
  for (const [field, attribute] of Object.entries(attributes)) {
    if (attribute.private) continue;
    if (attribute.type === 'relation' && (depth === 'one' || !isToMany(attribute))) populate[field] = { fields: ['documentId'] };
    if (attribute.type === 'media') populate[field] = { fields: ['url', 'name', 'mime'] };
  }
  return populate;
};
