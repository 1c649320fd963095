import "server-only";
import { AppError } from "@/lib/errors";

export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

export type DocumentKind = { ext: "pdf" | "jpg" | "png"; contentType: "application/pdf" | "image/jpeg" | "image/png" };

/** What an uploaded file looks like to us: a File from a form, or anything shaped like one. */
export type UploadedFile = { name: string; type: string; size: number; arrayBuffer(): Promise<ArrayBuffer> };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const PDF_SIGNATURE = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
const JPEG_SIGNATURE = [0xff, 0xd8, 0xff];

const startsWith = (bytes: Uint8Array, signature: number[]) =>
  bytes.length >= signature.length && signature.every((byte, i) => bytes[i] === byte);

/**
 * The kind of an identity document, read from its first bytes. The name and type the browser
 * declared are not trusted: a script renamed "passport.pdf" is refused.
 */
export function detectDocumentKind(bytes: Uint8Array): DocumentKind | null {
  if (startsWith(bytes, PDF_SIGNATURE)) return { ext: "pdf", contentType: "application/pdf" };
  if (startsWith(bytes, PNG_SIGNATURE)) return { ext: "png", contentType: "image/png" };
  if (startsWith(bytes, JPEG_SIGNATURE)) return { ext: "jpg", contentType: "image/jpeg" };
  return null;
}

/**
 * Reads an uploaded document and checks it by size (before reading it whole) and by content.
 * Throws VALIDATION on `field` otherwise.
 */
export async function checkDocument(
  file: UploadedFile,
  field = "document",
): Promise<{ bytes: Buffer; kind: DocumentKind }> {
  if (file.size > MAX_DOCUMENT_BYTES)
    throw new AppError("VALIDATION", "document too large", { [field]: "onboarding.errors.documentTooLarge" });
  const bytes = Buffer.from(await file.arrayBuffer());
  if (bytes.length > MAX_DOCUMENT_BYTES)
    throw new AppError("VALIDATION", "document too large", { [field]: "onboarding.errors.documentTooLarge" });
  const kind = detectDocumentKind(bytes);
  if (!kind)
    throw new AppError("VALIDATION", "document not a PDF, JPEG or PNG", {
      [field]: "onboarding.errors.documentInvalid",
    });
  return { bytes, kind };
}
