/**
 * P1: where a private file is served. Records name the authorised route of a private media field
 * (`downloadPath`) instead of a file URL; the routes are cms/routes/file-downloads.ts.
 */
/** One complaint attachment as GET /complaints/:id/attachments lists it (the console imports this type). */
export type AttachmentView = {
  id: string;
  name: string;
  mime: string;
  bytes: number;
  kind: string;
  downloadPath: string;
};

export const DOWNLOAD_PATHS = {
  complaintAttachment: (complaintId: string, attachmentId: string) =>
    `/api/wasl/complaints/${complaintId}/attachments/${attachmentId}`,
  attestationSignature: (attestationId: string) => `/api/wasl/attestations/${attestationId}/signature`,
  findingPhoto: (findingId: string, fileId: number) => `/api/wasl/inspection-findings/${findingId}/photos/${fileId}`,
};

/** Multiple private media fields: each file has its own download path. */
const PRIVATE_MEDIA_MANY: Record<string, Record<string, (documentId: string, fileId: number) => string>> = {
  'plugin::wasl.inspection-finding': { photos: DOWNLOAD_PATHS.findingPhoto },
};

/** Media fields of records served through the records adapter that hold private files. */
const PRIVATE_MEDIA: Record<string, Record<string, (documentId: string) => string>> = {
  'plugin::wasl.attestation': { signature: DOWNLOAD_PATHS.attestationSignature },
};

/** The serialised media value with `downloadPath` in place of `url` when the field is private; others unchanged. */
export const privateMediaOf = (uid: string, field: string, documentId: string, value: unknown): unknown => {
  const manyPathOf = PRIVATE_MEDIA_MANY[uid]?.[field];
  if (manyPathOf && Array.isArray(value))
    return value.map((file: Record<string, unknown>) => {
      const { url: _url, ...rest } = file;
      return { ...rest, downloadPath: manyPathOf(documentId, Number(file.id)) };
    });
  const pathOf = PRIVATE_MEDIA[uid]?.[field];
  if (!pathOf || !value || typeof value !== 'object' || Array.isArray(value)) return value;
  const { url: _url, ...rest } = value as Record<string, unknown>;
  return { ...rest, downloadPath: pathOf(documentId) };
};
