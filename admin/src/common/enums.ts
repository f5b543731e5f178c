/**
 * Choice lists come from the content-type schemas (one source of truth); labels are translation keys
 * under enums.<list>.<value>, translated by react-admin like any other label.
 */
import beneficiary from '../../../cms/content-types/beneficiary/schema.json';
import committee from '../../../cms/content-types/committee/schema.json';
import complaint from '../../../cms/content-types/complaint/schema.json';
import decision from '../../../cms/content-types/decision/schema.json';
import holiday from '../../../cms/content-types/holiday/schema.json';
import service from '../../../cms/content-types/service/schema.json';
import request from '../../../cms/content-types/service-request/schema.json';
import visit from '../../../cms/content-types/visit/schema.json';
import vote from '../../../cms/content-types/vote/schema.json';
import appointment from '../../../cms/content-types/appointment/schema.json';
import finding from '../../../cms/content-types/inspection-finding/schema.json';
import correctiveAction from '../../../cms/content-types/corrective-action/schema.json';
import inspection from '../../../cms/content-types/field-inspection/schema.json';
import attestation from '../../../cms/content-types/attestation/schema.json';
import meeting from '../../../cms/content-types/committee-meeting/schema.json';
import complaintAction from '../../../cms/content-types/complaint-action/schema.json';
import notification from '../../../cms/content-types/notification/schema.json';
import survey from '../../../cms/content-types/survey/schema.json';
import surveyResponse from '../../../cms/content-types/survey-response/schema.json';
import policyDocument from '../../../cms/content-types/policy-document/schema.json';
import { QUESTION_KINDS } from '../../../cms/domain/survey-answers';
import { SLA_STATES } from '../../../cms/domain/sla-state';
import { AUDIT_ACTIONS, AUDIT_RESOURCES } from '../../../cms/constants/audit';

type Schema = { attributes: object };
const values = (schema: Schema, field: string): readonly string[] =>
  (schema.attributes as Record<string, { enum?: string[] } | undefined>)[field]?.enum ?? [];

export const ENUMS = {
  status: values(request, 'status'),
  referralSource: values(request, 'referralSource'),
  gender: values(beneficiary, 'gender'),
  socialStatus: values(beneficiary, 'socialStatus'),
  category: values(beneficiary, 'category'),
  preferredChannel: values(beneficiary, 'preferredChannel'),
  idKind: values(beneficiary, 'idKind'),
  serviceCategory: values(service, 'category'),
  policyKind: values(policyDocument, 'kind'),
  slaUnit: values(service, 'slaUnit'),
  complaintKind: values(complaint, 'kind'),
  complaintStatus: values(complaint, 'status'),
  visitPurpose: values(visit, 'purpose'),
  visitChannel: values(visit, 'channel'),
  visitOutcome: values(visit, 'outcome'),
  appointmentStatus: values(appointment, 'status'),
  findingItem: values(finding, 'item'),
  actionStatus: values(correctiveAction, 'status'),
  inspectionStatus: values(inspection, 'status'),
  holidayKind: values(holiday, 'kind'),
  committeeType: values(committee, 'type'),
  voteChoice: values(vote, 'choice'),
  outcome: values(decision, 'outcome'),
  attestationMethod: values(attestation, 'method'),
  meetingStatus: values(meeting, 'status'),
  actionKind: values(complaintAction, 'kind'),
  taskChannel: values(notification, 'channel'),
  taskStatus: ['staff_task', 'done'],
  notificationTemplate: [
    'request_completed',
    'request_in_committee',
    'request_decided',
    'rating_requested',
    'survey_invitation',
    'complaint_acknowledged',
    'complaint_replied',
    'complaint_escalated',
  ],
  ruleType: [
    'nationality',
    'gender',
    'socialStatus',
    'age',
    'interviewPassed',
    'registeredOnline',
    'referralSource',
    'selfReferralPartiesResident',
  ],
  nationality: ['SA', 'AE', 'KW', 'BH', 'QA', 'OM', 'EG', 'JO', 'YE', 'SY', 'SD'],
  surveyKind: values(survey, 'kind'),
  questionKind: QUESTION_KINDS,
  responseChannel: values(surveyResponse, 'channel'),
  slaState: SLA_STATES,
  auditAction: AUDIT_ACTIONS,
  auditResource: AUDIT_RESOURCES,
} as const;

export type EnumName = keyof typeof ENUMS;

export const enumKey = (name: EnumName, value: string): string =>
  name === 'slaState' ? `wasl.sla.${value}` : `enums.${name}.${value}`;

export const choices = (name: EnumName) => ENUMS[name].map((id) => ({ id, name: enumKey(name, id) }));
