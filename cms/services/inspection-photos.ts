/**
 * MC7, S2, P1: photos of a field inspection's finding. Each must be a JPEG or PNG that a real decoder
 * reads (sharp, cms/utils/file-content.ts; what is kept is its re-encoding), at most
 * WASL_ATTACHMENT_MAX_BYTES each and FINDING_PHOTOS_MAX per finding. The bytes are private
 * (cms/services/private-files.ts); they are linked to the finding in one transaction with the audit entry,
 * and downloaded only by the roles that read the finding, each download audited with ids only.
 */
import type { Core } from '@strapi/strapi';
import { canDo } from '../constants/access';
import type { AttachmentMime } from '../domain/file-signature';
import { waslError } from '../utils/errors';
import { getService } from '../utils/services';
import { checkUploads, type IncomingFile } from './complaint-attachments';
import type { OpenedFile, PrivateFileRow } from './private-files';
import type { StaffActor } from './records';

const UID = 'plugin::wasl.inspection-finding';
const PHOTO_TYPES: readonly AttachmentMime[] = ['image/jpeg', 'image/png'];
export const FINDING_PHOTOS_MAX = 5;

type FindingRow = { id: number; documentId: string; photos?: PrivateFileRow[] | null };

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const privateFiles = () => getService(strapi, 'private-files');
  const attachments = () => getService(strapi, 'complaint-attachments');
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
      const checked = await checkUploads(files, 'photos', PHOTO_TYPES, 'photo');

      const stored = await attachments().store(checked, 'inspection photo');
      try {
        await strapi.db.transaction(async () => {
          await strapi.db.query(UID).update({
            where: { id: finding.id },
            data: { photos: [...existing.map((p) => p.id), ...stored.map((f) => f.id)] },
          });
          await getService(strapi, 'audit').record({
            actor,
            action: 'update',
            resource: 'inspection-findings',
            recordId: findingId,
            summary: { fields: ['photos'], photosAdded: stored.length },
          });
        });
      } catch (error) {
        await attachments().remove(stored);
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
