/**
 * MC7, S2, P1: photos of a field inspection's finding. Each must be a JPEG or PNG that a real decoder
 * reads (sharp, cms/utils/file-content.ts; what is kept is its re-encoding), at most
 * WASL_ATTACHMENT_MAX_BYTES each and FINDING_PHOTOS_MAX per finding. The bytes are private
 * (cms/services/private-files.ts); they are linked to the finding in one transaction with the audit entry,
 * and downloaded only by the roles that read the finding, each download audited with ids only.
 */
import fs from 'fs/promises';
import type { Core } from '@strapi/strapi';
import { canDo } from '../constants/access';
import type { AttachmentMime } from '../domain/file-signature';
import { checkFileContent } from '../utils/file-content';
import { waslError, type FieldError } from '../utils/errors';
import { getService } from '../utils/services';
import { maxAttachmentBytes, type IncomingFile } from './complaint-attachments';
import type { OpenedFile, PrivateFileRow } from './private-files';
import type { StaffActor } from './records';

const UID = 'plugin::wasl.inspection-finding';
const PHOTO_TYPES: readonly AttachmentMime[] = ['image/jpeg', 'image/png'];
export const FINDING_PHOTOS_MAX = 5;

type FindingRow = { id: number; documentId: string; photos?: PrivateFileRow[] | null };

const labelOf = (name: string | null | undefined, ext: string): string =>
  `${
    (name ?? 'photo')
      .replace(/\.[^.]*$/, '')
      .replace(/[^\p{L}\p{N} _-]/gu, '')
      .slice(0, 80)
      .trim() || 'photo'
  }${ext}`;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const privateFiles = () => getService(strapi, 'private-files');
  /** 403 or 404 exactly as GET /api/wasl/inspection-findings/:id would answer this caller. */
  const mustRead = (findingId: string, actor: StaffActor) =>
    getService(strapi, 'records').findOne('inspection-findings', findingId, actor);
  const load = async (findingId: string) =>
    (await strapi.db.query(UID).findOne({
      where: { documentId: findingId },
      select: ['id', 'documentId'],
      populate: { photos: true },
    })) as FindingRow | null;

  return {
    async add(findingId: string, files: IncomingFile[], actor: StaffActor) {
      if (!canDo(actor.role, 'inspection-findings', 'update')) throw waslError('FORBIDDEN');
      await mustRead(findingId, actor);
      const finding = await load(findingId);
      if (!finding) throw waslError('NOT_FOUND');
      const existing = finding.photos ?? [];
      if (files.length === 0) throw waslError('VALIDATION_FAILED', [{ field: 'photos', code: 'FIELD_REQUIRED' }]);
      if (existing.length + files.length > FINDING_PHOTOS_MAX)
        throw waslError('VALIDATION_FAILED', [
          { field: 'photos', code: 'TOO_MANY_ATTACHMENTS', params: { max: FINDING_PHOTOS_MAX } },
        ]);
      const tooLarge: FieldError[] = files.flatMap((file, index) =>
        file.size > maxAttachmentBytes()
          ? [
              {
                field: `photos.${index}`,
                code: 'ATTACHMENT_TOO_LARGE' as const,
                params: { max: `${Math.round(maxAttachmentBytes() / 1024)} KB` },
              },
            ]
          : [],
      );
      if (tooLarge.length) throw waslError('VALIDATION_FAILED', tooLarge);
      const refused: FieldError[] = [];
      const checked = [];
      for (const [index, file] of files.entries()) {
        const result = await checkFileContent(await fs.readFile(file.filepath), PHOTO_TYPES);
        if (!result.ok) refused.push({ field: `photos.${index}`, code: result.code });
        else checked.push({ ...result, name: labelOf(file.originalFilename, result.ext) });
      }
      if (refused.length) throw waslError('FILE_NOT_ACCEPTED', refused);

      const stored: number[] = [];
      try {
        for (const photo of checked)
          stored.push(
            (
              await privateFiles().save({
                bytes: photo.bytes,
                name: photo.name,
                mime: photo.mime,
                ext: photo.ext,
                width: photo.width,
                height: photo.height,
                caption: 'inspection photo',
              })
            ).id,
          );
        await strapi.db.transaction(async () => {
          await strapi.db
            .query(UID)
            .update({ where: { id: finding.id }, data: { photos: [...existing.map((p) => p.id), ...stored] } });
          await getService(strapi, 'audit').record({
            actor,
            action: 'update',
            resource: 'inspection-findings',
            recordId: findingId,
            summary: { fields: ['photos'], photosAdded: stored.length },
          });
        });
      } catch (error) {
        await privateFiles().remove(stored);
        throw error;
      }
      return mustRead(findingId, actor);
    },

    async download(findingId: string, fileId: number, actor: StaffActor): Promise<OpenedFile> {
      await mustRead(findingId, actor);
      const photo = (await load(findingId))?.photos?.find((p) => p.id === fileId);
      if (!photo) throw waslError('NOT_FOUND');
      const opened = await privateFiles().open(photo);
      try {
        await getService(strapi, 'audit').record({
          actor,
          action: 'download',
          resource: 'inspection-findings',
          recordId: findingId,
          summary: { file: photo.id },
        });
      } catch (error) {
        opened.stream.destroy();
        throw error;
      }
      return opened;
    },
  };
};
