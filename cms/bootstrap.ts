import type { Core } from '@strapi/strapi';
import { DEMO_PASSWORD, DEMO_USERS, seedDemoData } from './seed/demo';
import { refreshBeneficiarySearchKeys } from './services/record-hooks';

/** WASL_SEED: `auto` (default) loads the demo association into an empty database; `false` never does. */
const shouldSeed = () => (process.env.WASL_SEED ?? 'auto') !== 'false';

const printBanner = (strapi: Core.Strapi) => {
  const port = strapi.config.get<number>('server.port');
  const base = strapi.config.get<string>('server.url') || `http://localhost:${port}`;
  const lines = [
    '',
    'وصل Wasl is ready',
    `  Staff console:     ${base}/console`,
    `  API:               ${base}/api/wasl`,
    `  Strapi admin:      ${base}/admin`,
    `  Health:            ${base}/_health`,
    `  Demo logins (password "${DEMO_PASSWORD}"):`,
    ...DEMO_USERS.map((user) => `    ${user.username.padEnd(22)} ${user.role}`),
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
};

export const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  await strapi.plugin('wasl').service('roles').ensureRoles();
  // P1: search keys from before they held names only no longer answer a search by ID or phone.
  await refreshBeneficiarySearchKeys(strapi);
  if (shouldSeed()) {
    const summary = await seedDemoData(strapi, { reset: false, log: (msg) => strapi.log.info(`[wasl:seed] ${msg}`) });
    strapi.log.info(`[wasl] demo data: ${JSON.stringify(summary)}`);
  }
  // H6: the outbox worker delivers what transitions enqueued; WASL_OUTBOX_WORKER=false leaves it to another instance.
  if (process.env.WASL_OUTBOX_WORKER !== 'false') stopOutbox = strapi.plugin('wasl').service('outbox').startWorker();
  // CM5: overdue complaints reach management; WASL_ESCALATION_JOB=false disables the job (tests, a worker-less instance).
  if (process.env.WASL_ESCALATION_JOB !== 'false') stopEscalation = strapi.plugin('wasl').service('complaint-escalation').startJob();
  strapi.server.httpServer.once('listening', () => printBanner(strapi));
};

let stopOutbox: (() => void) | null = null;
let stopEscalation: (() => void) | null = null;

export const destroy = () => {
  stopOutbox?.();
  stopOutbox = null;
  stopEscalation?.();
  stopEscalation = null;
};
