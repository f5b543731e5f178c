/**
 * ra-data-simple-rest's list contract: `sort=["field","ASC"]`, `range=[start,end]` (inclusive),
 * `filter={...}` as JSON query parameters. Parsed into document-service arguments so sorting,
 * filtering and paging happen in SQL, never in memory. P1: a field the caller's role sees hidden or
 * masked (cms/constants/visibility.ts) is never filtered, ranged or sorted on, and `q` searches only
 * values the role sees; every filter value is checked against its attribute's type (a 400, never a 500).
 */
import { normaliseArabic } from '../domain/arabic-text';
import { RESOURCES, type ResourceName, type ResourceRule } from '../constants/access';
import type { StaffRole } from '../constants/roles';
import { searchFieldsFor, visibilityOf } from '../constants/visibility';
import type { FieldError } from '../utils/errors';
import type { Attribute, Attributes } from './attributes';

export const MAX_PAGE_SIZE = 500;
export const DEFAULT_PAGE_SIZE = 25;

export type ListQuery = {
  start: number;
  limit: number;
  sort: Record<string, 'asc' | 'desc'>;
  filters: Record<string, unknown>;
  /** Filters on values the server computes (e.g. `slaState`), translated by the resource's hook. */
  computed: Record<string, unknown>;
};

type Raw = { sort?: unknown; range?: unknown; filter?: unknown };
/** Whose list: the resource (its visibility table), the caller's role, the schema, computed filter names. */
export type ListScope = {
  resource: ResourceName;
  role: StaffRole;
  attributes: Attributes;
  computedFields?: readonly string[];
  /** Records whose masked fields stay masked for this caller (a confidential case's beneficiary): never matched on them. */
  shielded?: readonly number[];
};
type Outcome =
  | {
      ok: true;
      query: ListQuery;
      /** The fields filtered on (q included) and the `q` text, for the audit of searches. */ fields: string[];
      q?: unknown;
    }
  | { ok: false; code: 'INVALID_RANGE' | 'INVALID_SORT' | 'INVALID_FILTER'; errors: FieldError[] };

const parseJson = (value: unknown): unknown => {
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') return Symbol.for('invalid');
  try {
    return JSON.parse(value);
  } catch {
    return Symbol.for('invalid');
  }
};

const SCALAR_SORTABLE = new Set([
  'string',
  'text',
  'email',
  'enumeration',
  'integer',
  'biginteger',
  'decimal',
  'float',
  'boolean',
  'date',
  'datetime',
  'uid',
]);
const OPERATORS: Record<string, string> = { gte: '$gte', lte: '$lte', gt: '$gt', lt: '$lt', ne: '$ne' };
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const INTEGER = /^-?\d{1,15}$/;
const DECIMAL = /^-?\d{1,15}(\.\d{1,10})?$/;

export const parseRange = (raw: unknown): [number, number] | null => {
  const range = parseJson(raw);
  if (range === undefined) return [0, DEFAULT_PAGE_SIZE - 1];
  if (!Array.isArray(range) || range.length !== 2 || !range.every((n) => Number.isInteger(n) && n >= 0)) return null;
  const [start, end] = range as [number, number];
  if (end < start || end - start + 1 > MAX_PAGE_SIZE) return null;
  return [start, end];
};

/** The role may filter or sort on the field: it exists, is not private, and the role sees its value. */
const usable = (scope: ListScope, field: string): boolean => {
  const attribute = scope.attributes[field];
  if (!attribute || attribute.private) return false;
  const visibility = visibilityOf(scope.resource, scope.role, field);
  return visibility === 'full' || visibility === 'readonly';
};

type SortOutcome = { ok: true; sort: ListQuery['sort'] } | { ok: false; error: FieldError };
const badSort = (field: string): SortOutcome => ({
  ok: false,
  error: { field, code: field === 'sort' ? 'INVALID_SORT' : 'SORT_NOT_ALLOWED' },
});

