import { http } from '../helpers/api';
import { readTestServer } from '../helpers/server-env';

describe('health', () => {
  it('answers 200 after a database round-trip', async () => {
    const res = await http<{ status: string; database: string }>('GET', '/_health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      status: 'ok',
      database: readTestServer().client === 'postgres' ? 'postgres' : 'sqlite',
    });
  });
});
