import staffConsole from './console';
import health from './health';

export default { health, console: staffConsole };
