/**
 * P1: replaces `strapi::logger`, which logs `ctx.url` with its query string, so an ordinary search by
 * national ID or phone wrote the value into the log. This one logs the method, the route (pattern or
 * redacted path: cms/domain/log-redaction.ts), the duration and the status, and nothing of the
 * query, the headers or the body.
 */
import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { loggableRoute } from '../domain/log-redaction';

type RoutedContext = Context & { _matchedRoute?: unknown };

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: RoutedContext, next: Next) => {
    const start = Date.now();
    try {
      await next();
    } finally {
      strapi.log.http(
        `${ctx.method} ${loggableRoute(ctx._matchedRoute, ctx.path)} (${Math.ceil(Date.now() - start)} ms) ${ctx.status}`,
      );
    }
  };
