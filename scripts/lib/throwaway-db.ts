/** A database of its own for each server a test or a benchmark boots: a fresh SQLite file, or a fresh PostgreSQL database. */
import fs from 'fs';
import path from 'path';
import { Client } from 'pg';
import { ROOT } from './setup';

export type ThrowawayDb = {
  client: 'sqlite' | 'postgres';
  env: Record<string, string>;
  database: string;
  adminUrl?: string;
  dbName?: string;
};

export const createThrowawayDb = async (label: string): Promise<ThrowawayDb> => {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const file = path.join(ROOT, '.tmp', `${label}-${process.pid}-${Date.now()}.db`);
    return { client: 'sqlite', env: { DATABASE_FILENAME: path.relative(ROOT, file) }, database: file };
  }
  const dbName = `wasl_${label.replace(/\W/g, '_')}_${process.pid}_${Date.now()}`;
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`CREATE DATABASE ${dbName}`);
  await client.end();
  const target = new URL(adminUrl);
  target.pathname = `/${dbName}`;
  return {
    client: 'postgres',
    env: { DATABASE_URL: target.toString() },
    database: target.toString(),
    adminUrl,
    dbName,
  };
};

export const dropThrowawayDb = async (
  db: Pick<ThrowawayDb, 'client' | 'database' | 'adminUrl' | 'dbName'>,
): Promise<void> => {
  if (db.client === 'postgres' && db.adminUrl && db.dbName) {
    const client = new Client({ connectionString: db.adminUrl });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${db.dbName} WITH (FORCE)`);
    await client.end();
    return;
  }
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${db.database}${suffix}`, { force: true });
};
