/** The throw-away databases live in scripts/lib (the benchmarks use them too); re-exported for the tests. */
export { createThrowawayDb, dropThrowawayDb, type ThrowawayDb } from '../../scripts/lib/throwaway-db';
