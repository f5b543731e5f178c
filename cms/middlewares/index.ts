import bilingualErrors from './bilingual-errors';
import staffConsole from './console';
import health from './health';
import bodyErrors from './body-errors';
import publicIntakeSize from './public-intake-size';

export default { 'bilingual-errors': bilingualErrors, health, 'body-errors': bodyErrors, console: staffConsole, 'public-intake-size': publicIntakeSize };
