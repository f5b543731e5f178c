import journey from './journey';
import records from './records';
import session from './session';

export default {
  'content-api': { type: 'content-api', routes: [...records, ...journey, ...session] },
};
