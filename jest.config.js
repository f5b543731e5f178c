/** Jest projects: unit (pure domain rules), api (a real Strapi over HTTP), e2e (real Chromium). */
// Compiled output in dist/ holds a second cms/package.json; jest must not see it.
const common = { modulePathIgnorePatterns: ['<rootDir>/dist/'], testEnvironment: 'node' };
const transform = {
  '^.+\\.(t|j)sx?$': [
    '@swc/jest',
    { jsc: { parser: { syntax: 'typescript', tsx: true } }, module: { type: 'commonjs' } },
  ],
};

module.exports = {
  // A global option: jest ignores testTimeout inside a project, which left every test at 5 s and made
  // slow machines fail (a timed-out test keeps running and writes into the next file's assertions).
  testTimeout: 120000,
  reporters: ['default', '<rootDir>/tests/helpers/summary-reporter.js'],
  // A global option: tests/api/zz-log-scan.test.ts must read the server log after every other file ran.
  testSequencer: '<rootDir>/tests/helpers/test-sequencer.js',
  projects: [
    { displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts'], ...common, transform },
    {
      displayName: 'api',
      testMatch: ['<rootDir>/tests/api/**/*.test.ts'],
      ...common,
      transform,
      globalSetup: '<rootDir>/tests/helpers/global-setup.ts',
      globalTeardown: '<rootDir>/tests/helpers/global-teardown.ts',
    },
    // Same globalSetup file as api: jest runs each distinct file once, so both share one Strapi.
    {
      displayName: 'e2e',
      testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
      ...common,
      transform,
      globalSetup: '<rootDir>/tests/helpers/global-setup.ts',
      globalTeardown: '<rootDir>/tests/helpers/global-teardown.ts',
    },
    { displayName: 'smoke', testMatch: ['<rootDir>/tests/smoke/**/*.test.ts'], ...common, transform },
  ],
};
