import journey from './journey';
import records from './records';
import publicComplaints from './public-complaints';
import complaints from './complaints';

export default {
  'content-api': { type: 'content-api', routes: [...records, ...journey, ...publicComplaints, ...complaints] },
};
