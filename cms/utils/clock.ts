/**
 * The instant a workflow step takes as "now". Tests only: WASL_CLOCK_FILE names a file holding an ISO
 * instant, so an API test can complete a request "on Thursday 4 March 2027 at 14:00 Riyadh" and check
 * the deadline the policy gives for that instant (ESR-H7). Without the variable, without the file, or
 * in production, the real clock.
 */
import fs from 'fs';

export const workflowNow = (): Date => {
  const file = process.env.WASL_CLOCK_FILE;
  if (!file || process.env.NODE_ENV === 'production' || !fs.existsSync(file)) return new Date();
  const at = new Date(fs.readFileSync(file, 'utf8').trim());
  return Number.isNaN(at.getTime()) ? new Date() : at;
};
