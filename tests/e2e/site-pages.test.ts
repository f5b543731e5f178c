/**
 * The public website's reading pages in real Chromium, as a visitor with no session sees them (issue 13):
 * the published Yusr policy with its board approval (PD1, PD4), 404 for a draft and a withdrawn version,
 * a superseded policy and an older version marked as such (PD2), a service's conditions and documents,
 * axe-core on every page in Arabic and English, screenshots at both sizes, and the home page's weight.
 */
import type { Page } from 'playwright-core';
import { http } from '../helpers/api';
import { APPROVAL } from '../helpers/policies';
import { useChromium } from '../helpers/browser';
import {
  DESKTOP,
  PHONE,
  screenshotBothSizes,
  seriousViolations,
  siteUrl,
  transferredBytes,
  usePolicyDocuments,
  visitorPage,
} from '../helpers/site';

jest.setTimeout(240_000);

// The board approval of Yusr's policy, read from shared/policies/yusr.ar.txt: «اجتماع مجلس الإدارة رقم (٥) في
// دورته الأولى والمنعقد بتاريخ: ٢٥ / ١١ / ١٤٤٢ هـ - ٠٥ / ٠٧ / ٢٠٢١ م», and its table of eleven signatures (the
// OCR's «د/» and «أ/» written «د.» and «أ.»).
const SIGNATORIES = [
  ['أ.د. هيفاء بنت عثمان فدا', 'رئيس مجلس الإدارة'],
  ['أ. صباح بنت صالح جمال', 'نائب رئيس مجلس الإدارة'],
  ['أ. عفاف بنت عبادي خياط', 'المشرف المالي'],
  ['د. إيمان بنت عبد الرحمن المغربي', 'عضو مجلس إدارة'],
  ['أ.د. سميرة بنت أحمد الفيقي', 'عضو مجلس إدارة'],
  ['أ. بثينة بنت حسين الأمير', 'عضو مجلس إدارة'],
  ['د. أمل بنت محمد بنونة', 'عضو مجلس إدارة'],
  ['أ. أريج بنت محمد حبيب', 'عضو مجلس إدارة'],
  ['أ. ميسر بنت حسن جنة', 'عضو مجلس إدارة'],
  ['د. طلحة بنت حسين فدعق', 'عضو مجلس إدارة'],
  ['أ. هناء بنت فؤاد مصلي', 'عضو مجلس إدارة'],
];
const READING_PAGES: ReadonlyArray<[string, string]> = [
  ['home', '/'],
  ['services', '/services'],
  ['service', '/services/family-counselling'],
  ['policies', '/policies'],
  ['policy', '/policies/beneficiary-relations'],
  ['guides', '/guides'],
  ['guide', '/guides/beneficiary-guide'],
  ['contact', '/contact'],
  ['channels', '/channels'],
  ['not-found', '/policies/no-such-policy'],
];

const key = (name: string) => `e2e-${name}-${Date.now()}`;
// Not destructured whole: `token` is read after the file's beforeAll signed in.
const documents = usePolicyDocuments();
const { draft, act } = documents;

/** The HTTP status a visitor's browser got for a path. */
const statusOf = async (page: Page, path: string) => (await page.goto(siteUrl(path)))?.status();
const text = (page: Page, selector: string) => page.locator(selector).innerText();

