import adminRegistration from './admin-registration';
import bilingualErrors from './bilingual-errors';
import bodyDepth from './body-depth';
import staffConsole from './console';
import health from './health';
import bodyErrors from './body-errors';
import publicIntakeSize from './public-intake-size';
import requestLogger from './request-logger';
import passwordPolicy from './password-policy';
import signInLimit from './sign-in-limit';
import site from './site';

export default {
  'admin-registration': adminRegistration,
  'bilingual-errors': bilingualErrors,
  health,
  'body-errors': bodyErrors,
  'body-depth': bodyDepth,
  console: staffConsole,
  'public-intake-size': publicIntakeSize,
  'request-logger': requestLogger,
  'password-policy': passwordPolicy,
  'sign-in-limit': signInLimit,
  site,
};
