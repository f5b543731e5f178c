/**
 * P1: complaint attachments and signature images reach only the staff who may read the complaint or
 * the attestation. Access is decided by the records adapter's own findOne (the role's grant in
 * cms/constants/access.ts and every visibility rule that adapter applies), so a download can never be
 * wider than a read of the record. Each download is audited with ids only.
 */
import type { Core } from '@strapi/strapi';
import type { ResourceName } from '../constants/access';
import { waslError } from '../utils/errors';
import type { LegacyRow, OpenedFile } from './private-files';
import { DOWNLOAD_PATHS, type AttachmentView } from './private-media';
import type { StaffActor } from './records';
import { getService } from '../utils/services';

type AttachmentRow = { id: number; documentId: string; kind: string; file: LegacyRow | null };
type AttestationRow = { id: number; documentId: string; signature: LegacyRow | null };

export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** 403 or 404 exactly as GET /api/wasl/<resource>/:id would answer this caller. */
  const mustRead = async (resource: ResourceName, documentId: string, actor: StaffActor) => {
    await getService(strapi, 'records').findOne(resource, documentId, actor);
  };
  const attachmentsOf = async (complaintId: string, where: Record<string, unknown> = {}) =>
    (await strapi.db.query('plugin::wasl.attachment').findMany({
      where: { ...where, complaint: { documentId: complaintId } },
      select: ['id', 'documentId', 'kind'],
      populate: { file: true },
      orderBy: { id: 'asc' },
    })) as AttachmentRow[];
  const served = async (
    file: LegacyRow | null,
    audit: { actor: StaffActor; resource: string; recordId: string; summary: Record<string, unknown> },
  ): Promise<OpenedFile> => {
    if (!file) throw waslError('NOT_FOUND');
    // A file still under public/uploads (stored before files were private) is moved on its first download.
    const opened = await getService(strapi, 'private-files').open(
      await getService(strapi, 'private-files').adopt(file),
    );
    try {
      await getService(strapi, 'audit').record({
        ...audit,
        action: 'download',
        summary: { ...audit.summary, file: file.id },
      });
    } catch (error) {
      opened.stream.destroy();
      throw error;
    }
    return opened;
  };

  return {
    /** The complaint's files as the console lists them: label, type, size and where to download each. */
    async listComplaintAttachments(complaintId: string, actor: StaffActor): Promise<AttachmentView[]> {
      await mustRead('complaints', complaintId, actor);
      return (await attachmentsOf(complaintId)).flatMap(({ documentId, kind, file }) =>
        file
          ? [
              {
                id: documentId,
                name: file.name,
                mime: file.mime,
                bytes: Math.round(Number(file.size) * 1024),
                kind,
                downloadPath: DOWNLOAD_PATHS.complaintAttachment(complaintId, documentId),
              },
            ]
          : [],
      );
    },

    async complaintAttachment(complaintId: string, attachmentId: string, actor: StaffActor): Promise<OpenedFile> {
      await mustRead('complaints', complaintId, actor);
      const [row] = await attachmentsOf(complaintId, { documentId: attachmentId });
      return served(row?.file ?? null, {
        actor,
        resource: 'complaints',
        recordId: complaintId,
        summary: { attachment: attachmentId },
      });
    },

    async attestationSignature(attestationId: string, actor: StaffActor): Promise<OpenedFile> {
      await mustRead('attestations', attestationId, actor);
      const row = (await strapi.db.query('plugin::wasl.attestation').findOne({
        where: { documentId: attestationId },
        select: ['id', 'documentId'],
        populate: { signature: true },
      })) as AttestationRow | null;
      return served(row?.signature ?? null, {
        actor,
        resource: 'attestations',
        recordId: attestationId,
        summary: { signature: true },
      });
    },
  };
};
