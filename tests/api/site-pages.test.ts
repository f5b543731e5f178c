/**
 * The public website's reading pages over HTTP (issue 13): cache headers a CDN can use, Arabic RTL with an
 * English twin, a title and a meta description on every page, compression, the sitemap (published pages
 * only, never a draft or a withdrawn version) and robots.txt; a policy published through the named route
 * is on the next request, not after a server-side cache expires.
 */
import { baseUrl } from '../helpers/api';
import { usePolicyDocuments } from '../helpers/site';

const PUBLIC_CACHE = 'public, max-age=60, s-maxage=60, stale-while-revalidate=60';
const PAGES = [
  '/',
  '/services',
  '/services/family-counselling',
  '/policies',
  '/policies/beneficiary-relations',
  '/policies/beneficiary-relations/1',
  '/guides',
  '/guides/beneficiary-guide',
  '/contact',
  '/channels',
];

// The test server has no PUBLIC_URL, so the public address is http://localhost:<port> (cms/utils/public-url.ts).
const publicBase = () => `http://localhost:${new URL(baseUrl()).port}`;

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${baseUrl()}${path}`, { redirect: 'manual', headers });
const page = async (path: string) => {
  const res = await get(path);
  return { res, html: await res.text() };
};
const titleOf = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1];
const descriptionOf = (html: string) => /<meta name="description" content="([^"]*)"/.exec(html)?.[1];

const key = (name: string) => `site-${name}-${Date.now()}`;
// Not destructured whole: `token` is read after the file's beforeAll signed in.
const documents = usePolicyDocuments();
const { draft, act } = documents;

// A guide needs no board approval (PD1 is for policies), so these documents stay short.
const guide = (policyKey: string, titleAr: string) => ({ policyKey, kind: 'user_guide', titleAr, bodyAr: 'نص الدليل' });

describe('every reading page', () => {
  it.each(PAGES)(
    '[PD4] %s is public, cacheable for a minute, Arabic RTL, with a title and a description',
    async (path) => {
      const { res, html } = await page(path);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe(PUBLIC_CACHE);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(html).toContain('<html lang="ar" dir="rtl">');
      expect(titleOf(html)).toMatch(/ — جمعية يُسر للتنمية الأسرية$/);
      expect(descriptionOf(html)?.length).toBeGreaterThan(20);
      expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    },
  );

  it.each(PAGES)('[PD4] /en%s is its English twin, left to right', async (path) => {
    const { res, html } = await page(`/en${path === '/' ? '/' : path}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe(PUBLIC_CACHE);
    expect(html).toContain('<html lang="en" dir="ltr">');
    expect(titleOf(html)).toMatch(/ — Yusr Association for Family Development$/);
    expect(descriptionOf(html)).not.toMatch(/[\u0600-\u06FF]{4}/);
  });

  it('[PD4] the titles say which page it is', async () => {
    expect(titleOf((await page('/')).html)).toBe('الصفحة الرئيسية — جمعية يُسر للتنمية الأسرية');
    expect(titleOf((await page('/policies/beneficiary-relations')).html)).toBe(
      'سياسة تنظيم العلاقة مع المستفيدين وتقديم الخدمات لهم — جمعية يُسر للتنمية الأسرية',
    );
    expect(titleOf((await page('/en/services/family-counselling')).html)).toBe(
      'Family counselling — Yusr Association for Family Development',
    );
  });

  it('[PD5] the home page names the association with its city, website, phone, e-mail and social accounts', async () => {
    const { html } = await page('/');
    for (const text of [
      'جدة، منطقة مكة المكرمة',
      'href="https://yusr.example.org.sa"',
      'href="tel:+966122345678"',
      'href="mailto:info@yusr.example.org.sa"',
      'href="https://x.com/yusr_example"',
      'href="https://www.instagram.com/yusr_example"',
      'href="/complaints/new"',
      'href="/track"',
      'href="/guides"',
    ])
      expect(html).toContain(text);
  });

  it.each([
    '/services/shaml-centre',
    '/services/no-such-service',
    '/policies/no-such-policy',
    '/policies/beneficiary-relations/2',
    '/guides/beneficiary-relations',
    '/policies/beneficiary-guide',
  ])('[PD4] %s is 404 (confidential, unknown, never published, or of the other kind)', async (path) => {
    const res = await get(path);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('<meta name="robots" content="noindex">');
  });
});

