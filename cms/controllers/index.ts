import { RESOURCE_NAMES } from '../constants/access';
import attestation from './attestation';
import journey from './journey';
import minutes from './minutes';
import { createRecordController } from './records';

export default {
  ...Object.fromEntries(RESOURCE_NAMES.map((resource) => [resource, createRecordController(resource)])),
  attestation,
  journey,
  minutes,
};
