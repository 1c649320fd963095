import "server-only";
import { randomBytes } from "node:crypto";
import sharp from "sharp";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { detectDocumentKind, type UploadedFile } from "@/lib/files/check-document";
import { discardFiles, readPrivateFile, savePrivateFile } from "@/lib/files/storage";
import { parseIdOrThrow } from "@/lib/parse-id";

/** A file written to private storage, ready to become an OrderAttachment row. */
export type StoredFile = { storageKey: string; fileName: string; contentType: string; byteSize: number };

/** What one message (or one return request) may carry (docs/domain.md, conversation). */
export const ATTACHMENT_LIMITS = { maxFiles: 5, maxBytes: 10 * 1024 * 1024 } as const;

/** Where order files live inside the private folder; nothing else is ever deleted through here. */
const FOLDER = "order-files";

type Prepared = { bytes: Buffer; ext: string; contentType: string; fileName: string };

const IMAGE_FORMATS = { jpeg: "jpg", png: "png", webp: "webp" } as const;
type ImageFormat = keyof typeof IMAGE_FORMATS;
const CONTENT_TYPES: Record<string, string> = {
  jpg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  pdf: "application/pdf",
};
/** Photos are kept readable but not huge: a phone's 48-megapixel picture is scaled down. */
const MAX_IMAGE_SIDE = 2560;
const SHARP_OPTIONS = { limitInputPixels: 40_000_000, failOn: "error" as const };

function refuse(key: string, message: string): never {
  throw new AppError("VALIDATION", message, { attachments: `conversation.files.${key}` });
}

/** The shown name: the uploaded one without path or control characters, with the real extension. */
function cleanFileName(name: string, ext: string): string {
  const base = (name.split(/[\\/]/).pop() ?? "")
    .replace(/[\p{Cc}\p{Cf}]/gu, "")
    .replace(/\.[^.]*$/, "")
    .trim()
    .slice(0, 120);
  return `${base || "file"}.${ext}`;
}

async function imageFormatOf(bytes: Buffer): Promise<ImageFormat | null> {
  const format = await sharp(bytes, SHARP_OPTIONS)
    .metadata()
    .then(
      (metadata) => metadata.format,
      () => null,
    );
  return format && format in IMAGE_FORMATS ? (format as ImageFormat) : null;
}

/**
 * Decodes the picture and writes it again, upright and without metadata (EXIF, GPS position:
 * sharp keeps none unless asked), in its own format, no larger than MAX_IMAGE_SIDE.
 */
async function reencodeImage(bytes: Buffer, format: ImageFormat): Promise<Buffer> {
  const image = sharp(bytes, SHARP_OPTIONS)
    .rotate()
    .resize({ width: MAX_IMAGE_SIDE, height: MAX_IMAGE_SIDE, fit: "inside", withoutEnlargement: true });
  if (format === "jpeg") return image.jpeg({ quality: 85, mozjpeg: true }).toBuffer();
  if (format === "png") return image.png().toBuffer();
  return image.webp({ quality: 85 }).toBuffer();
}

async function prepare(file: UploadedFile, accept: "images" | "images-or-pdf"): Promise<Prepared> {
  if (file.size > ATTACHMENT_LIMITS.maxBytes) refuse("tooLarge", "attachment too large");
  const bytes = Buffer.from(await file.arrayBuffer());
  if (bytes.length > ATTACHMENT_LIMITS.maxBytes) refuse("tooLarge", "attachment too large");
  const invalid = accept === "images" ? "notAnImage" : "notAnImageOrPdf";
  // The content decides, never the name or the type the browser declared.
  if (detectDocumentKind(bytes)?.ext === "pdf") {
    if (accept !== "images-or-pdf") refuse(invalid, "attachment is a PDF");
    return { bytes, ext: "pdf", contentType: CONTENT_TYPES.pdf, fileName: cleanFileName(file.name, "pdf") };
  }
  const format = await imageFormatOf(bytes);
  if (!format) refuse(invalid, "attachment is not an accepted file");
  let clean: Buffer;
  try {
    clean = await reencodeImage(bytes, format);
  } catch {
    refuse(invalid, "attachment image does not decode");
  }
  const ext = IMAGE_FORMATS[format];
  return { bytes: clean, ext, contentType: CONTENT_TYPES[ext], fileName: cleanFileName(file.name, ext) };
}

/**
 * Checks every file (count, size, real type from its bytes; pictures re-encoded without metadata)
 * and only then writes them to private storage, before the caller's transaction. Empty entries
 * (a form sent without a file) are ignored. A bad file: VALIDATION on `attachments`, nothing
 * written. The caller creates the OrderAttachment rows and, if its transaction fails, calls
 * discardStoredFiles (docs/architecture.md, private files).
 */
export async function storeOrderAttachments(
  files: readonly UploadedFile[],
  accept: "images" | "images-or-pdf",
): Promise<StoredFile[]> {
  const chosen = files.filter((file) => file.size > 0);
  if (chosen.length > ATTACHMENT_LIMITS.maxFiles) refuse("tooMany", "too many attachments");
  const prepared: Prepared[] = [];
  for (const file of chosen) prepared.push(await prepare(file, accept));
  const stored: StoredFile[] = [];
  try {
    for (const file of prepared) {
      const storageKey = `${FOLDER}/${randomBytes(16).toString("hex")}.${file.ext}`;
      await savePrivateFile(storageKey, file.bytes, file.contentType);
      stored.push({
        storageKey,
        fileName: file.fileName,
        contentType: file.contentType,
        byteSize: file.bytes.length,
      });
    }
  } catch (error) {
    await discardStoredFiles(stored);
    throw error;
  }
  return stored;
}

const isOrderFileKey = (key: string) =>
  key.startsWith(`${FOLDER}/`) && key.split("/").every((segment) => segment !== ".." && segment !== "");

/** Deletes files stored by storeOrderAttachments whose rows were never written. */
export async function discardStoredFiles(files: readonly StoredFile[]): Promise<void> {
  const keys = files.map(({ storageKey }) => storageKey);
  const others = keys.filter((key) => !isOrderFileKey(key));
  if (others.length > 0) console.error("discardStoredFiles: not order files, kept", others);
  await discardFiles("private", keys.filter(isOrderFileKey));
}

export type OrderAttachmentFile = { bytes: Buffer; contentType: string; fileName: string };

/**
 * An order file's bytes, for the part's shopper (Order.userId), its shop's owner, or an operator.
 * Anyone else, an unknown id, a missing file: NOT_FOUND (docs/architecture.md, authorization).
 */
export async function getOrderAttachmentForViewer(
  actor: Actor | null,
  attachmentId: string,
): Promise<OrderAttachmentFile> {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  const id = parseIdOrThrow(attachmentId);
  const attachment = await getDb().orderAttachment.findFirst({
    where: {
      id,
      ...(actor.role === "OPERATOR"
        ? {}
        : {
            shopOrder: {
              OR: [{ order: { userId: actor.id } }, { shop: { ownerId: actor.id } }],
            },
          }),
    },
    select: { storageKey: true, fileName: true, contentType: true },
  });
  if (!attachment) throw new AppError("NOT_FOUND");
  const file = await readPrivateFile(attachment.storageKey);
  if (!file) throw new AppError("NOT_FOUND");
  // The stored file's extension was chosen from its checked content; it wins over the row.
  return { bytes: file.body, contentType: file.contentType, fileName: attachment.fileName };
}
