import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { appErrorResponse } from "@/lib/app-error-response";
import { contentDisposition } from "@/lib/files/content-disposition";
import { getOrderAttachmentForViewer } from "./attachments";

const INLINE_TYPES = new Set(["image/jpeg", "image/png", "image/webp", "application/pdf"]);

/**
 * The HTTP answer of /orders/attachments/<id>: the file for those getOrderAttachmentForViewer
 * lets through, shown inline when it is a picture or a PDF, never cached by a shared cache and
 * never sniffed into another type; a refusal through appErrorResponse (401, 404).
 */
export async function orderAttachmentResponse(actor: Actor | null, attachmentId: string): Promise<Response> {
  try {
    const file = await getOrderAttachmentForViewer(actor, attachmentId);
    const inline = INLINE_TYPES.has(file.contentType);
    return new Response(new Uint8Array(file.bytes), {
      headers: {
        "Content-Type": inline ? file.contentType : "application/octet-stream",
        "Content-Length": String(file.bytes.length),
        "Content-Disposition": contentDisposition(inline ? "inline" : "attachment", file.fileName),
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    const refused = appErrorResponse(error);
    if (refused) return refused;
    throw error;
  }
}
