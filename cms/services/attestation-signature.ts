/**
 * H5: the beneficiary signs the attestation on the officer's screen. The image must be a PNG or JPEG by
 * its bytes and decode completely (sharp); what is kept is sharp's re-encoding, privately
 * (cms/services/private-files.ts, P1), linked to the attestation once. A signed statement is not re-signed.
 */
import type { Core } from '@strapi/strapi';
import { decodeSignatureImage } from '../domain/signature-image';
import { checkFileContent } from '../utils/file-content';
import { waslError } from '../utils/errors';
import type { StaffActor } from './records';
import { getService } from '../utils/services';

const ATTESTATION = 'plugin::wasl.attestation';

type Attestation = { id: number; documentId: string; method: string; signature: { id: number } | null };

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const privateFiles = () => getService(strapi, 'private-files');

  const checkedImage = async (image: unknown) => {
    const decoded = decodeSignatureImage(image);
    // Too large is the request's size (400); anything but a PNG or JPEG image is an unsupported type (415).
    if (!decoded.ok)
      throw waslError(decoded.code === 'SIGNATURE_IMAGE_TOO_LARGE' ? 'VALIDATION_FAILED' : 'FILE_NOT_ACCEPTED', [
        { field: 'image', code: decoded.code },
      ]);
    const checked = await checkFileContent(decoded.bytes, ['image/png', 'image/jpeg']);
    if (!checked.ok) throw waslError('FILE_NOT_ACCEPTED', [{ field: 'image', code: checked.code }]);
    return checked;
  };

  return {
    async sign(documentId: string, image: unknown, actor: StaffActor) {
      const attestation = (await strapi.db.query(ATTESTATION).findOne({
        where: { documentId },
        select: ['id', 'documentId', 'method'],
        populate: { signature: { select: ['id'] } },
      })) as Attestation | null;
      if (!attestation) throw waslError('NOT_FOUND');
      if (attestation.method !== 'signature_image') throw waslError('SIGNATURE_NOT_EXPECTED');
      if (attestation.signature) throw waslError('ALREADY_SIGNED');
      const checked = await checkedImage(image);
      // The label names the attestation, never the beneficiary; the bytes go under a random name.
      const file = await privateFiles().save({
        ...checked,
        name: `signature-${documentId}${checked.ext}`,
        caption: 'attestation signature',
      });
      try {
        await strapi.db.transaction(async () => {
          await strapi.db.query(ATTESTATION).update({ where: { id: attestation.id }, data: { signature: file.id } });
          await getService(strapi, 'audit').record({
            actor,
            action: 'sign',
            resource: 'attestations',
            recordId: documentId,
            summary: { mime: checked.mime, bytes: checked.bytes.length },
          });
        });
      } catch (error) {
        await privateFiles().remove([file.id]);
        throw error;
      }
      return { id: documentId, method: attestation.method, signed: true };
    },
  };
};
