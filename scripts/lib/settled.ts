type Pool = { numUsed(): number; numPendingAcquires(): number };

/**
 * Publishing policy documents leaves Strapi's event listeners reading them after the commit;
 * destroying the pool under them rejects their pending acquires ('aborted') and the script exits 1.
 * Wait (at most 5 s) until the pool has been idle twice in a row. Used by `npm run seed` and `npm run profile`.
 */
export const settled = async (app: { db: { connection: { client: { pool?: Pool } } } }) => {
  const pool = app.db.connection.client.pool;
  let idle = 0;
  for (let i = 0; pool && i < 100 && idle < 2; i += 1) {
    await new Promise((r) => setTimeout(r, 50));
    idle = pool.numUsed() === 0 && pool.numPendingAcquires() === 0 ? idle + 1 : 0;
  }
};
