/**
 * P1: an audit log that can be trusted. The database itself refuses to rewrite it (triggers), every row
 * is chained to the one before by SHA-256 and `npm run audit:verify` names the first broken link, and a
 * super admin's reads of Wasl records through Strapi's content manager are recorded (ids, never values).
 */
import os from 'os';
import path from 'path';
import fs from 'fs';
import knex from 'knex';
import { Client } from 'pg';
import { generateSaudiId } from '../../cms/domain/saudi-id';
import { http, loginAs } from '../helpers/api';
import { adminSession, runAuditVerify } from '../helpers/audit';
import { closeDb, countRows, db } from '../helpers/db';
import { readTestServer } from '../helpers/server-env';

type Row = {
  id: number;
  hash: string;
  prev_hash: string | null;
  summary: unknown;
  actor_id: number | null;
  actor_role: string;
  action: string;
  resource: string;
  record_id: string | null;
};
type Page = { id: string }[];

const server = readTestServer();
const onPostgres = server.client === 'postgres';
/**
 * The database's refusal as text. Not `rejects.toThrow`: better-sqlite3 is a native module loaded once per
 * process, so after another test file loaded it its SqliteError comes from another realm and jest does not
 * recognise it as an Error.
 */
const refusal = (query: PromiseLike<unknown>): Promise<string> =>
  Promise.resolve(query).then(
    () => 'no error',
    (error: unknown) => String((error as { message?: unknown })?.message ?? error),
  );
const summaryOf = (row: Row) =>
  (typeof row.summary === 'string' ? JSON.parse(row.summary) : row.summary) as Record<string, unknown>;

/** An audited write, so the table is never empty when a test tries to rewrite it. */
const auditedRead = async (): Promise<string> => {
  const manager = await loginAs('manager');
  const list = await http<Page>('GET', '/api/wasl/beneficiaries', { token: manager, query: { range: [0, 0] } });
  expect(list.body.length).toBe(1);
  const one = await http('GET', `/api/wasl/beneficiaries/${list.body[0].id}`, { token: manager });
  expect(one.status).toBe(200);
  return list.body[0].id;
};

