import "server-only";
import { randomBytes } from "node:crypto";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ShopStatus } from "@/lib/generated/prisma/client";
import { checkDocument, type UploadedFile } from "@/lib/files/check-document";
import { discardFiles, savePrivateFile } from "@/lib/files/storage";
import { parseInput } from "@/lib/forms/parse-input";
import { getOwnedShopOrThrow } from "@/lib/shops/get-owned-shop";
import { identitySchema, type IdentityInput } from "./identity-schema";
import { needsReviewAfterChange, requestShopReview } from "./request-shop-review";
import { stepNumber } from "./steps";

export type SaveShopIdentityInput = IdentityInput & { document?: UploadedFile | null };
export type SaveShopIdentityResult = { reviewRequested: boolean; status: ShopStatus };

const SELECT = {
  id: true,
  name: true,
  status: true,
  onboardingStep: true,
  legalType: true,
  legalName: true,
  registrationNumber: true,
  vatNumber: true,
  identityDocumentKey: true,
} as const;

// A form without a file chosen still sends an empty, unnamed part.
const chosen = (file: UploadedFile | null | undefined): file is UploadedFile =>
  !!file && (file.size > 0 || file.name !== "");

const documentName = (name: string) =>
  name
    .replace(/[\\/\p{Cc}]/gu, "_")
    .trim()
    .slice(-120) || "document";

/**
 * Step 4: legal identity and identity document (a private file, checked by content). Nothing is
 * written unless everything is valid. On an approved or suspended shop a real change goes back to
 * review (see request-shop-review.ts) while the shop keeps its status.
 */
export async function saveShopIdentity(
  actor: Actor | null,
  shopId: string,
  input: SaveShopIdentityInput,
): Promise<SaveShopIdentityResult> {
  assertRole(actor, "VENDOR");
  const shop = await getOwnedShopOrThrow(getDb(), actor, shopId, SELECT);
  const values = parseInput(identitySchema, input);
  const upload = chosen(input.document) ? input.document : null;
  if (!upload && !shop.identityDocumentKey) {
    throw new AppError("VALIDATION", "identity document required", {
      identityDocument: "onboarding.errors.documentRequired",
    });
  }
  const document = upload ? await checkDocument(upload, "identityDocument") : null;

  let stored: { identityDocumentKey: string; identityDocumentName: string; identityDocumentType: string } | null = null;
  if (document && upload) {
    const key = `kyc/${shop.id}/${randomBytes(16).toString("hex")}.${document.kind.ext}`;
    await savePrivateFile(key, document.bytes, document.kind.contentType);
    stored = {
      identityDocumentKey: key,
      identityDocumentName: documentName(upload.name),
      identityDocumentType: document.kind.contentType,
    };
  }

  const changedFields: string[] = (["legalType", "legalName", "registrationNumber", "vatNumber"] as const).filter(
    (field) => shop[field] !== values[field],
  );
  if (stored) changedFields.push("identityDocument");

  try {
    return await getDb().$transaction(async (tx) => {
      const updated = await tx.shop.updateMany({
        where: { id: shop.id, ownerId: actor.id },
        data: { ...values, ...stored, onboardingStep: Math.max(shop.onboardingStep, stepNumber("payout")) },
      });
      if (updated.count !== 1) throw new AppError("NOT_FOUND");
      const reviewRequested = needsReviewAfterChange(shop.status) && changedFields.length > 0;
      if (reviewRequested) await requestShopReview(tx, actor, shop, { step: "identity", fields: changedFields });
      return { reviewRequested, status: shop.status };
    });
  } catch (error) {
    // The file is written first (a failing store writes no row); a row that fails leaves no file.
    if (stored) await discardFiles("private", [stored.identityDocumentKey]);
    throw error;
  }
}