describe('compression', () => {
  it('[PD4] pages and the API answer brotli or gzip to a client that accepts it, and plain to one that does not', async () => {
    const br = await get('/policies/beneficiary-relations', { 'Accept-Encoding': 'br, gzip' });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toMatch(/Accept-Encoding/);
    expect(await br.text()).toContain('اعتماد مجلس الإدارة');
    const gzip = await get('/', { 'Accept-Encoding': 'gzip' });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect((await get('/', { 'Accept-Encoding': 'identity' })).headers.get('content-encoding')).toBeNull();
    const api = await fetch(`${baseUrl()}/api/wasl/services`, {
      headers: { Authorization: `Bearer ${documents.token}`, 'Accept-Encoding': 'gzip' },
    });
    expect(api.status).toBe(200);
    expect(api.headers.get('content-encoding')).toBe('gzip');
  });
});

describe('sitemap.xml and robots.txt', () => {
  it('[PD4] robots.txt keeps crawlers out of the console, the admin panel and the API and names the sitemap', async () => {
    const res = await get('/robots.txt');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await res.text()).toBe(
      `User-agent: *\nDisallow: /console\nDisallow: /admin\nDisallow: /api\nSitemap: ${publicBase()}/sitemap.xml\n`,
    );
  });

  it('[PD4] the sitemap lists published pages in both languages with their dates, and no draft or withdrawn version', async () => {
    const draftKey = key('draft');
    await draft(guide(draftKey, 'دليل لم يُنشر'));
    const withdrawnKey = key('withdrawn');
    const withdrawn = await draft(guide(withdrawnKey, 'دليل سُحب'));
    await act(withdrawn, 'publish');
    await act(withdrawn, 'unpublish');
    const res = await get('/sitemap.xml');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe(PUBLIC_CACHE);
    const xml = await res.text();
    const base = publicBase();
    for (const path of [
      '/',
      '/services/family-counselling',
      '/policies/beneficiary-relations',
      '/guides/beneficiary-guide',
    ]) {
      expect(xml).toContain(`<loc>${base}${path}</loc>`);
      expect(xml).toContain(`<loc>${base}/en${path === '/' ? '/' : path}</loc>`);
    }
    const policy = /<url><loc>[^<]*\/policies\/beneficiary-relations\/1<\/loc><lastmod>([^<]+)<\/lastmod>/.exec(xml);
    expect(policy?.[1]).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(xml).not.toContain('/services/shaml-centre');
    expect(xml).not.toContain(draftKey);
    expect(xml).not.toContain(withdrawnKey);
    expect((await get(`/guides/${withdrawnKey}`)).status).toBe(404);
    expect((await get(`/guides/${draftKey}`)).status).toBe(404);
  });

  it('[PD4] there is one sitemap and one robots.txt, at the root', async () => {
    expect((await get('/en/sitemap.xml')).status).toBe(404);
    expect((await get('/en/robots.txt')).status).toBe(404);
  });
});

describe('publishing shows at once', () => {
  it('[PD4] a guide published through the named route is on the next request, in the list, on its page and in the sitemap', async () => {
    const guideKey = key('fresh');
    const id = await draft(guide(guideKey, 'دليل نُشر الآن'));
    expect((await get(`/guides/${guideKey}`)).status).toBe(404);
    expect((await page('/guides')).html).not.toContain(guideKey);
    await act(id, 'publish');
    const shown = await page(`/guides/${guideKey}`);
    expect(shown.res.status).toBe(200);
    expect(shown.html).toContain('<h1>دليل نُشر الآن</h1>');
    expect((await page('/guides')).html).toContain(`href="/guides/${guideKey}"`);
    expect(await (await get('/sitemap.xml')).text()).toContain(`/guides/${guideKey}</loc>`);
    await act(id, 'unpublish');
    expect((await get(`/guides/${guideKey}`)).status).toBe(404);
  });
});
