import journey from './journey';
import records from './records';
import publicComplaints from './public-complaints';

export default {
  'content-api': { type: 'content-api', routes: [...records, ...journey, ...publicComplaints] },
};