describe('the reading pages in Chromium', () => {
  const chromium = useChromium();

  it('[PD4] a visitor reads the published policy with its board approval, and gets 404 on a draft and on a withdrawn version', async () => {
    const page = await visitorPage(chromium.browser, DESKTOP, 'ar');
    expect(await statusOf(page, '/policies')).toBe(200);
    await page.getByRole('link', { name: 'سياسة تنظيم العلاقة مع المستفيدين وتقديم الخدمات لهم' }).click();
    await page.waitForURL(/\/policies\/beneficiary-relations$/);
    expect(await text(page, 'h1')).toBe('سياسة تنظيم العلاقة مع المستفيدين وتقديم الخدمات لهم');
    const approval = page.locator('section[aria-labelledby="approval"]');
    const facts = await approval.locator('dl').innerText();
    for (const fact of [
      'رقم اجتماع مجلس الإدارة',
      '5',
      'الدورة الأولى',
      '25/11/1442 هـ',
      '05/07/2021',
      'أ.د. هيفاء بنت عثمان فدا',
    ])
      expect(facts).toContain(fact);
    const rows = await approval
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => (td.textContent ?? '').trim())),
      );
    expect(rows.map(([, name, title]) => [name, title])).toEqual(SIGNATORIES);
    expect(await page.locator('.prose h2').first().innerText()).toBe('الهدف العام');

    const draftKey = key('draft');
    await draft({ policyKey: draftKey, titleAr: 'سياسة في المسودة', bodyAr: 'نص لم يُعتمد', ...APPROVAL });
    expect(await statusOf(page, `/policies/${draftKey}`)).toBe(404);
    expect(await text(page, 'h1')).toBe('الصفحة غير موجودة');

    const withdrawnKey = key('withdrawn');
    const withdrawn = await draft({ policyKey: withdrawnKey, titleAr: 'سياسة سُحبت', bodyAr: 'نص', ...APPROVAL });
    await act(withdrawn, 'publish');
    expect(await statusOf(page, `/policies/${withdrawnKey}/1`)).toBe(200);
    await act(withdrawn, 'unpublish');
    await page.context().close();
    // A browser that just read the page may keep it the minute its Cache-Control allows; a new visitor
    // gets the server's answer.
    const visitor = await visitorPage(chromium.browser, DESKTOP, 'ar');
    expect(await statusOf(visitor, `/policies/${withdrawnKey}/1`)).toBe(404);
    expect(await statusOf(visitor, `/policies/${withdrawnKey}`)).toBe(404);
    await visitor.context().close();
  });

  it('[PD2] a superseded policy and an older version stay readable, marked superseded, with a link to what replaced them', async () => {
    const oldKey = key('old');
    const old = await draft({
      policyKey: oldKey,
      titleAr: 'سياسة الشكاوى القديمة',
      bodyAr: 'النص القديم',
      ...APPROVAL,
    });
    await act(old, 'publish');
    const newKey = key('new');
    const newer = await draft({
      policyKey: newKey,
      titleAr: 'سياسة الشكاوى الجديدة',
      bodyAr: 'الإصدار الأول',
      ...APPROVAL,
      supersedes: old,
    });
    await act(newer, 'publish');
    const put = await http('PUT', `/api/wasl/policy-documents/${newer}`, {
      token: documents.token,
      body: { versionNumber: 2, bodyAr: 'الإصدار الثاني' },
    });
    expect(put.status).toBe(200);
    await act(newer, 'publish');

    const page = await visitorPage(chromium.browser, DESKTOP, 'ar');
    expect(await statusOf(page, `/policies/${oldKey}`)).toBe(200);
    expect(await text(page, '.notice')).toBe('هذه السياسة ملغاة ومستبدلة بـ سياسة الشكاوى الجديدة');
    await page.locator('.notice a').click();
    await page.waitForURL(new RegExp(`/policies/${newKey}$`));
    expect(await text(page, '.prose')).toBe('الإصدار الثاني');
    expect(await page.locator('.notice').count()).toBe(0);

    await page.locator('section[aria-labelledby="history"]').getByRole('link', { name: 'الإصدار ١' }).click();
    await page.waitForURL(new RegExp(`/policies/${newKey}/1$`));
    expect(await text(page, '.prose')).toBe('الإصدار الأول');
    expect(await text(page, '.notice')).toBe('هذا الإصدار من السياسة ملغى ومستبدل بـ الإصدار ٢ (النافذ)');

    expect(await statusOf(page, '/en/policies')).toBe(200);
    const superseded = page.locator('h2:has-text("Superseded policies") + ul');
    expect(await superseded.innerText()).toContain('سياسة الشكاوى القديمة');
    await screenshotBothSizes(chromium.browser, `/policies/${oldKey}`, 'policy-superseded');
    await page.context().close();
  });

  it('[YSR-E1] the services page shows a service’s conditions from its rules, its documents and its response time', async () => {
    const page = await visitorPage(chromium.browser, PHONE, 'ar');
    expect(await statusOf(page, '/services')).toBe(200);
    await page.getByRole('link', { name: 'الاستشارات الأسرية' }).click();
    await page.waitForURL(/\/services\/family-counselling$/);
    expect(await page.locator('[data-testid="eligibility"] li').allInnerTexts()).toEqual([
      'الخدمة متاحة للسعوديين أو المقيمين إقامة نظامية',
      'يشترط التسجيل على الرابط الإلكتروني الخاص بالخدمة',
    ]);
    expect(await page.locator('[data-testid="documents"] li').allInnerTexts()).toEqual([
      'صورة الهوية الوطنية أو الإقامة',
    ]);
    // YSR-H7: Yusr's default of ten working days (the service sets none of its own).
    expect(await text(page, 'section[aria-labelledby="response"] strong')).toBe('١٠ أيام عمل');
    expect(await page.getByRole('link', { name: 'التسجيل في الخدمة' }).getAttribute('href')).toBe(
      '/services/family-counselling/register',
    );
    expect(await statusOf(page, '/en/services/skills-programmes')).toBe(200);
    expect(await page.locator('[data-testid="eligibility"] li').allInnerTexts()).toEqual([
      'Open to Saudi nationals or legal residents',
      'Gender must be: female',
      'Social status must be: divorced or widowed',
      'The personal interview must be passed',
      "Registration through the service's online link is required",
    ]);
    await page.context().close();
  });

  it.each(READING_PAGES)(
    '[PD4] %s (%s) has no serious or critical axe-core violation, in Arabic and in English',
    async (_name, path) => {
      for (const lang of ['ar', 'en'] as const) {
        const page = await visitorPage(chromium.browser, DESKTOP, lang);
        await page.goto(siteUrl(lang === 'en' ? `/en${path === '/' ? '/' : path}` : path));
        expect({ lang, path, violations: await seriousViolations(page) }).toEqual({ lang, path, violations: [] });
        await page.context().close();
      }
    },
  );

  it('[PD4] screenshots of every page at 390×844 and 1440×900', async () => {
    for (const [name, path] of READING_PAGES) {
      await screenshotBothSizes(chromium.browser, path, name, 'ar');
      await screenshotBothSizes(chromium.browser, `/en${path === '/' ? '/' : path}`, `${name}-en`, 'en');
    }
  });

  it('[PD4] the home page loads in well under 150 KB, measured from the browser', async () => {
    const page = await visitorPage(chromium.browser, PHONE, 'ar');
    const { total, requests } = await transferredBytes(page, '/');
    console.log(`home page: ${total} bytes over the wire in ${requests} requests`);
    expect(total).toBeLessThan(150_000);
    expect(await page.locator('h1').innerText()).toBe('جمعية يُسر للتنمية الأسرية');
    await page.context().close();
  });
});
