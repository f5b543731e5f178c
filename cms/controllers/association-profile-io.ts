import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { z } from 'zod';
import { actorOf } from '../utils/actor';
import { waslError } from '../utils/errors';
import { bodyOf } from '../utils/request-body';
import { getService } from '../utils/services';
import { parseWith } from '../validation/zod-errors';

// 2 MB of YAML holds five policies' texts many times over.
const text = z.string().min(1).max(2_000_000);
const previewBody = z.strictObject({ text });
const importBody = z.strictObject({ text, confirm: z.string().regex(/^[0-9a-f]{64}$/) });

/**
 * Issue 14, association admin only (cms/constants/access.ts): POST /profile/preview `{ text }`,
 * POST /profile/import `{ text, confirm }` (the preview's hash: what is applied is what was previewed),
 * GET /profile/export (the YAML, as a download).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const io = () => getService(strapi, 'association-profile-io');
  return {
    async preview(ctx: Context) {
      actorOf(ctx);
      const parsed = parseWith(previewBody, bodyOf(ctx));
      if (!parsed.ok) throw waslError('VALIDATION_FAILED', parsed.errors);
      ctx.body = await io().preview(parsed.value.text);
    },
    async import(ctx: Context) {
      const actor = actorOf(ctx);
      const parsed = parseWith(importBody, bodyOf(ctx));
      if (!parsed.ok) throw waslError('VALIDATION_FAILED', parsed.errors);
      ctx.body = await io().apply(parsed.value.text, { actor, confirm: parsed.value.confirm });
    },
    async export(ctx: Context) {
      actorOf(ctx);
      const yaml = await io().export();
      if (yaml === null) throw waslError('NOT_FOUND');
      ctx.attachment('association-profile.yaml');
      ctx.type = 'application/yaml; charset=utf-8';
      ctx.set('Cache-Control', 'private, no-store');
      ctx.set('Access-Control-Expose-Headers', 'Content-Disposition');
      ctx.body = yaml;
    },
  };
};
