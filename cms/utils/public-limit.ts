/**
 * CM1 hardening: one per-IP limit for each public intake, whichever door it comes through — the JSON API
 * or the website's plain HTML form — so the form is not a way around the API's limit. A refusal carries
 * `Retry-After` on both.
 */
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type { LimitName } from '../services/rate-limit';
import { getService } from './services';

export const limitPublic = (strapi: Core.Strapi, ctx: Context, name: LimitName): void => {
  try {
    getService(strapi, 'rate-limit').hit(name, ctx.request.ip);
  } catch (error) {
    ctx.set('Retry-After', String((error as { details?: { retryAfter?: number } }).details?.retryAfter ?? 60));
    throw error;
  }
};
