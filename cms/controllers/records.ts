import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type { RecordAction, ResourceName } from '../constants/access';
import { actorOf } from '../utils/actor';
import { bodyOf } from '../utils/request-body';
import { getService } from '../utils/services';

type Handler = (ctx: Context) => Promise<void>;

/** Thin simple-rest controller for one resource: parse, call the records service, set the body. */
export const createRecordController =
  (resource: ResourceName) =>
  ({ strapi }: { strapi: Core.Strapi }): Record<RecordAction, Handler> => {
    const records = () => getService(strapi, 'records');
    return {
      async find(ctx) {
        const { records: rows, start, end, total } = await records().list(resource, ctx.query, actorOf(ctx));
        ctx.set('Content-Range', `${resource} ${start}-${end}/${total}`);
        ctx.set('Access-Control-Expose-Headers', 'Content-Range');
        ctx.body = rows;
      },
      async findOne(ctx) {
        ctx.body = await records().findOne(resource, ctx.params.id, actorOf(ctx));
      },
      async create(ctx) {
        ctx.status = 201;
        ctx.body = await records().create(resource, bodyOf(ctx), actorOf(ctx));
      },
      async update(ctx) {
        ctx.body = await records().update(resource, ctx.params.id, bodyOf(ctx), actorOf(ctx));
      },
      async delete(ctx) {
        ctx.body = await records().remove(resource, ctx.params.id, actorOf(ctx));
      },
    };
  };
