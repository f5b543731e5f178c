import bilingualErrors from './bilingual-errors';
import health from './health';

export default { 'bilingual-errors': bilingualErrors, health };
