/**
 * P1: search keys written before they held names only (name, ID and phone) are rewritten at bootstrap, so an
 * old key cannot answer a masking role's `q` with an ID or a phone. Run on a real SQLite table.
 */
import knex, { type Knex } from 'knex';
import type { Core } from '@strapi/strapi';
import { refreshBeneficiarySearchKeys } from '../../cms/services/record-hooks';

describe('the search-key migration', () => {
  let db: Knex;
  beforeAll(async () => {
    db = knex({ client: 'better-sqlite3', connection: { filename: ':memory:' }, useNullAsDefault: true });
    await db.schema.createTable('wasl_beneficiaries', (t) => {
      t.increments('id');
      t.string('full_name_ar');
      t.string('full_name_en');
      t.text('search_key');
    });
    await db('wasl_beneficiaries').insert([
      { full_name_ar: 'هِنْد سعد', full_name_en: 'Hind Saad', search_key: 'هند سعد hind saad 1000000008 +966501234567' },
      { full_name_ar: 'أمل علي', full_name_en: null, search_key: 'امل علي' },
    ]);
  });
  afterAll(() => db.destroy());

  it('[P1] rewrites a key that held the ID and phone to the names only, leaves a current key alone, and is idempotent', async () => {
    const strapi = { db: { connection: db } } as unknown as Core.Strapi;
    expect(await refreshBeneficiarySearchKeys(strapi)).toBe(1);
    expect(await db('wasl_beneficiaries').orderBy('id').pluck('search_key')).toEqual(['هند سعد hind saad', 'امل علي']);
    expect(await refreshBeneficiarySearchKeys(strapi)).toBe(0);
  });
});
