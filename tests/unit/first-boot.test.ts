/**
 * P1: the first start's rules: when the demo loads (cms/seed/seed-mode.ts), what a given super admin
 * password must meet (cms/domain/admin-password.ts), the random passwords Wasl makes itself, and the
 * demo password ensureEnvFile keeps in .env (scripts/lib/setup.ts, on real files in a temp folder).
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { dictionary } from '@zxcvbn-ts/language-common';
import { adminPasswordProblems } from '../../cms/domain/admin-password';
import { DEMO_USERS, demoPassword } from '../../cms/seed/demo';
import { parseSeedMode, shouldLoadDemo } from '../../cms/seed/seed-mode';
import { randomPassword } from '../../cms/utils/random-password';
import { ensureEnvFile } from '../../scripts/lib/setup';

describe('WASL_SEED', () => {
  it.each<[string | undefined, string, boolean]>([
    [undefined, 'sqlite', true],
    ['', 'sqlite', true],
    ['auto', 'sqlite', true],
    ['auto', 'postgres', false],
    [undefined, 'postgres', false],
    ['demo', 'postgres', true],
    ['demo', 'sqlite', true],
    ['false', 'sqlite', false],
    ['false', 'postgres', false],
  ])('[P1] WASL_SEED=%p on %s loads the demo: %p', (value, client, expected) => {
    expect(shouldLoadDemo(parseSeedMode(value), client)).toBe(expected);
  });

  it('[P1] an unknown WASL_SEED stops the start instead of guessing', () => {
    expect(() => parseSeedMode('yes')).toThrow('WASL_SEED=yes is not one of auto, demo, false');
  });
});

describe('adminPasswordProblems', () => {
  it.each<[string, string[]]>([
    ['Qz7-vLm2-Rt9w', []],
    ['Short1a', ['too_short']],
    ['alllowercase-123', ['no_uppercase']],
    ['ALLUPPERCASE-123', ['no_lowercase']],
    ['NoDigitsHere-abc', ['no_digit']],
    ['Admin@Wasl.local1', []],
    ['Superadmin123', []],
    ['1q2w3e4r5t6Y', ['common']],
    [`Aa1${'x'.repeat(70)}`, ['too_long']],
  ])('[P1] %p → %p', (password, expected) => {
    expect(adminPasswordProblems(password, 'ops@yusr.example.org')).toEqual(expected);
  });

  it('[P1] the e-mail address or its local part is refused', () => {
    expect(adminPasswordProblems('Ops-Admin-2026', 'ops-admin-2026@yusr.example.org')).toEqual(['is_email']);
  });
});

describe('demoPassword', () => {
  const saved = process.env.WASL_DEMO_PASSWORD;
  afterEach(() => {
    if (saved === undefined) delete process.env.WASL_DEMO_PASSWORD;
    else process.env.WASL_DEMO_PASSWORD = saved;
  });

  it.each<[string | undefined, string]>([
    [undefined, 'WASL_DEMO_PASSWORD is not set or shorter than 12 characters'],
    ['Short-1a', 'WASL_DEMO_PASSWORD is not set or shorter than 12 characters'],
    ['1qaz2wsx3edc', 'WASL_DEMO_PASSWORD is a common password'],
    ['reception-officer', 'WASL_DEMO_PASSWORD is a demo username'],
  ])('[P1] refuses to seed demo accounts with WASL_DEMO_PASSWORD=%p: no fallback value', (value, message) => {
    if (value === undefined) delete process.env.WASL_DEMO_PASSWORD;
    else process.env.WASL_DEMO_PASSWORD = value;
    expect(() => demoPassword()).toThrow(message);
  });

  it("[P1] returns the installation's own password", () => {
    process.env.WASL_DEMO_PASSWORD = 'hV3-k9Qw_Zp2LmX7rT4sYb8N';
    expect(demoPassword()).toBe('hV3-k9Qw_Zp2LmX7rT4sYb8N');
  });
});

describe('randomPassword', () => {
  it('[P1] gives 24 characters with a lowercase letter, an uppercase letter and a digit, never the same twice', () => {
    const made = Array.from({ length: 50 }, () => randomPassword());
    expect(made.length).toBe(50);
    for (const password of made) {
      expect(password).toMatch(/^[\w-]{24}$/);
      expect(adminPasswordProblems(password, 'admin@wasl.local')).toEqual([]);
    }
    expect(new Set(made).size).toBe(50);
  });
});

describe('ensureEnvFile', () => {
  let dir = '';
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wasl-env-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const demoLine = (text: string) => /^WASL_DEMO_PASSWORD=(.*)$/m.exec(text)?.[1] ?? '';
  const quietly = (run: () => void) => {
    const write = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      run();
    } finally {
      write.mockRestore();
    }
  };

  it('[P1] a new .env (0600) carries a random demo password: 24 characters, not a username, not a common password', () => {
    const file = path.join(dir, '.env');
    quietly(() => ensureEnvFile(file));
    const text = fs.readFileSync(file, 'utf8');
    const password = demoLine(text);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(password).toMatch(/^[\w-]{24}$/);
    expect(DEMO_USERS.length).toBe(9);
    expect(DEMO_USERS.map((u) => u.username)).not.toContain(password);
    expect(dictionary.passwords).not.toContain(password.toLowerCase());
    expect(text).toMatch(/^JWT_SECRET=.+$/m);
  });

  it('[P1] an existing .env without it gets it appended, the rest untouched; a second run changes nothing', () => {
    const file = path.join(dir, '.env');
    fs.writeFileSync(file, 'JWT_SECRET=kept\nPORT=1444');
    quietly(() => ensureEnvFile(file));
    const once = fs.readFileSync(file, 'utf8');
    expect(once.startsWith('JWT_SECRET=kept\nPORT=1444\n')).toBe(true);
    expect(demoLine(once)).toMatch(/^[\w-]{24}$/);
    quietly(() => ensureEnvFile(file));
    expect(fs.readFileSync(file, 'utf8')).toBe(once);
  });
});
