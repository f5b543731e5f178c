/**
 * One typed way to reach a Wasl service: `getService(strapi, 'request-journey')` answers that service's
 * own type (cms/services/index.ts), so a renamed or mistyped service is a compile error, not a runtime
 * `undefined`.
 */
import type { Core } from '@strapi/strapi';
import type services from '../services';

type Services = typeof services;
export type ServiceName = keyof Services;
export type WaslService<K extends ServiceName> = ReturnType<Services[K]>;

export const getService = <K extends ServiceName>(strapi: Core.Strapi, name: K): WaslService<K> =>
  strapi.plugin('wasl').service(name) as unknown as WaslService<K>;
