/**
 * H5: the beneficiary signs the attestation on the officer's screen; the image is checked by its bytes,
 * kept in the media library and linked to the attestation once. A signed statement is not re-signed.
 */
import crypto from 'crypto';
import fs from 'fs/promises';
import os from 'os';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { decodeSignatureImage } from '../domain/signature-image';
import { waslError } from '../utils/errors';
import type { StaffActor } from './records';

const ATTESTATION = 'plugin::wasl.attestation';

type Attestation = { id: number; documentId: string; method: string; signature: { id: number } | null };

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const upload = async (bytes: Buffer, mime: 'image/png' | 'image/jpeg', documentId: string): Promise<{ id: number }> => {
    const name = `signature-${documentId}.${mime === 'image/png' ? 'png' : 'jpg'}`;
    const filepath = path.join(os.tmpdir(), `wasl-${crypto.randomUUID()}`);
    await fs.writeFile(filepath, bytes);
    try {
      const [file] = (await strapi.plugin('upload').service('upload').upload({
        data: { fileInfo: { name, caption: 'attestation signature' } },
        files: { filepath, originalFilename: name, mimetype: mime, size: bytes.length },
      })) as { id: number }[];
      return file;
    } finally {
      await fs.rm(filepath, { force: true });
    }
  };

  return {
    async sign(documentId: string, image: unknown, actor: StaffActor) {
      const attestation = (await strapi.db.query(ATTESTATION).findOne({
        where: { documentId }, select: ['id', 'documentId', 'method'], populate: { signature: { select: ['id'] } },
      })) as Attestation | null;
      if (!attestation) throw waslError('NOT_FOUND');
      if (attestation.method !== 'signature_image') throw waslError('SIGNATURE_NOT_EXPECTED');
      if (attestation.signature) throw waslError('ALREADY_SIGNED');
      const decoded = decodeSignatureImage(image);
      if (!decoded.ok) throw waslError('VALIDATION_FAILED', [{ field: 'image', code: decoded.code }]);
      const file = await upload(decoded.bytes, decoded.mime, documentId);
      try {
        await strapi.db.transaction(async () => {
          await strapi.db.query(ATTESTATION).update({ where: { id: attestation.id }, data: { signature: file.id } });
          await strapi.plugin('wasl').service('audit').record({ actor, action: 'sign', resource: 'attestations', recordId: documentId, summary: { mime: decoded.mime, bytes: decoded.bytes.length } });
        });
      } catch (error) {
        const row = await strapi.db.query('plugin::upload.file').findOne({ where: { id: file.id } });
        if (row) await strapi.plugin('upload').service('upload').remove(row);
        throw error;
      }
      return { id: documentId, method: attestation.method, signed: true };
    },
  };
};
