/**
 * A list of 100 000 service requests pages and filters without loading all rows: the adapter pushes
 * sort, filter and paging down to SQL (cms/validation/list-query.ts → document service), the total
 * comes from COUNT(*), and the statements issued are counted from the server's knex:query log.
 *
 * PostgreSQL only: this is the production database at scale (DESIGN.md "Beyond one machine"); the
 * embedded SQLite default serves one small association and is covered by records-contract.test.ts.
 */
import fs from 'fs';
import path from 'path';
import { http, loginAs } from '../helpers/api';
import { closeDb, db } from '../helpers/db';
import { readTestServer, ROOT } from '../helpers/server-env';

const BULK = 100_000;
const LOG = path.join(ROOT, '.tmp', 'test-server.log');
const onPostgres = readTestServer().client === 'postgres';
const STATUSES = ['received', 'complete', 'in_research', 'in_committee', 'closed'];

/** Copies one seeded row 100 000 times in one INSERT … SELECT, varying the keys and the state. */
const insertBulk = async () => {
  const columns = (
    (await db()('information_schema.columns')
      .where({ table_name: 'wasl_service_requests', table_schema: 'public' })
      .pluck('column_name')) as string[]
  ).filter((c) => c !== 'id');
  const VARIED: Record<string, string> = {
    document_id: `'bulk' || lpad(g::text, 20, '0')`,
    tracking_number: `'BLK-' || lpad(g::text, 7, '0')`,
    status: `(array['${STATUSES.join("','")}'])[1 + g % ${STATUSES.length}]`,
    received_at: `now() - make_interval(mins => g)`,
    created_at: `now() - make_interval(mins => g)`,
    updated_at: 'now()',
    version: '1',
  };
  const select = columns.map((c) => VARIED[c] ?? `t."${c}"`).join(', ');
  await db().raw(`insert into wasl_service_requests (${columns.map((c) => `"${c}"`).join(', ')})
    select ${select} from generate_series(1, ${BULK}) g cross join (select * from wasl_service_requests order by id limit 1) t`);
  await db().raw('analyze wasl_service_requests');
};

/** The SQL statements the server ran on the requests table while `work` ran. */
const statementsDuring = async (work: () => Promise<unknown>): Promise<string[]> => {
  const start = fs.statSync(LOG).size;
  await work();
  await new Promise((r) => setTimeout(r, 500)); // the server's stderr reaches the file on its own schedule
  // Offsets are bytes: the log holds Arabic, so it is sliced as a Buffer before decoding.
  const text = fs.readFileSync(LOG).subarray(start).toString('utf8');
  return text.split('\n').filter((line) => line.includes('knex:query') && /from "wasl_service_requests"/.test(line));
};

(onPostgres ? describe : describe.skip)('100 000 requests on PostgreSQL', () => {
  let manager: string;
  beforeAll(async () => {
    manager = await loginAs('manager');
    await insertBulk();
  }, 180_000);
  afterAll(async () => {
    await db()('wasl_service_requests').where('document_id', 'like', 'bulk%').delete();
    await closeDb();
  });

  it('[HRF-P1] a filtered, sorted page of 100 000 requests is one page of rows, the total from COUNT(*), in a bounded number of statements', async () => {
    let res: Awaited<ReturnType<typeof http<{ id: string; status: string }[]>>> | undefined;
    const statements = await statementsDuring(async () => {
      res = await http<{ id: string; status: string }[]>('GET', '/api/wasl/service-requests', {
        token: manager,
        query: { filter: { status: 'in_committee' }, sort: ['receivedAt', 'DESC'], range: [50, 74] },
      });
    });
    const total = Number(
      (await db()('wasl_service_requests').where({ status: 'in_committee' }).count({ n: '*' }))[0].n,
    );
    const expected = await db()('wasl_service_requests')
      .where({ status: 'in_committee' })
      .orderBy([
        { column: 'received_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .offset(50)
      .limit(25)
      .pluck('document_id');
    expect(total).toBeGreaterThan(BULK / STATUSES.length - 1);
    expect(res?.status).toBe(200);
    expect(res?.headers.get('content-range')).toBe(`service-requests 50-74/${total}`);
    expect(res?.body.map((r) => r.id)).toEqual(expected);

    // Every statement on the table is the page (LIMIT), the total (COUNT) or a look-up by the page's ids.
    expect(statements.length).toBeGreaterThanOrEqual(2);
    expect(statements.length).toBeLessThan(20);
    expect(statements.filter((s) => /count\(/i.test(s))).toHaveLength(1);
    expect(statements.filter((s) => !/count\(/i.test(s) && !/\blimit\b/i.test(s) && !/\bin \(/i.test(s))).toEqual([]);
    expect(
      statements.some(
        (s) => /\blimit\b/i.test(s) && /\boffset\b/i.test(s) && /order by/i.test(s) && /"status"/.test(s),
      ),
    ).toBe(true);
  });

  it('[HRF-P1] getMany of three ids among 100 000 reads exactly those three', async () => {
    const ids = [
      'bulk' + '7'.padStart(20, '0'),
      'bulk' + '50000'.padStart(20, '0'),
      'bulk' + '99999'.padStart(20, '0'),
    ];
    const res = await http<{ id: string }[]>('GET', '/api/wasl/service-requests', {
      token: manager,
      query: { filter: { id: ids } },
    });
    expect(res.body.map((r) => r.id).sort()).toEqual([...ids].sort());
    expect(res.headers.get('content-range')).toBe('service-requests 0-2/3');
  });
});
