/**
 * P1: complaint attachments and signature images are personal data. Their bytes live outside
 * `public/` (WASL_PRIVATE_FILES_DIR, default `.tmp/private-files/`) under a random name, and are served
 * only by the authorised download routes (cms/services/file-downloads.ts).
 *
 * Each file keeps its plugin::upload.file record (name, mime, size), with provider `wasl-private`: the
 * attachment and attestation schemas stay as they are, Strapi's media relations keep working, and when
 * issue 16 moves bytes to S3 only `write`/`pathOf`/`unlink` here change. A global private upload provider
 * was not chosen: it would also hide the policy documents the public website publishes (PD4).
 */
import crypto from 'crypto';
import { createReadStream, type ReadStream } from 'fs';
import fs from 'fs/promises';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { waslError } from '../utils/errors';

export const PRIVATE_PROVIDER = 'wasl-private';
const FILE = 'plugin::upload.file';
const HASH = /^[0-9a-f]{32}$/;
/** Captions the media-library uploads of earlier versions gave these files (cms/services/*-signature, *-attachments). */
const LEGACY_CAPTIONS = ['complaint attachment', 'attestation signature'];

export type NewPrivateFile = {
  bytes: Buffer;
  name: string;
  mime: string;
  ext: string;
  caption: string;
  width?: number | null;
  height?: number | null;
};
export type PrivateFileRow = {
  id: number;
  name: string;
  hash: string;
  ext: string | null;
  mime: string;
  size: number;
  provider: string;
};
export type OpenedFile = { stream: ReadStream; bytes: number; name: string; mime: string };
export type LegacyRow = PrivateFileRow & { formats?: Record<string, { hash: string; ext: string }> | null };

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const root = () =>
    path.resolve(strapi.dirs.app.root, process.env.WASL_PRIVATE_FILES_DIR || path.join('.tmp', 'private-files'));
  /** Only a hash this service made names a file: no stored value can point outside the folder. */
  const pathOf = (row: Pick<PrivateFileRow, 'hash' | 'provider'>): string => {
    if (row.provider !== PRIVATE_PROVIDER || !HASH.test(row.hash)) throw waslError('NOT_FOUND');
    return path.join(root(), row.hash);
  };
  const write = async (bytes: Buffer): Promise<string> => {
    const hash = crypto.randomBytes(16).toString('hex');
    await fs.mkdir(root(), { recursive: true, mode: 0o700 });
    await fs.writeFile(path.join(root(), hash), bytes, { mode: 0o600, flag: 'wx' });
    return hash;
  };
  const unlink = (hash: string) =>
    HASH.test(hash) ? fs.rm(path.join(root(), hash), { force: true }) : Promise.resolve();

  return {
    root,

    /** Writes the bytes, then their record; a record that cannot be written leaves no bytes behind. */
    async save(file: NewPrivateFile): Promise<{ id: number; name: string; mime: string }> {
      const hash = await write(file.bytes);
      try {
        const row = (await strapi.db.query(FILE).create({
          data: {
            name: file.name,
            caption: file.caption,
            hash,
            ext: file.ext,
            mime: file.mime,
            size: Math.round(file.bytes.length / 10.24) / 100,
            width: file.width ?? null,
            height: file.height ?? null,
            url: '',
            provider: PRIVATE_PROVIDER,
            provider_metadata: null,
            folderPath: '/',
          },
        })) as { id: number };
        return { id: row.id, name: file.name, mime: file.mime };
      } catch (error) {
        await unlink(hash);
        throw error;
      }
    },

    async open(row: PrivateFileRow): Promise<OpenedFile> {
      const filepath = pathOf(row);
      const stat = await fs.stat(filepath).catch(() => null);
      if (!stat?.isFile()) throw waslError('NOT_FOUND');
      return { stream: createReadStream(filepath), bytes: stat.size, name: row.name, mime: row.mime };
    },

    /** The whole file in memory (a mail attachment: the outbox reads it at each delivery attempt). */
    async read(row: PrivateFileRow): Promise<Buffer> {
      const filepath = pathOf(row);
      return fs.readFile(filepath).catch(() => {
        throw waslError('NOT_FOUND');
      });
    },

    /** Removes records and bytes of files whose submission did not commit. */
    async remove(ids: number[]): Promise<void> {
      for (const id of ids) {
        const row = (await strapi.db.query(FILE).findOne({ where: { id } })) as PrivateFileRow | null;
        if (!row) continue;
        await strapi.db.query(FILE).delete({ where: { id } });
        if (row.provider === PRIVATE_PROVIDER) await unlink(row.hash);
      }
    },

    /** A private file deleted from Strapi's media library takes its bytes with it (the upload plugin only asks its own provider). */
    subscribeToDeletes(): void {
      strapi.db.lifecycles.subscribe({
        models: [FILE],
        async afterDelete(event) {
          const row = event.result as Partial<PrivateFileRow> | undefined;
          if (row?.provider === PRIVATE_PROVIDER && row.hash) await unlink(row.hash);
        },
      });
    },

    /**
     * A file an earlier version (or an instance not yet upgraded, mid rolling deploy) left under
     * public/uploads, readable by anyone with its URL: moved into the private folder under a new random
     * name, the public copy and its thumbnails dropped. Answers the row as it now is; logs ids only (P1).
     */
    async adopt(row: LegacyRow): Promise<PrivateFileRow> {
      if (row.provider === PRIVATE_PROVIDER) return row;
      const uploads = path.join(strapi.dirs.static.public, 'uploads');
      const source = path.join(uploads, path.basename(`${row.hash}${row.ext ?? ''}`));
      const bytes = row.provider === 'local' ? await fs.readFile(source).catch(() => null) : null;
      if (!bytes) {
        strapi.log.warn(`[wasl] private files: bytes of file ${row.id} are not under public/uploads; left as they are`);
        throw waslError('NOT_FOUND');
      }
      const hash = await write(bytes);
      await strapi.db.query(FILE).update({
        where: { id: row.id },
        data: { hash, provider: PRIVATE_PROVIDER, url: '', formats: null, previewUrl: null },
      });
      const thumbnails = Object.values(row.formats ?? {}).map((format) =>
        path.join(uploads, path.basename(`${format.hash}${format.ext}`)),
      );
      await Promise.all([source, ...thumbnails].map((file) => fs.rm(file, { force: true })));
      return { ...row, hash, provider: PRIVATE_PROVIDER };
    },

    /** At start-up: every complaint attachment and signature image still public is moved. Idempotent. */
    async adoptPublicFiles(): Promise<number> {
      const rows = (await strapi.db
        .query(FILE)
        .findMany({ where: { provider: 'local', caption: { $in: LEGACY_CAPTIONS } } })) as LegacyRow[];
      let moved = 0;
      for (const row of rows)
        moved += await this.adopt(row).then(
          () => 1,
          () => 0,
        );
      if (moved) strapi.log.info(`[wasl] private files: moved ${moved} file(s) out of public/uploads`);
      return moved;
    },
  };
};
