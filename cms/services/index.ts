import audit from './audit';
import outbox from './outbox';
import records from './records';
import roles from './roles';
import tracking from './tracking';

export default { audit, outbox, records, roles, tracking };
