import health from './health';
import bodyErrors from './body-errors';

export default { health, 'body-errors': bodyErrors };
