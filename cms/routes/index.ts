import journey from './journey';
import records from './records';

export default {
  'content-api': { type: 'content-api', routes: [...records, ...journey] },
};
