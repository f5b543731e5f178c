/**
 * Jest's own order (failed first, then slowest first), except that tests/api/zz-log-scan.test.ts runs
 * last: it reads the log the test Strapi wrote during every other API and e2e file (P1, issue 10
 * "done when" 3). `npm test` runs in band (scripts/test.ts), so last in the sequence is also last to run.
 */
const Sequencer = require('@jest/test-sequencer').default;

const LOG_SCAN = /[\\/]tests[\\/]api[\\/]zz-log-scan\.test\.ts$/;

class WaslSequencer extends Sequencer {
  async sort(tests) {
    const sorted = await super.sort(tests);
    return [
      ...sorted.filter((test) => !LOG_SCAN.test(test.path)),
      ...sorted.filter((test) => LOG_SCAN.test(test.path)),
    ];
  }
}

module.exports = WaslSequencer;
