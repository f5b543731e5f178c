import journey from './journey';
import minutes from './minutes';
import records from './records';
import session from './session';

export default {
  'content-api': { type: 'content-api', routes: [...records, ...journey, ...minutes, ...session] },
};
