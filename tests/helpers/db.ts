/** Direct read access to the test server's database, to prove what was (not) written. */
import knex, { type Knex } from 'knex';
import { readTestServer } from './server-env';

let connection: Knex | null = null;

export const db = (): Knex => {
  if (connection) return connection;
  const server = readTestServer();
  connection =
    server.client === 'postgres'
      ? knex({ client: 'pg', connection: server.database, pool: { min: 0, max: 2 } })
      : knex({ client: 'better-sqlite3', connection: { filename: server.database }, useNullAsDefault: true });
  return connection;
};

export const countRows = async (table: string): Promise<number> => {
  const [row] = await db()(table).count({ n: '*' });
  return Number(row.n);
};

export const closeDb = async (): Promise<void> => {
  await connection?.destroy();
  connection = null;
};

/** A JSON column as stored: PostgreSQL's driver parses it, SQLite's answers the text. */
export const jsonColumn = (value: unknown): unknown => (typeof value === 'string' ? JSON.parse(value) : value);
