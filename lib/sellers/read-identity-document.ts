import "server-only";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { readPrivateFile } from "@/lib/files/storage";

export type IdentityDocument = { bytes: Buffer; contentType: string; fileName: string };

const DOCUMENT_TYPES = new Set(["application/pdf", "image/jpeg", "image/png"]);

/**
 * A shop's identity document, for operators only — not even the shop's owner reads it back
 * through here. NOT_FOUND when the shop has none or the file is gone.
 */
export async function readIdentityDocument(actor: Actor | null, shopId: string): Promise<IdentityDocument> {
  assertRole(actor, "OPERATOR");
  const shop = await getDb().shop.findUnique({
    where: { id: shopId },
    select: { identityDocumentKey: true, identityDocumentName: true, identityDocumentType: true },
  });
  if (!shop?.identityDocumentKey) throw new AppError("NOT_FOUND");
  const file = await readPrivateFile(shop.identityDocumentKey);
  if (!file) throw new AppError("NOT_FOUND");
  // The type detected from the stored file wins; the recorded one only if it is an accepted type.
  const contentType = DOCUMENT_TYPES.has(file.contentType)
    ? file.contentType
    : shop.identityDocumentType && DOCUMENT_TYPES.has(shop.identityDocumentType)
      ? shop.identityDocumentType
      : "application/octet-stream";
  return { bytes: file.body, contentType, fileName: shop.identityDocumentName ?? "document" };
}
