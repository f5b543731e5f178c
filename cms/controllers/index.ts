import { RESOURCE_NAMES } from '../constants/access';
import journey from './journey';
import minutes from './minutes';
import { createRecordController } from './records';
import session from './session';

export default {
  ...Object.fromEntries(RESOURCE_NAMES.map((resource) => [resource, createRecordController(resource)])),
  journey,
  minutes,
  session,
};
