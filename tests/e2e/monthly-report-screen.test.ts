/**
 * MC4: the «التقارير الشهرية» screen in real Chromium: the manager picks a month named in both calendars and
 * downloads its PDF; the reception officer's menu has no such screen.
 */
import fs from 'fs';
import { missingKeys, screenshot, signIn, useChromium } from '../helpers/browser';

jest.setTimeout(180_000);

describe('the monthly reports screen in Chromium', () => {
  const chromium = useChromium();

  it('[MC4] the manager picks March 2025 (Gregorian and Hijri) and downloads its PDF', async () => {
    const page = await signIn(chromium.browser, 'manager');
    await page.getByRole('menuitem', { name: 'التقارير الشهرية' }).click();
    await page.waitForURL(/#\/reports\/monthly/);
    await page.getByRole('combobox', { name: 'الشهر' }).click();
    const options = page.getByRole('option');
    expect(await options.count()).toBe(24);
    // ar-SA writes the Gregorian month and both calendars' days in Arabic-Indic digits.
    const march = page.getByRole('option', { name: /^مارس ٢٠٢٥ — ١ رمضان ١٤٤٦ هـ – ٢ شوال ١٤٤٦ هـ$/ });
    await march.click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'تنزيل PDF' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('monthly-report-2025-03.pdf');
    const file = await download.path();
    expect(fs.readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await screenshot(page, 'monthly-reports');
    await page.context().close();

    const reception = await signIn(chromium.browser, 'reception-officer');
    await reception.getByRole('menuitem').first().waitFor();
    expect(await reception.getByRole('menuitem', { name: 'التقارير الشهرية' }).count()).toBe(0);
    await reception.context().close();
    expect([...missingKeys]).toEqual([]);
  });
});
