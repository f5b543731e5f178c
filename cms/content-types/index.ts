import agendaItem from './agenda-item';
import appointment from './appointment';
import associationProfile from './association-profile';
import attachment from './attachment';
import attestation from './attestation';
import auditLog from './audit-log';
import beneficiary from './beneficiary';
import branch from './branch';
import channel from './channel';
import committee from './committee';
import committeeMeeting from './committee-meeting';
import compensationClaim from './compensation-claim';
import complaint from './complaint';
import complaintAction from './complaint-action';
import complaintCategory from './complaint-category';
import contactOfficerAssignment from './contact-officer-assignment';
import decision from './decision';
import fieldInspection from './field-inspection';
import holiday from './holiday';
import inspectionFinding from './inspection-finding';
import correctiveAction from './corrective-action';
import notification from './notification';
import policyAcknowledgement from './policy-acknowledgement';
import passwordReset from './password-reset';
import policyDocument from './policy-document';
import policyVersion from './policy-version';
import requestEvent from './request-event';
import service from './service';
import signInAttempt from './sign-in-attempt';
import serviceRequest from './service-request';
import stakeholder from './stakeholder';
import survey from './survey';
import surveyInvitation from './survey-invitation';
import surveyResponse from './survey-response';
import trackingSequence from './tracking-sequence';
import visit from './visit';
import vote from './vote';

/** The whole domain model of DESIGN.md "Domain", keyed by singular name (`plugin::wasl.<name>`). */
export default {
  'agenda-item': agendaItem,
  appointment,
  'association-profile': associationProfile,
  attachment,
  attestation,
  'audit-log': auditLog,
  beneficiary,
  branch,
  channel,
  committee,
  'committee-meeting': committeeMeeting,
  'compensation-claim': compensationClaim,
  complaint,
  'complaint-action': complaintAction,
  'complaint-category': complaintCategory,
  'contact-officer-assignment': contactOfficerAssignment,
  decision,
  'field-inspection': fieldInspection,
  'inspection-finding': inspectionFinding,
  'corrective-action': correctiveAction,
  holiday,
  notification,
  'policy-acknowledgement': policyAcknowledgement,
  'password-reset': passwordReset,
  'policy-document': policyDocument,
  'policy-version': policyVersion,
  'request-event': requestEvent,
  service,
  'service-request': serviceRequest,
  'sign-in-attempt': signInAttempt,
  stakeholder,
  survey,
  'survey-invitation': surveyInvitation,
  'survey-response': surveyResponse,
  'tracking-sequence': trackingSequence,
  visit,
  vote,
};
