/**
 * P1: known accounts never land on a real database by accident. WASL_SEED decides whether the first
 * start loads the demo association (and its staff accounts):
 * - `auto` (default): only on the embedded SQLite database, the one a first try of `npm start` makes;
 * - `demo`: also on a DATABASE_URL database (PostgreSQL), asked for by name;
 * - `false`: never.
 */
export const SEED_MODES = ['auto', 'demo', 'false'] as const;
export type SeedMode = (typeof SEED_MODES)[number];

export const parseSeedMode = (value: string | undefined): SeedMode => {
  const mode = (value ?? '').trim() || 'auto';
  if (!(SEED_MODES as readonly string[]).includes(mode))
    throw new Error(`WASL_SEED=${mode} is not one of ${SEED_MODES.join(', ')}`);
  return mode as SeedMode;
};

export const shouldLoadDemo = (mode: SeedMode, client: string): boolean =>
  mode === 'demo' || (mode === 'auto' && client === 'sqlite');
