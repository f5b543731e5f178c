import type { Core } from '@strapi/strapi';
import { RESOURCE_NAMES } from '../constants/access';
import attestation from './attestation';
import journey from './journey';
import minutes from './minutes';
import { createRecordController } from './records';
import publicComplaints from './public-complaints';
import complaintWorkflow from './complaints';
import compensation from './compensation';
import complaintStats from './complaint-stats';
import monthlyReport from './monthly-report';
import stats from './stats';
import session from './session';
import staff from './staff';
import contactTasks from './contact-tasks';
import fileDownloads from './file-downloads';
import passwordReset from './password-reset';
import publicSurveys from './public-surveys';
import surveyTools from './survey-tools';
import frontDesk from './front-desk';
import inspectionStats from './inspection-stats';
import inspectionPhotos from './inspection-photos';
import associationProfileIo from './association-profile-io';
import policyPublishing from './policy-publishing';

export default {
  ...Object.fromEntries(RESOURCE_NAMES.map((resource) => [resource, createRecordController(resource)])),
  attestation,
  journey,
  minutes,
  'public-complaints': publicComplaints,
  'complaint-workflow': complaintWorkflow,
  compensation,
  'complaint-stats': complaintStats,
  'monthly-report': monthlyReport,
  stats,
  // ALL-CH: the console's create goes through intake, so every complaint gets its number and deadline.
  complaints: ({ strapi }: { strapi: Core.Strapi }) => ({
    ...createRecordController('complaints')({ strapi }),
    create: complaintWorkflow({ strapi }).create,
  }),
  session,
  staff,
  'contact-tasks': contactTasks,
  'file-downloads': fileDownloads,
  'password-reset': passwordReset,
  'public-surveys': publicSurveys,
  'survey-tools': surveyTools,
  'front-desk': frontDesk,
  'inspection-stats': inspectionStats,
  'inspection-photos': inspectionPhotos,
  'association-profile-io': associationProfileIo,
  'policy-publishing': policyPublishing,
};
