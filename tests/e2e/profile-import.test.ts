/**
 * Issue 14 in real Chromium: the association admin exports the association's profile, adds a service to
 * the file, uploads it in the console, sees in the preview that exactly that service would be created,
 * confirms, and the service appears in the services list. A faulty file is refused with its JSON path.
 */
import { randomUUID } from 'crypto';
import fs from 'fs';
import os from 'os';
import path from 'path';
import { parse, stringify } from 'yaml';
import { http, loginAs } from '../helpers/api';
import { consoleUrl, missingKeys, screenshot, signIn, useChromium } from '../helpers/browser';

jest.setTimeout(240_000);

type Profile = { services: Record<string, unknown>[] } & Record<string, unknown>;

const exported = async (): Promise<{ profile: Profile; json: boolean }> => {
  const res = await http<unknown>('GET', '/api/wasl/profile/export', { token: await loginAs('association_admin') });
  expect(res.status).toBe(200);
  const text = typeof res.body === 'string' ? res.body : JSON.stringify(res.body);
  const json = typeof res.body === 'object';
  return { profile: (json ? res.body : parse(text)) as Profile, json };
};

const writeProfile = (profile: unknown, json: boolean): string => {
  const file = path.join(os.tmpdir(), `wasl-profile-${randomUUID().slice(0, 8)}.${json ? 'json' : 'yaml'}`);
  fs.writeFileSync(file, json ? JSON.stringify(profile, null, 2) : stringify(profile));
  return file;
};

describe('the profile import screen in Chromium', () => {
  const chromium = useChromium();

  it('[YSR-E1] the admin uploads a profile with a new service, sees it in the preview, confirms, and the service appears', async () => {
    const { profile, json } = await exported();
    const key = `e2e-import-${randomUUID().slice(0, 6)}`;
    const nameAr = 'برنامج مهارات الأسرة المستورد';
    const service = { ...profile.services[0], key, nameAr, nameEn: 'Imported family skills programme' };
    const file = writeProfile({ ...profile, services: [...profile.services, service] }, json);

    const page = await signIn(chromium.browser, 'association-admin');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(consoleUrl('profile-import'));
    await page.locator('input[name="profile"]').setInputFiles(file);
    const services = page.locator('[data-testid="profile-preview"] tr[data-section="services"]');
    await services.locator('[data-column="created"]').getByText(key).waitFor();
    await screenshot(page, 'profile-import-preview-390');
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
    expect(await services.locator('[data-column="created"]').innerText()).toMatch(/^1\b/);

    await page.locator('[data-testid="profile-confirm"]').click();
    await page.locator('[data-testid="profile-result"]').waitFor();
    await page.goto(consoleUrl('services'));
    await page.getByText(nameAr).first().waitFor();

    const admin = await loginAs('association_admin');
    const created = await http<{ id: string }[]>('GET', '/api/wasl/services', {
      token: admin,
      query: { filter: { key } },
    });
    expect(created.body).toHaveLength(1);
    expect((await http('DELETE', `/api/wasl/services/${created.body[0].id}`, { token: admin })).status).toBe(200);
    expect([...missingKeys]).toEqual([]);
  });

  it('[H7] a faulty profile is refused with the JSON path of the fault, and nothing is imported', async () => {
    const { profile, json } = await exported();
    const services = profile.services.map((s, i) =>
      i === 0 ? { ...s, deadline: { amount: -3, unit: 'working_days' } } : s,
    );
    const file = writeProfile({ ...profile, services }, json);
    const page = await signIn(chromium.browser, 'association-admin');
    await page.goto(consoleUrl('profile-import'));
    await page.locator('input[name="profile"]').setInputFiles(file);
    const faults = page.locator('[data-testid="profile-faults"]');
    await faults.getByText('/services/0/deadline/amount').first().waitFor();
    await screenshot(page, 'profile-import-refused');
    expect(await page.locator('[data-testid="profile-confirm"]').count()).toBe(0);
  });
});
