/**
 * Strapi serves the built console at /console with a fallback to index.html for deep links, leaves
 * /api alone, and tells the console who is signed in and in which role (GET /api/wasl/session).
 */
import fs from 'fs';
import path from 'path';
import { baseUrl, http, loginAsUser } from '../helpers/api';
import { buildConsole, consoleBuilt, ROOT } from '../../scripts/lib/setup';

const get = (p: string) => fetch(`${baseUrl()}${p}`, { redirect: 'manual' });

describe('the console at /console', () => {
  beforeAll(() => {
    if (!consoleBuilt()) buildConsole();
  }, 120_000);

  it('[P1] serves index.html at /console/ and for any deep link under it, never cached', async () => {
    const index = fs.readFileSync(path.join(ROOT, 'public', 'console', 'index.html'), 'utf8');
    for (const p of ['/console/', '/console/service-requests/abc/show']) {
      const res = await get(p);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/html');
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(await res.text()).toBe(index);
    }
    expect((await get('/console')).status).toBe(302);
  });

  it('[P1] serves hashed assets with a long cache, 404 for a missing asset, and nothing outside public/console', async () => {
    const asset = /src="(\/console\/assets\/[^"]+\.js)"/.exec(
      fs.readFileSync(path.join(ROOT, 'public', 'console', 'index.html'), 'utf8'),
    )?.[1] as string;
    const res = await get(asset);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toContain('immutable');
    expect((await get('/console/assets/nope.js')).status).toBe(404);
    const escape = await get('/console/..%2f..%2fpackage.json');
    expect(await escape.text()).not.toContain('"name": "wasl"');
  });

  it('[P1] /api is untouched and the session names the staff role', async () => {
    const token = await loginAsUser('committee-member');
    const session = await http<{ username: string; role: string }>('GET', '/api/wasl/session', { token });
    expect(session.status).toBe(200);
    expect(session.body).toMatchObject({ username: 'committee-member', role: 'committee_member' });
    expect((await http('GET', '/api/wasl/session')).status).toBe(401);
  });

  it('[P1] /favicon.ico answers 200 with the PNG icon kept under public/, not a 500 on every page load', async () => {
    const res = await get('/favicon.ico');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^image\//);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(bytes).toEqual(fs.readFileSync(path.join(ROOT, 'public', 'favicon.png')));
  });
});