describe('the audit log', () => {
  afterAll(closeDb);

  (onPostgres ? it : it.skip)(
    '[P1] PostgreSQL refuses UPDATE, DELETE and TRUNCATE on the audit table, even for a superuser',
    async () => {
      await auditedRead();
      const client = new Client({ connectionString: server.database });
      await client.connect();
      try {
        const before = Number((await client.query('select count(*) as n from wasl_audit_logs')).rows[0].n);
        expect(before).toBeGreaterThan(0);
        expect(
          await refusal(
            client.query("update wasl_audit_logs set summary = '{}' where id = (select min(id) from wasl_audit_logs)"),
          ),
        ).toMatch(/WASL_AUDIT_APPEND_ONLY: the audit log is append-only \(UPDATE refused/);
        expect(
          await refusal(client.query('delete from wasl_audit_logs where id = (select min(id) from wasl_audit_logs)')),
        ).toMatch(/WASL_AUDIT_APPEND_ONLY: the audit log is append-only \(DELETE refused/);
        expect(await refusal(client.query('truncate wasl_audit_logs'))).toMatch(
          /WASL_AUDIT_APPEND_ONLY: the audit log is append-only \(TRUNCATE refused/,
        );
        expect(
          Number((await client.query('select count(*) as n from wasl_audit_logs')).rows[0].n),
        ).toBeGreaterThanOrEqual(before);
      } finally {
        await client.end();
      }
    },
  );

  (onPostgres ? it.skip : it)('[P1] SQLite refuses UPDATE and DELETE on the audit table', async () => {
    await auditedRead();
    const before = await countRows('wasl_audit_logs');
    expect(before).toBeGreaterThan(0);
    expect(await refusal(db()('wasl_audit_logs').update({ summary: '{}' }))).toMatch(
      /WASL_AUDIT_APPEND_ONLY: the audit log is append-only \(UPDATE refused on wasl_audit_logs\)/,
    );
    expect(await refusal(db()('wasl_audit_logs').delete())).toMatch(
      /WASL_AUDIT_APPEND_ONLY: the audit log is append-only \(DELETE refused on wasl_audit_logs\)/,
    );
    expect(await countRows('wasl_audit_logs')).toBeGreaterThanOrEqual(before);
  });

  it('[P1] concurrent writers keep one chain: audit:verify reports it intact', async () => {
    const manager = await loginAs('manager');
    const list = await http<Page>('GET', '/api/wasl/beneficiaries', { token: manager, query: { range: [0, 19] } });
    expect(list.body.length).toBe(20);
    const reads = await Promise.all(
      list.body.map((b) => http('GET', `/api/wasl/beneficiaries/${b.id}`, { token: manager })),
    );
    expect(reads.map((r) => r.status)).toEqual(Array(20).fill(200));
    const rows = await countRows('wasl_audit_logs');
    const run = runAuditVerify();
    expect(run.status).toBe(0);
    const [, counted] = /^audit chain intact: (\d+) rows; last hash [0-9a-f]{64}\n$/.exec(run.stdout) ?? [];
    expect(Number(counted)).toBeGreaterThanOrEqual(rows);
    // Every row links to the one before it, in id order.
    const chain = (await db()('wasl_audit_logs').orderBy('id', 'asc').select('id', 'hash', 'prev_hash')) as Row[];
    expect(chain.length).toBeGreaterThan(20);
    expect(chain[0].prev_hash).toBeNull();
    expect(chain.slice(1).filter((row, i) => row.prev_hash !== chain[i].hash)).toEqual([]);
  });

  (onPostgres ? it.skip : it)(
    "[P1] audit:verify names the row changed, or the row after the one deleted, behind the app's back",
    async () => {
      await auditedRead();
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wasl-audit-'));
      const copyFile = path.join(dir, 'copy.db');
      // VACUUM INTO writes a consistent copy of the live database (WAL included); the app's file is untouched.
      await db().raw('vacuum into ?', [copyFile]);
      const copy = knex({ client: 'better-sqlite3', connection: { filename: copyFile }, useNullAsDefault: true });
      try {
        const rows = (await copy('wasl_audit_logs').orderBy('id', 'asc').select('id', 'hash', 'prev_hash')) as Row[];
        expect(rows.length).toBeGreaterThan(3);
        const changed = rows[1];
        await copy.raw('drop trigger wasl_audit_logs_no_update');
        await copy('wasl_audit_logs')
          .where({ id: changed.id })
          .update({ summary: JSON.stringify({ fields: ['forged'] }) });
        const afterUpdate = runAuditVerify({ sqliteFile: copyFile });
        expect(afterUpdate.status).toBe(1);
        expect(afterUpdate.stdout).toMatch(
          new RegExp(`^audit chain broken at id ${changed.id}: hash expected [0-9a-f]{64}, found ${changed.hash}\\n$`),
        );

        await copy('wasl_audit_logs')
          .where({ id: changed.id })
          .update({
            summary: JSON.stringify(
              summaryOf((await db()('wasl_audit_logs').where({ id: changed.id }).first()) as Row),
            ),
          });
        expect(runAuditVerify({ sqliteFile: copyFile }).status).toBe(0);
        await copy.raw('drop trigger wasl_audit_logs_no_delete');
        await copy('wasl_audit_logs').where({ id: rows[2].id }).delete();
        const afterDelete = runAuditVerify({ sqliteFile: copyFile });
        expect(afterDelete.status).toBe(1);
        expect(afterDelete.stdout).toBe(
          `audit chain broken at id ${rows[3].id}: prevHash expected ${rows[1].hash}, found ${rows[2].hash}\n`,
        );
      } finally {
        await copy.destroy();
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  );

  it('[P1] entries name the fields a write changed, never the values: no ID, phone or name of any beneficiary is in the log', async () => {
    const reception = await loginAs('reception_officer');
    const nationalId = generateSaudiId('resident', 700_000 + (Date.now() % 100_000));
    const created = await http<{ id: string }>('POST', '/api/wasl/beneficiaries', {
      token: reception,
      body: {
        nationalId,
        fullNameAr: 'هيفاء سعد المطيري',
        nationality: 'EG',
        legalResidency: true,
        gender: 'female',
        socialStatus: 'widowed',
        category: 'woman',
        preferredChannel: 'sms',
        phone: '0551230987',
        consentGiven: true,
      },
    });
    expect(created.status).toBe(201);
    const updated = await http('PUT', `/api/wasl/beneficiaries/${created.body.id}`, {
      token: reception,
      body: { phone: '0551230988', fullNameAr: 'هيفاء سعد محمد المطيري' },
    });
    expect(updated.status).toBe(200);
    const entries = (await db()('wasl_audit_logs').where({ record_id: created.body.id }).orderBy('id', 'asc')) as Row[];
    expect(entries.map((e) => [e.action, summaryOf(e)])).toEqual([
      ['create', { fields: expect.arrayContaining(['nationalId', 'phone', 'fullNameAr']) }],
      ['update', { fields: expect.arrayContaining(['phone', 'fullNameAr']) }],
    ]);

    const people = (await db()('wasl_beneficiaries').select('national_id', 'phone', 'full_name_ar')) as {
      national_id: string;
      phone: string | null;
      full_name_ar: string;
    }[];
    expect(people.length).toBeGreaterThan(100);
    const values = people
      .flatMap((p) => [p.national_id, p.phone, p.phone?.replace('+966', '0'), p.full_name_ar])
      .filter((v): v is string => Boolean(v));
    const log = ((await db()('wasl_audit_logs').select('summary', 'record_id')) as Row[])
      .map((r) => `${JSON.stringify(summaryOf(r))} ${r.record_id}`)
      .join('\n');
    expect(log.length).toBeGreaterThan(0);
    expect(values.filter((v) => log.includes(v))).toEqual([]);
  });

  (onPostgres ? it : it.skip)(
    "[P1] audit:verify names a row changed on PostgreSQL behind the trigger's back, and passes once it is restored",
    async () => {
      await auditedRead();
      const client = new Client({ connectionString: server.database });
      await client.connect();
      // A superuser can disable the trigger; the chain still shows what was done. Restored exactly afterwards.
      const rewrite = async (id: number, summary: string) => {
        await client.query('begin');
        await client.query('alter table wasl_audit_logs disable trigger wasl_audit_logs_append_only');
        await client.query('update wasl_audit_logs set summary = $1::jsonb where id = $2', [summary, id]);
        await client.query('alter table wasl_audit_logs enable trigger wasl_audit_logs_append_only');
        await client.query('commit');
      };
      try {
        const { rows } = await client.query<{ id: number; hash: string; summary: unknown }>(
          'select id, hash, summary from wasl_audit_logs order by id asc limit 2',
        );
        expect(rows.length).toBe(2);
        const target = rows[1];
        await rewrite(target.id, JSON.stringify({ fields: ['forged'] }));
        const tampered = runAuditVerify();
        await rewrite(target.id, JSON.stringify(target.summary));
        expect(tampered.status).toBe(1);
        expect(tampered.stdout).toMatch(
          new RegExp(`^audit chain broken at id ${target.id}: hash expected [0-9a-f]{64}, found ${target.hash}\\n$`),
        );
        expect(runAuditVerify().status).toBe(0);
      } finally {
        await client.end();
      }
    },
  );

  it("[P1] a super admin's reads through Strapi's content manager (list, record, relation picker) are audited with record ids, never values", async () => {
    const admin = await adminSession();
    const headers = { Authorization: `Bearer ${admin.token}` };
    // Only this test's entries: other files of the run may read through the content manager too.
    const [{ last }] = (await db()('wasl_audit_logs').max({ last: 'id' })) as { last: number | null }[];
    const list = await http<{ results: { documentId: string; nationalId: string }[] }>(
      'GET',
      '/content-manager/collection-types/plugin::wasl.beneficiary',
      { headers, query: { page: '1', pageSize: '5' } },
    );
    expect(list.status).toBe(200);
    expect(list.body.results.length).toBe(5);
    const listed = list.body.results.map((b) => b.documentId);
    const adminEntries = (await db()('wasl_audit_logs')
      .where({ actor_role: 'strapi_admin' })
      .andWhere('id', '>', last ?? 0)
      .orderBy('id', 'asc')) as Row[];
    // One entry for the page (its count query is not a read of records).
    expect(adminEntries.map((e) => [e.resource, summaryOf(e).operation])).toEqual([['beneficiaries', 'findMany']]);
    const listEntry = adminEntries[0];
    expect(listEntry).toMatchObject({ actor_id: admin.userId, action: 'read_sensitive', record_id: null });
    expect(summaryOf(listEntry)).toEqual({ via: 'content-manager', operation: 'findMany', count: 5, ids: listed });

    const one = await http<{ data: { documentId: string; nationalId: string; phone: string } }>(
      'GET',
      `/content-manager/collection-types/plugin::wasl.beneficiary/${listed[0]}`,
      { headers },
    );
    expect(one.status).toBe(200);
    const oneEntries = (await db()('wasl_audit_logs')
      .where({ actor_role: 'strapi_admin', resource: 'beneficiaries', record_id: listed[0] })
      .andWhere('id', '>', last ?? 0)
      .orderBy('id', 'asc')) as Row[];
    expect(oneEntries.map((e) => summaryOf(e).operation)).toEqual(['findOne']);
    expect(oneEntries[0]).toMatchObject({ actor_id: admin.userId, action: 'read_sensitive' });
    expect(summaryOf(oneEntries[0])).toEqual({
      via: 'content-manager',
      operation: 'findOne',
      count: 1,
      ids: [listed[0]],
    });

    // The relation picker of a request lists beneficiaries by their main field (the national ID).
    const picker = await http<{ results: { documentId: string }[] }>(
      'GET',
      '/content-manager/relations/plugin::wasl.service-request/beneficiary',
      { headers, query: { page: '1', pageSize: '3' } },
    );
    expect(picker.status).toBe(200);
    expect(picker.body.results.length).toBe(3);
    const pickerEntries = (await db()('wasl_audit_logs')
      .where({ actor_role: 'strapi_admin' })
      .andWhere('id', '>', oneEntries[0].id)
      .orderBy('id', 'asc')) as Row[];
    expect(pickerEntries.map((e) => [e.resource, e.record_id, summaryOf(e)])).toEqual([
      [
        'beneficiaries',
        null,
        { via: 'content-manager', operation: 'relations', count: 3, ids: picker.body.results.map((b) => b.documentId) },
      ],
    ]);
    const written = JSON.stringify([listEntry, ...oneEntries, ...pickerEntries]);
    expect(one.body.data.nationalId).toMatch(/^[12]\d{9}$/);
    expect(written).not.toContain(one.body.data.nationalId);
    expect(written).not.toContain(one.body.data.phone);
  });
});
