import journey from './journey';
import minutes from './minutes';
import records from './records';
import publicComplaints from './public-complaints';
import complaints from './complaints';
import compensation from './compensation';
import session from './session';
import staff from './staff';
import contactTasks from './contact-tasks';
import fileDownloads from './file-downloads';
import reports from './reports';
import stats from './stats';
import surveys from './surveys';
import publicSurveys from './public-surveys';
import frontDesk from './front-desk';
import associationProfileIo from './association-profile-io';
import policyPublishing from './policy-publishing';

export default {
  'content-api': {
    type: 'content-api',
    routes: [
      ...records,
      ...journey,
      ...minutes,
      ...publicComplaints,
      ...complaints,
      ...compensation,
      ...session,
      ...staff,
      ...contactTasks,
      ...fileDownloads,
      ...reports,
      ...stats,
      ...surveys,
      ...publicSurveys,
      ...frontDesk,
      ...associationProfileIo,
      ...policyPublishing,
    ],
  },
};
