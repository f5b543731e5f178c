import type { Core } from '@strapi/strapi';

type Env = Core.Config.Shared.ConfigParams['env'];

/** A secret must come from the environment or .env (`npm start` writes one with random values). */
export const requireEnv = (env: Env, key: string): string => {
  const value = env(key, '');
  if (!value) throw new Error(`${key} is not set: run \`npm start\` once (it writes .env) or export it`);
  return value;
};
