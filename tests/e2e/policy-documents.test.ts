/**
 * Policies in the console, in real Chromium (issue 13): the association admin writes a draft in the rich
 * text editor and is told, field by field, what the board approval still lacks before it can be published
 * (PD1); staff read the published text with its approval and signatories and sign it once (PD3).
 */
import { missingKeys, screenshot, signIn, useChromium, consoleUrl } from '../helpers/browser';

jest.setTimeout(180_000);

describe('policy documents in the console', () => {
  const chromium = useChromium();

  it('[PD1] the admin writes a draft in the rich text editor; publishing it without the board approval lists each missing field', async () => {
    const page = await signIn(chromium.browser, 'association-admin');
    await page.goto(consoleUrl('policy-documents/create'));
    await page.locator('input[name="policyKey"]').fill(`volunteering-${Date.now()}`);
    await page.locator('input[name="titleAr"]').fill('سياسة التطوع');
    const editor = page.locator('.ProseMirror').first();
    await editor.click();
    await page.keyboard.type('يلتزم المتطوع بأنظمة الجمعية');
    await page.getByRole('button', { name: 'حفظ' }).click();
    await page.locator('[data-testid="policy-status"]').getByText('لم يُنشر بعد').waitFor();
    await page.locator('[data-testid="policy-text"] p', { hasText: 'يلتزم المتطوع بأنظمة الجمعية' }).waitFor();
    await page.locator('[data-testid="publish"]').click();
    const errors = page.locator('[data-testid="publish-errors"] li');
    await errors.first().waitFor();
    expect(await errors.evaluateAll((items) => items.map((li) => li.getAttribute('data-field')))).toEqual([
      'boardMeetingNumber',
      'boardSession',
      'chairName',
      'approvalDate',
      'approvalDateHijri',
      'signatories',
    ]);
    await page.getByText('رقم اجتماع المجلس: نشر السياسة يتطلب رقم اجتماع مجلس الإدارة الذي اعتمدها').waitFor();
    await screenshot(page, 'policy-publish-refused');
    await page.context().close();
    expect([...missingKeys]).toEqual([]);
  });

  it('[PD3] a reception officer reads the published policy with its approval and 11 signatories, and signs it once', async () => {
    const page = await signIn(chromium.browser, 'reception-officer');
    await page.goto(consoleUrl('policy-documents'));
    await page.locator('tbody tr', { hasText: 'سياسة تنظيم العلاقة مع المستفيدين' }).click();
    await page.locator('[data-testid="policy-text"] h2', { hasText: 'الهدف العام' }).waitFor();
    expect(await page.locator('[data-testid="signatories"] tbody tr').count()).toBe(11);
    await page.getByText('1442-11-25 هـ').waitFor();
    await page.locator('[data-testid="acknowledge"]').click();
    await page.locator('[data-testid="acknowledged"]').waitFor();
    expect(await page.locator('[data-testid="acknowledge"]').count()).toBe(0);
    await screenshot(page, 'policy-show-signed');
    await page.context().close();
    expect([...missingKeys]).toEqual([]);
  });
});