const parseSort = (raw: unknown, scope: ListScope): SortOutcome => {
  const sort = parseJson(raw);
  if (sort === undefined) return { ok: true, sort: { createdAt: 'desc' } };
  if (!Array.isArray(sort) || sort.length !== 2 || typeof sort[0] !== 'string') return badSort('sort');
  const [field, order] = sort as [string, unknown];
  const dir = typeof order === 'string' ? order.toLowerCase() : '';
  const known =
    field === 'id' ||
    field === 'createdAt' ||
    field === 'updatedAt' ||
    (usable(scope, field) && SCALAR_SORTABLE.has(scope.attributes[field].type));
  if (!known || (dir !== 'asc' && dir !== 'desc')) return badSort(field);
  return { ok: true, sort: { [field]: dir } };
};

const validDate = (value: string) =>
  DATE.test(value) &&
  !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
  new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

/** One filter value against its attribute's type; the value the SQL gets, or undefined when it is wrong. */
const scalarValue = (attribute: Attribute, value: unknown): unknown => {
  switch (attribute.type) {
    case 'string':
    case 'text':
    case 'richtext':
    case 'email':
    case 'uid':
      return typeof value === 'string' ? value : undefined;
    case 'enumeration':
      return typeof value === 'string' && (attribute.enum ?? []).includes(value) ? value : undefined;
    case 'integer':
    case 'biginteger':
      if (Number.isSafeInteger(value)) return value;
      return typeof value === 'string' && INTEGER.test(value) ? Number(value) : undefined;
    case 'decimal':
    case 'float':
      if (typeof value === 'number' && Number.isFinite(value)) return value;
      return typeof value === 'string' && DECIMAL.test(value) ? Number(value) : undefined;
    case 'boolean':
      return typeof value === 'boolean' ? value : undefined;
    case 'date':
      return typeof value === 'string' && validDate(value) ? value : undefined;
    case 'datetime':
      return typeof value === 'string' &&
        (DATE.test(value) ? validDate(value) : /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value)))
        ? value
        : undefined;
    case 'relation':
      return typeof value === 'string' && value.length > 0 && value.length <= 64 ? value : undefined;
    default:
      return undefined;
  }
};

/** A scalar, or (equality only) a non-empty list of scalars; null means "is empty". Anything else is a 400. */
const checkedValue = (
  attribute: Attribute,
  value: unknown,
  op: string | undefined,
): { ok: true; value: unknown } | { ok: false } => {
  if (value === null) return op ? { ok: false } : { ok: true, value: null };
  if (Array.isArray(value)) {
    if (op || value.length === 0 || value.length > MAX_PAGE_SIZE) return { ok: false };
    const values = value.map((v) => scalarValue(attribute, v));
    return values.every((v) => v !== undefined) ? { ok: true, value: values } : { ok: false };
  }
  const checked = scalarValue(attribute, value);
  return checked === undefined ? { ok: false } : { ok: true, value: checked };
};

const DOCUMENT_ID: Attribute = { type: 'relation' };

type Condition = Record<string, unknown>;

/** A condition on a field that is masked on shielded records is never met by those records. */
const guarded = (scope: ListScope, field: string, condition: Condition): Condition => {
  const masked = (RESOURCES[scope.resource] as ResourceRule).masked?.fields ?? [];
  if (!scope.shielded?.length || !masked.includes(field)) return condition;
  return { $and: [condition, { id: { $notIn: [...scope.shielded] } }] };
};

const searchFilter = (value: unknown, scope: ListScope): Condition | Refusal => {
  const fields = searchFieldsFor(scope.resource, scope.role);
  if (typeof value !== 'string') return VALUE;
  if (fields.length === 0) return FIELD;
  const needle = normaliseArabic(value);
  const attributes = scope.attributes;
  // Private keys and the ID/phone columns hold normalised text (ASCII digits); the others are matched as typed.
  const normalised = (f: string) => attributes[f]?.private || f === 'nationalId' || f === 'phone';
  return { $or: fields.map((f) => guarded(scope, f, { [f]: { $containsi: normalised(f) ? needle : value.trim() } })) };
};

