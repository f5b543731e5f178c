import attestationSignature from './attestation-signature';
import audit from './audit';
import beneficiaryNotices from './beneficiary-notices';
import calendar from './calendar';
import committee from './committee';
import committeeMinutes from './committee-minutes';
import outbox from './outbox';
import records from './records';
import requestJourney from './request-journey';
import requestSla from './request-sla';
import roles from './roles';
import tracking from './tracking';
import complaintAttachments from './complaint-attachments';
import complaintIntake from './complaint-intake';
import complaintTracking from './complaint-tracking';
import rateLimit from './rate-limit';
import complaintEscalation from './complaint-escalation';
import complaintStaffIntake from './complaint-staff-intake';
import complaintWorkflow from './complaint-workflow';
import compensation from './compensation';
import complaintStats from './complaint-stats';
import stats from './stats';
import staff from './staff';
import contactTasks from './contact-tasks';
import channels from './channels';
import fileDownloads from './file-downloads';
import privateFiles from './private-files';
import firstAdmin from './first-admin';
import staffAdmin from './staff-admin';
import sessions from './sessions';
import signInLimit from './sign-in-limit';
import passwordReset from './password-reset';
import confidential from './confidential';
import readAudit from './read-audit';
import monthlyReport from './monthly-report';
import surveys from './surveys';
import frontDesk from './front-desk';
import inspectionStats from './inspection-stats';
import inspectionPhotos from './inspection-photos';
import associationProfileIo from './association-profile-io';
import policyPublishing from './policy-publishing';
import policyReads from './policy-reads';

export default {
  'attestation-signature': attestationSignature,
  audit,
  'beneficiary-notices': beneficiaryNotices,
  calendar,
  committee,
  'committee-minutes': committeeMinutes,
  outbox,
  records,
  'request-journey': requestJourney,
  'request-sla': requestSla,
  roles,
  tracking,
  'complaint-attachments': complaintAttachments,
  'complaint-intake': complaintIntake,
  'complaint-tracking': complaintTracking,
  'rate-limit': rateLimit,
  'complaint-escalation': complaintEscalation,
  'complaint-staff-intake': complaintStaffIntake,
  'complaint-workflow': complaintWorkflow,
  compensation,
  'complaint-stats': complaintStats,
  stats,
  staff,
  'contact-tasks': contactTasks,
  channels,
  'file-downloads': fileDownloads,
  'private-files': privateFiles,
  'first-admin': firstAdmin,
  'staff-admin': staffAdmin,
  sessions,
  'sign-in-limit': signInLimit,
  'password-reset': passwordReset,
  confidential,
  'read-audit': readAudit,
  'monthly-report': monthlyReport,
  surveys,
  'front-desk': frontDesk,
  'inspection-stats': inspectionStats,
  'inspection-photos': inspectionPhotos,
  'association-profile-io': associationProfileIo,
  'policy-publishing': policyPublishing,
  'policy-reads': policyReads,
};
