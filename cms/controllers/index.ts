import { RESOURCE_NAMES } from '../constants/access';
import { createRecordController } from './records';

export default Object.fromEntries(RESOURCE_NAMES.map((resource) => [resource, createRecordController(resource)]));
