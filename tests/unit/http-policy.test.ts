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

  it.each(['null', '*', 'https://a.example.org,null', 'portal.example.org', 'file:///etc'])('[P1] CORS_ORIGINS=%p is refused at start', (value) => {
    expect(() => parseCorsOrigins(value)).toThrow(/CORS_ORIGINS/);
  });
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
