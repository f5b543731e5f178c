import { RESOURCE_NAMES } from '../constants/access';
import journey from './journey';
import { createRecordController } from './records';
import publicComplaints from './public-complaints';

export default {
  ...Object.fromEntries(RESOURCE_NAMES.map((resource) => [resource, createRecordController(resource)])),
  journey,
  'public-complaints': publicComplaints,
};
