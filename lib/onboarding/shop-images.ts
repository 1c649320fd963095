import "server-only";
import { randomBytes } from "node:crypto";
import { AppError, isAppError } from "@/lib/errors";
import { processImage, type ImageKind } from "@/lib/files/process-image";
import { discardFiles, publicFileKey, savePublicFile } from "@/lib/files/storage";
import { fieldErrorsOf } from "@/lib/forms/parse-input";
import { profileSchema, type Profile, type ProfileInput } from "./profile-schema";

/** Uploaded pictures of the profile step: raw bytes, absent or empty when none was chosen. */
export type ShopImageUploads = { logo?: Uint8Array | null; banner?: Uint8Array | null };
export type ProcessedImages = Partial<Record<ImageKind, Buffer>>;

const KINDS: ImageKind[] = ["logo", "banner"];

/**
 * Validates the profile's text and pictures together, so every field in error is reported at
 * once — and before anything is written.
 */
export async function parseProfileWithImages(
  input: ProfileInput,
  uploads: ShopImageUploads,
): Promise<{ profile: Profile; images: ProcessedImages }> {
  const fieldErrors: Record<string, string> = {};
  const parsed = profileSchema.safeParse(input);
  if (!parsed.success) Object.assign(fieldErrors, fieldErrorsOf(parsed.error));
  const images: ProcessedImages = {};
  for (const kind of KINDS) {
    const bytes = uploads[kind];
    if (!bytes || bytes.byteLength === 0) continue;
    try {
      images[kind] = await processImage(bytes, { kind });
    } catch (error) {
      if (!isAppError(error, "VALIDATION")) throw error;
      Object.assign(fieldErrors, error.fieldErrors);
    }
  }
  if (!parsed.success || Object.keys(fieldErrors).length > 0)
    throw new AppError("VALIDATION", "invalid profile", fieldErrors);
  return { profile: parsed.data, images };
}

export type ShopImageUrls = { logoUrl?: string; bannerUrl?: string };

/**
 * Writes processed pictures under the shop's folder; returns the URL columns to update. A failing
 * store: UNAVAILABLE, and what was already written is deleted (docs/architecture.md, files).
 */
export async function storeShopImages(shopId: string, images: ProcessedImages): Promise<ShopImageUrls> {
  const urls: ShopImageUrls = {};
  try {
    for (const kind of KINDS) {
      const bytes = images[kind];
      if (!bytes) continue;
      const key = `shops/${shopId}/${kind}-${randomBytes(8).toString("hex")}.webp`;
      urls[kind === "logo" ? "logoUrl" : "bannerUrl"] = await savePublicFile(key, bytes, "image/webp");
    }
  } catch (error) {
    await discardShopImages(urls);
    throw error;
  }
  return urls;
}

/** Deletes pictures stored by storeShopImages whose row was never written. */
export async function discardShopImages(urls: ShopImageUrls): Promise<void> {
  const keys = [urls.logoUrl, urls.bannerUrl].map((url) => (url ? publicFileKey(url) : null));
  await discardFiles(
    "public",
    keys.filter((key): key is string => key !== null),
  );
}
