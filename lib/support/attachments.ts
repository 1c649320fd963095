import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { appErrorResponse } from "@/lib/app-error-response";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { privateFileHeaders } from "@/lib/files/content-disposition";
import { readPrivateFile } from "@/lib/files/storage";
import { parseIdOrThrow } from "@/lib/parse-id";

export type SupportAttachmentFile = { bytes: Buffer; contentType: string; fileName: string };

/**
 * A support request's file, for its shop's owner or an operator (docs/trust.md, vendor support).
 * Anyone else, an unknown id, a missing file: NOT_FOUND; signed out: UNAUTHENTICATED.
 */
export async function getSupportAttachmentForViewer(
  actor: Actor | null,
  attachmentId: string,
): Promise<SupportAttachmentFile> {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  const id = parseIdOrThrow(attachmentId);
  const attachment = await getDb().supportAttachment.findFirst({
    where: { id, ...(actor.role === "OPERATOR" ? {} : { request: { shop: { ownerId: actor.id } } }) },
    select: { storageKey: true, fileName: true },
  });
  if (!attachment) throw new AppError("NOT_FOUND");
  const file = await readPrivateFile(attachment.storageKey);
  if (!file) throw new AppError("NOT_FOUND");
  // The stored file's extension was chosen from its checked content; it wins over the row.
  return { bytes: file.body, contentType: file.contentType, fileName: attachment.fileName };
}

const INLINE_TYPES = new Set(["image/jpeg", "image/png", "image/webp", "application/pdf"]);

/**
 * The HTTP answer of /support/attachments/<id>: the file as a sandboxed download, never cached by
 * a shared cache nor sniffed; a refusal through appErrorResponse (401, 404).
 */
export async function supportAttachmentResponse(actor: Actor | null, attachmentId: string): Promise<Response> {
  try {
    const file = await getSupportAttachmentForViewer(actor, attachmentId);
    // A sandboxed download, like every private file (docs/security.md, headers, cookies and sessions).
    return new Response(new Uint8Array(file.bytes), {
      headers: privateFileHeaders({
        contentType: INLINE_TYPES.has(file.contentType) ? file.contentType : "application/octet-stream",
        fileName: file.fileName,
        size: file.bytes.length,
      }),
    });
  } catch (error) {
    const refused = appErrorResponse(error);
    if (refused) return refused;
    throw error;
  }
}