/** Why a filter is refused: the field is not one the role may filter on, or the value does not fit its type. */
const FIELD = 'FILTER_NOT_ALLOWED' as const;
const VALUE = 'FILTER_VALUE_INVALID' as const;
type Refusal = typeof FIELD | typeof VALUE;

const filterFor = (field: string, value: unknown, scope: ListScope): Condition | Refusal => {
  if (field === 'q') return searchFilter(value, scope);
  if (field === 'id') {
    const checked = checkedValue(DOCUMENT_ID, value, undefined);
    if (!checked.ok || checked.value === null) return VALUE;
    return { documentId: Array.isArray(checked.value) ? { $in: checked.value } : { $eq: checked.value } };
  }
  const [, name, op] = /^(.+?)(?:_(gte|lte|gt|lt|ne))?$/.exec(field) ?? [];
  if (!name || !usable(scope, name)) return FIELD;
  const attribute = scope.attributes[name];
  if (attribute.type === 'json' || attribute.type === 'media' || (attribute.type === 'relation' && op)) return FIELD;
  const checked = checkedValue(attribute, value, op);
  if (!checked.ok) return VALUE;
  const v = checked.value;
  if (attribute.type === 'relation') {
    if (v === null) return { [name]: { id: { $null: true } } };
    return { [name]: { documentId: Array.isArray(v) ? { $in: v } : { $eq: v } } };
  }
  if (op) return guarded(scope, name, { [name]: { [OPERATORS[op]]: v } });
  return guarded(scope, name, { [name]: Array.isArray(v) ? { $in: v } : v === null ? { $null: true } : { $eq: v } });
};

type ParsedFilter = {
  filters: Record<string, unknown>;
  computed: Record<string, unknown>;
  bad: FieldError[];
  fields: string[];
  q?: unknown;
};

const parseFilter = (raw: unknown, scope: ListScope): ParsedFilter | null => {
  const filter = parseJson(raw);
  if (filter === undefined) return { filters: {}, computed: {}, bad: [], fields: [] };
  if (typeof filter !== 'object' || filter === null || Array.isArray(filter)) return null;
  const and: Record<string, unknown>[] = [];
  const computed: Record<string, unknown> = {};
  const bad: FieldError[] = [];
  const fields: string[] = [];
  for (const [field, value] of Object.entries(filter as Record<string, unknown>)) {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      bad.push({ field, code: VALUE });
      continue;
    }
    if (scope.computedFields?.includes(field)) {
      computed[field] = value;
      continue;
    }
    const condition = filterFor(field, value, scope);
    const name = field.replace(/_(gte|lte|gt|lt|ne)$/, '');
    if (typeof condition === 'string') bad.push({ field: name, code: condition });
    else {
      and.push(condition);
      fields.push(name);
    }
  }
  const q = (filter as Record<string, unknown>).q;
  return { filters: and.length ? { $and: and } : {}, computed, bad, fields, q };
};

export const parseListQuery = (raw: Raw, scope: ListScope): Outcome => {
  const range = parseRange(raw.range);
  if (!range) return { ok: false, code: 'INVALID_RANGE', errors: [{ field: 'range', code: 'INVALID_RANGE' }] };
  const sort = parseSort(raw.sort, scope);
  if (!sort.ok) return { ok: false, code: 'INVALID_SORT', errors: [sort.error] };
  const filter = parseFilter(raw.filter, scope);
  if (!filter) return { ok: false, code: 'INVALID_FILTER', errors: [{ field: 'filter', code: 'INVALID_FILTER' }] };
  if (filter.bad.length) return { ok: false, code: 'INVALID_FILTER', errors: filter.bad };
  const query = {
    start: range[0],
    limit: range[1] - range[0] + 1,
    sort: sort.sort,
    filters: filter.filters,
    computed: filter.computed,
  };
  return { ok: true, query, fields: filter.fields, q: filter.q };
};
