import path from 'path';
import { parse } from 'pg-connection-string';
import type { Core } from '@strapi/strapi';

/**
 * SQLite under .tmp/ with no configuration at all; PostgreSQL as soon as DATABASE_URL is set.
 * Pool size and SSL come from the environment so a managed cluster needs no code change.
 */
const config = ({
  env,
}: Core.Config.Shared.ConfigParams): Core.Config.Database<'postgres'> | Core.Config.Database<'sqlite'> => {
  const url = env('DATABASE_URL', '');
  if (url) {
    const ssl = env.bool('DATABASE_SSL', false)
      ? { rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true) }
      : false;
    const parsed = parse(url);
    return {
      connection: {
        client: 'postgres',
        connection: {
          host: parsed.host ?? '127.0.0.1',
          port: Number(parsed.port ?? 5432),
          user: parsed.user ?? 'postgres',
          password: parsed.password ?? '',
          database: parsed.database ?? 'postgres',
          ssl,
        },
        pool: { min: env.int('DATABASE_POOL_MIN', 0), max: env.int('DATABASE_POOL_MAX', 10) },
        acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
      },
    };
  }
  // config/ runs compiled from dist/config, so the app root is two levels up.
  const filename = path.resolve(__dirname, '..', '..', env('DATABASE_FILENAME', '.tmp/data.db'));
  return {
    connection: {
      client: 'sqlite',
      connection: { filename },
      useNullAsDefault: true,
    },
  };
};

export default config;
