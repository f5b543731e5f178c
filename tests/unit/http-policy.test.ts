/** P1: CORS origins, HSTS and the body depth limit (cms/utils/http-policy.ts, cms/domain/json-depth.ts). */
import { exceedsDepth } from '../../cms/domain/json-depth';
import { parseCorsOrigins, wantsHsts } from '../../cms/utils/http-policy';

describe('parseCorsOrigins', () => {
  it.each<[string, string[]]>([
    ['', []],
    ['https://portal.example.org', ['https://portal.example.org']],
    [' https://a.example.org/ , http://localhost:5173 ', ['https://a.example.org', 'http://localhost:5173']],
    ['https://A.Example.org:443', ['https://a.example.org']],
  ])('[P1] CORS_ORIGINS=%p allows %p', (value, expected) => {
    expect(parseCorsOrigins(value)).toEqual(expected);
  });

  it.each(['null', '*', 'https://a.example.org,null', 'portal.example.org', 'file:///etc'])(
    '[P1] CORS_ORIGINS=%p is refused at start',
    (value) => {
      expect(() => parseCorsOrigins(value)).toThrow(/CORS_ORIGINS/);
    },
  );
});

describe('wantsHsts', () => {
  it.each<[string, boolean, boolean]>([
    ['', false, false],
    ['http://wasl.local:1337', false, false],
    ['https://wasl.example.org', false, true],
    ['HTTPS://wasl.example.org', false, true],
    ['', true, true],
  ])('[P1] PUBLIC_URL=%p, WASL_HSTS=%p → HSTS %p', (url, forced, expected) => {
    expect(wantsHsts(url, forced)).toBe(expected);
  });
});

describe('exceedsDepth', () => {
  const nested = (depth: number): unknown => JSON.parse(`${'['.repeat(depth)}${']'.repeat(depth)}`);

  it.each<[string, number, boolean, unknown]>([
    ['null', 64, false, null],
    ['a string', 64, false, 'text'],
    ['a flat object', 1, false, { a: 1 }],
    ['an object in an object', 1, true, { a: { b: 1 } }],
    ['64 nested arrays', 64, false, nested(64)],
    ['65 nested arrays', 64, true, nested(65)],
    ['5,000 nested arrays', 64, true, nested(5000)],
    ['an eligibility rule set', 64, false, { rules: [{ all: [{ field: 'gender', equals: 'female' }] }] }],
  ])('[P1] %s, limit %p levels: exceeds = %p', (_name, max, expected, value) => {
    expect(exceedsDepth(value, max)).toBe(expected);
  });
});

describe('config/middlewares.ts', () => {
  type Entry = string | { name: string; config: Record<string, unknown> };
  const saved = { ...process.env };
  afterEach(() => {
    for (const key of ['PUBLIC_URL', 'WASL_HSTS', 'CORS_ORIGINS']) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
  });

  const load = (vars: Record<string, string>): Entry[] => {
    Object.assign(process.env, vars);
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded after the variables above are set
    const { env } = require('@strapi/utils') as { env: never };
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- idem
    const config = (require('../../config/middlewares') as { default: (params: { env: never }) => Entry[] }).default;
    return config({ env });
  };
  const named = (entries: Entry[], name: string) => entries.find((e) => (typeof e === 'string' ? e : e.name) === name);
  const configOf = (entries: Entry[], name: string) => {
    const entry = named(entries, name);
    return typeof entry === 'object' ? entry.config : undefined;
  };

  it("[P1] has no strapi::poweredBy and no strapi::logger (it logs query strings), and logs through Wasl's logger", () => {
    const entries = load({ PUBLIC_URL: '', WASL_HSTS: 'false', CORS_ORIGINS: '' });
    expect(entries.length).toBeGreaterThan(10);
    expect(named(entries, 'strapi::poweredBy')).toBeUndefined();
    expect(named(entries, 'strapi::logger')).toBeUndefined();
    expect(named(entries, 'plugin::wasl.request-logger')).toBe('plugin::wasl.request-logger');
  });

  it.each<[Record<string, string>, unknown]>([
    [{ PUBLIC_URL: '', WASL_HSTS: 'false' }, false],
    [
      { PUBLIC_URL: 'https://wasl.example.org', WASL_HSTS: 'false' },
      { maxAge: 31_536_000, includeSubDomains: true },
    ],
    [
      { PUBLIC_URL: 'http://10.0.0.5:1337', WASL_HSTS: 'true' },
      { maxAge: 31_536_000, includeSubDomains: true },
    ],
  ])('[P1] with %j strapi::security gets hsts %j', (vars, expected) => {
    expect(configOf(load(vars), 'strapi::security')?.hsts).toEqual(expected);
  });

  // The credentials side is proved over HTTP in tests/api/first-boot.test.ts.
  it.each<[string, string[]]>([
    ['', []],
    ['https://portal.example.org', ['https://portal.example.org']],
  ])('[P1] CORS_ORIGINS=%p gives strapi::cors the origins %p', (value, expected) => {
    expect(configOf(load({ CORS_ORIGINS: value }), 'strapi::cors')?.origin).toEqual(expected);
  });
});
