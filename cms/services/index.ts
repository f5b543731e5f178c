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

export default { 'attestation-signature': attestationSignature, audit, 'beneficiary-notices': beneficiaryNotices, calendar, committee, 'committee-minutes': committeeMinutes, outbox, records, 'request-journey': requestJourney, 'request-sla': requestSla, roles, tracking };
