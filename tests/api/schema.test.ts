/**
 * The whole domain model of DESIGN.md exists as content types, and every index the schemas declare
 * (unique constraints and the columns lists filter or sort on) is really in the database.
 */
import fs from 'fs';
import path from 'path';
import { db, closeDb } from '../helpers/db';
import { readTestServer, ROOT } from '../helpers/server-env';

const EXPECTED_TYPES = [
  'association-profile',
  'branch',
  'beneficiary',
  'attachment',
  'service',
  'service-request',
  'request-event',
  'attestation',
  'committee',
  'committee-meeting',
  'agenda-item',
  'vote',
  'decision',
  'complaint',
  'complaint-action',
  'compensation-claim',
  'visit',
  'appointment',
  'survey',
  'survey-response',
  // S1, YSR-E1: one-time survey links (cms/services/surveys.ts).
  'survey-invitation',
  'field-inspection',
  'inspection-finding',
  'corrective-action',
  'contact-officer-assignment',
  'holiday',
  'policy-document',
  'policy-acknowledgement',
  // PD1, PD2, PD4: what was published, version by version (the website reads it).
  'policy-version',
  'stakeholder',
  'audit-log',
  'notification',
  'tracking-sequence',
  'channel',
  'complaint-category',
  // P1: sign-in limits and one-time password reset links (cms/services/sign-in-limit.ts, password-reset.ts).
  'sign-in-attempt',
  'password-reset',
];

type Schema = {
  collectionName: string;
  info: { displayName: string };
  attributes: Record<string, { type: string; unique?: boolean }>;
  indexes?: { name: string; columns: string[]; type?: string }[];
};

const schemaOf = (name: string): Schema =>
  JSON.parse(fs.readFileSync(path.join(ROOT, 'cms', 'content-types', name, 'schema.json'), 'utf8')) as Schema;

const databaseIndexes = async (): Promise<Map<string, { table: string; unique: boolean }>> => {
  if (readTestServer().client === 'postgres') {
    const rows = await db().raw<{ rows: { indexname: string; tablename: string; indexdef: string }[] }>(
      "select indexname, tablename, indexdef from pg_indexes where schemaname = 'public' and tablename like 'wasl_%'",
    );
    return new Map(rows.rows.map((r) => [r.indexname, { table: r.tablename, unique: /UNIQUE/i.test(r.indexdef) }]));
  }
  const rows = (await db().raw(
    "select name, tbl_name, sql from sqlite_master where type = 'index' and tbl_name like 'wasl_%'",
  )) as { name: string; tbl_name: string; sql: string | null }[];
  return new Map(rows.map((r) => [r.name, { table: r.tbl_name, unique: /UNIQUE/i.test(r.sql ?? '') }]));
};

describe('the data model', () => {
  afterAll(closeDb);

  it('has every content type of DESIGN.md, each with Arabic and English display names', () => {
    const folders = fs
      .readdirSync(path.join(ROOT, 'cms', 'content-types'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    expect(folders.sort()).toEqual([...EXPECTED_TYPES].sort());
    for (const name of EXPECTED_TYPES)
      expect(schemaOf(name).info.displayName).toMatch(/^[A-Za-z].* \/ [\u0600-\u06FF]/);
  });

  it('creates every declared index in the database, unique where declared unique', async () => {
    const indexes = await databaseIndexes();
    const missing: string[] = [];
    for (const name of EXPECTED_TYPES) {
      const schema = schemaOf(name);
      for (const index of schema.indexes ?? []) {
        const found = indexes.get(index.name);
        if (!found || found.table !== schema.collectionName || found.unique !== (index.type === 'unique'))
          missing.push(index.name);
      }
    }
    expect(missing).toEqual([]);
  });

  it('backs every unique attribute with a unique index', () => {
    const unbacked: string[] = [];
    for (const name of EXPECTED_TYPES) {
      const schema = schemaOf(name);
      for (const [field, attribute] of Object.entries(schema.attributes)) {
        if (!attribute.unique) continue;
        const column = field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
        const backed = (schema.indexes ?? []).some(
          (i) => i.type === 'unique' && i.columns.length === 1 && i.columns[0] === column,
        );
        if (!backed) unbacked.push(`${name}.${field}`);
      }
    }
    expect(unbacked).toEqual([]);
  });

  it.each([
    ['service-request', ['status', 'due_at', 'received_at']],
    ['complaint', ['status', 'kind', 'channel', 'category', 'due_at', 'received_at']],
    ['beneficiary', ['phone', 'full_name_ar', 'category']],
    ['visit', ['visit_date']],
    ['audit-log', ['at']],
  ])('indexes the list filters of %s', (name, columns) => {
    const indexed = new Set((schemaOf(name).indexes ?? []).map((i) => i.columns[0]));
    for (const column of columns) expect(indexed).toContain(column);
  });
});
