import "server-only";
import { randomBytes } from "node:crypto";
import sharp, { type OutputInfo } from "sharp";
import { AppError } from "@/lib/errors";
import { discardFiles, publicFileKey, savePublicFile } from "@/lib/files/storage";

export const MAX_PRODUCT_IMAGE_BYTES = 8 * 1024 * 1024;
/** Widths written for every product photo (WebP); next/image picks among them. */
export const PRODUCT_IMAGE_WIDTHS = [320, 640, 1280] as const;
const ACCEPTED_FORMATS = new Set(["jpeg", "png", "webp"]);

export type StoredProductImage = {
  url: string;
  width: number;
  height: number;
  variants: { width: number; url: string }[];
};

function refuse(field: string, key: string): never {
  throw new AppError("VALIDATION", "image refused", { [field]: key });
}

/**
 * Checks a product photo by decoding it (never by its name or declared type), turns it upright,
 * strips its metadata and writes it as WebP in each width of PRODUCT_IMAGE_WIDTHS (never enlarged)
 * under /files/products/<shopId>/. `url` is the largest. VALIDATION on `field` when the file is too
 * large or not a JPEG/PNG/WebP picture — before anything is written.
 */
export async function storeProductImage(
  shopId: string,
  bytes: Uint8Array,
  field = "photos",
): Promise<StoredProductImage> {
  if (bytes.byteLength === 0) refuse(field, "products.errors.photoInvalid");
  if (bytes.byteLength > MAX_PRODUCT_IMAGE_BYTES) refuse(field, "products.errors.photoTooLarge");
  const options = { limitInputPixels: 40_000_000, failOn: "error" as const };
  let upright: { data: Buffer; info: OutputInfo };
  try {
    const { format } = await sharp(bytes, options).metadata();
    if (!format || !ACCEPTED_FORMATS.has(format)) refuse(field, "products.errors.photoInvalid");
    upright = await sharp(bytes, options).rotate().toBuffer({ resolveWithObject: true });
  } catch (error) {
    if (error instanceof AppError) throw error;
    refuse(field, "products.errors.photoInvalid");
  }
  const { width: originalWidth, height: originalHeight } = upright.info;
  const base = `products/${shopId}/${randomBytes(12).toString("hex")}`;
  const widths = [...new Set(PRODUCT_IMAGE_WIDTHS.map((width) => Math.min(width, originalWidth)))];
  const outcomes = await Promise.allSettled(
    widths.map(async (width) => {
      const data = await sharp(upright.data)
        .resize({ width, withoutEnlargement: true })
        .webp({ quality: 80 })
        .toBuffer();
      return { width, url: await savePublicFile(`${base}-${width}.webp`, data, "image/webp") };
    }),
  );
  const variants = outcomes.flatMap((outcome) => (outcome.status === "fulfilled" ? [outcome.value] : []));
  const failed = outcomes.find((outcome) => outcome.status === "rejected");
  if (failed) {
    // A failing store (UNAVAILABLE): no variant stays behind without the others.
    await discardProductImage({ variants });
    throw failed.reason;
  }
  const largest = variants[variants.length - 1];
  return {
    url: largest.url,
    width: largest.width,
    height: Math.round((originalHeight * largest.width) / originalWidth),
    variants,
  };
}

/** Deletes a photo's files whose row was never written (docs/architecture.md, files). */
export async function discardProductImage(image: { variants: { url: string }[] }): Promise<void> {
  const keys = image.variants.map(({ url }) => publicFileKey(url));
  await discardFiles(
    "public",
    keys.filter((key): key is string => key !== null),
  );
}
