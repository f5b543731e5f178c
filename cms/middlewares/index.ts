import bilingualErrors from './bilingual-errors';
import staffConsole from './console';
import health from './health';
import bodyErrors from './body-errors';
import publicIntakeSize from './public-intake-size';
import passwordPolicy from './password-policy';
import signInLimit from './sign-in-limit';

export default { 'bilingual-errors': bilingualErrors, health, 'body-errors': bodyErrors, console: staffConsole, 'public-intake-size': publicIntakeSize,
  'password-policy': passwordPolicy, 'sign-in-limit': signInLimit };
