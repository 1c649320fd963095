import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { appErrorResponse } from "@/lib/app-error-response";
import { privateFileHeaders } from "@/lib/files/content-disposition";
import { getOrderAttachmentForViewer } from "./attachments";

const KNOWN_TYPES = new Set(["image/jpeg", "image/png", "image/webp", "application/pdf"]);

/**
 * The HTTP answer of /orders/attachments/<id>: the file for those getOrderAttachmentForViewer
 * lets through, as a sandboxed download (privateFileHeaders, docs/security.md: pictures still show
 * in an `<img>`); a refusal through appErrorResponse (401, 404).
 */
export async function orderAttachmentResponse(actor: Actor | null, attachmentId: string): Promise<Response> {
  try {
    const file = await getOrderAttachmentForViewer(actor, attachmentId);
    return new Response(new Uint8Array(file.bytes), {
      headers: privateFileHeaders({
        contentType: KNOWN_TYPES.has(file.contentType) ? file.contentType : "application/octet-stream",
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
