/**
 * ra-data-simple-rest's list contract: `sort=["field","ASC"]`, `range=[start,end]` (inclusive),
 * `filter={...}` as JSON query parameters. Parsed into document-service arguments so sorting,
 * filtering and paging happen in SQL, never in memory.
 */
import { normaliseArabic } from '../domain/arabic-text';
import type { FieldError } from '../utils/errors';
import { isToMany, type Attributes } from './attributes';

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
type Outcome = { ok: true; query: ListQuery } | { ok: false; code: 'INVALID_RANGE' | 'INVALID_SORT' | 'INVALID_FILTER'; errors: FieldError[] };

const parseJson = (value: unknown): unknown => {
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') return Symbol.for('invalid');
  try {
    return JSON.parse(value);
  } catch {
    return Symbol.for('invalid');
  }
};

const SCALAR_SORTABLE = new Set(['string', 'text', 'email', 'enumeration', 'integer', 'biginteger', 'decimal', 'float', 'boolean', 'date', 'datetime', 'uid']);
const OPERATORS: Record<string, string> = { gte: '$gte', lte: '$lte', gt: '$gt', lt: '$lt', ne: '$ne' };

export const parseRange = (raw: unknown): [number, number] | null => {
  const range = parseJson(raw);
  if (range === undefined) return [0, DEFAULT_PAGE_SIZE - 1];
  if (!Array.isArray(range) || range.length !== 2 || !range.every((n) => Number.isInteger(n) && n >= 0)) return null;
  const [start, end] = range as [number, number];
  if (end < start || end - start + 1 > MAX_PAGE_SIZE) return null;
  return [start, end];
};

const parseSort = (raw: unknown, attributes: Attributes): ListQuery['sort'] | null => {
  const sort = parseJson(raw);
  if (sort === undefined) return { createdAt: 'desc' };
  if (!Array.isArray(sort) || sort.length !== 2) return null;
  const [field, order] = sort as [unknown, unknown];
  const dir = typeof order === 'string' ? order.toLowerCase() : '';
  const known = field === 'id' || field === 'createdAt' || field === 'updatedAt' || (typeof field === 'string' && SCALAR_SORTABLE.has(attributes[field]?.type ?? ''));
  if (!known || (dir !== 'asc' && dir !== 'desc')) return null;
  return { [field === 'id' ? 'id' : (field as string)]: dir };
};

const filterFor = (field: string, value: unknown, attributes: Attributes, search: readonly string[]): [string, unknown] | null => {
  if (field === 'q') {
    if (typeof value !== 'string' || search.length === 0) return null;
    const needle = normaliseArabic(value);
    return ['$or', search.map((f) => ({ [f]: { $containsi: f === 'searchKey' ? needle : value.trim() } }))];
  }
  if (field === 'id') return ['documentId', Array.isArray(value) ? { $in: value } : { $eq: value }];
  const [, name, op] = /^(.+?)(?:_(gte|lte|gt|lt|ne))?$/.exec(field) ?? [];
  const attribute = name ? attributes[name] : undefined;
  if (!attribute || attribute.private || (attribute.type === 'relation' && isToMany(attribute) && op)) return null;
  if (attribute.type === 'relation') return [name, { documentId: Array.isArray(value) ? { $in: value } : { $eq: value } }];
  if (attribute.type === 'json' || attribute.type === 'media') return null;
  if (op) return [name, { [OPERATORS[op]]: value }];
  return [name, Array.isArray(value) ? { $in: value } : value === null ? { $null: true } : { $eq: value }];
};

type ParsedFilter = { filters: Record<string, unknown>; computed: Record<string, unknown>; bad: string[] };

const parseFilter = (raw: unknown, attributes: Attributes, search: readonly string[], computedFields: readonly string[]): ParsedFilter | null => {
  const filter = parseJson(raw);
  if (filter === undefined) return { filters: {}, computed: {}, bad: [] };
  if (typeof filter !== 'object' || filter === null || Array.isArray(filter)) return null;
  const and: Record<string, unknown>[] = [];
  const computed: Record<string, unknown> = {};
  const bad: string[] = [];
  for (const [field, value] of Object.entries(filter as Record<string, unknown>)) {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) { bad.push(field); continue; }
    if (computedFields.includes(field)) { computed[field] = value; continue; }
    const entry = filterFor(field, value, attributes, search);
    if (entry) and.push({ [entry[0]]: entry[1] });
    else bad.push(field);
  }
  return { filters: and.length ? { $and: and } : {}, computed, bad };
};

export const parseListQuery = (raw: Raw, attributes: Attributes, search: readonly string[] = [], computedFields: readonly string[] = []): Outcome => {
  const range = parseRange(raw.range);
  if (!range) return { ok: false, code: 'INVALID_RANGE', errors: [{ field: 'range', code: 'INVALID_RANGE' }] };
  const sort = parseSort(raw.sort, attributes);
  if (!sort) return { ok: false, code: 'INVALID_SORT', errors: [{ field: 'sort', code: 'INVALID_SORT' }] };
  const filter = parseFilter(raw.filter, attributes, search, computedFields);
  if (!filter) return { ok: false, code: 'INVALID_FILTER', errors: [{ field: 'filter', code: 'INVALID_FILTER' }] };
  if (filter.bad.length) return { ok: false, code: 'INVALID_FILTER', errors: filter.bad.map((field) => ({ field, code: 'INVALID_FILTER' as const })) };
  return { ok: true, query: { start: range[0], limit: range[1] - range[0] + 1, sort, filters: filter.filters, computed: filter.computed } };
};
