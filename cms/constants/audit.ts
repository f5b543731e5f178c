/**
 * The vocabulary of the audit log (P1), read by the console's audit screen: the actions the services
 * record and the resources they name. A new action still lands in the log; until it is listed here the
 * console shows its code.
 */
import { COMPLAINT_STEPS } from '../domain/complaint-workflow';
import { RESOURCE_NAMES } from './access';

/** The audit log's table (cms/content-types/audit-log/schema.json `collectionName`). */
export const AUDIT_TABLE = 'wasl_audit_logs';

export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'read_sensitive',
  'transition',
  'vote',
  'sign',
  ...COMPLAINT_STEPS,
  'open_claim',
  'claim_condition',
  'claim_negotiation',
  'claim_settled',
  'claim_closed',
  'minutes_written',
  'minutes_approved',
  'seed_reset',
  'contact_task_done',
  'survey_invited',
  'survey_answered',
  'survey_campaign_sent',
  'emergency_reported',
  // Issue 14: an association profile imported (console or `npm run profile -- import`).
  'profile_import',
] as const;

/** `demo` is the demo association as a whole (`npm run seed -- --reset`). */
export const AUDIT_RESOURCES = [...RESOURCE_NAMES, 'demo'] as const;

/** Who acted, besides the staff roles: the server itself, and Strapi's own super admin at /admin. */
export const AUDIT_ACTOR_ROLES = ['system', 'strapi_admin'] as const;
