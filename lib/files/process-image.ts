import "server-only";
import sharp from "sharp";
import { AppError } from "@/lib/errors";

export type ImageKind = "logo" | "banner";

export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
const ACCEPTED_FORMATS = new Set(["jpeg", "png", "webp"]);
const SIZES: Record<ImageKind, { width: number; height: number }> = {
  logo: { width: 512, height: 512 },
  banner: { width: 1600, height: 500 },
};

function refuse(kind: ImageKind, key: string): never {
  throw new AppError("VALIDATION", "image refused", { [kind]: key });
}

/**
 * Checks an uploaded image by decoding it (never by its name or declared type), turns it upright,
 * crops it to the kind's size and re-encodes it as WebP without metadata (EXIF, GPS, ICC names).
 * VALIDATION on the kind's field when it is too large or not a JPEG/PNG/WebP picture.
 */
export async function processImage(bytes: Uint8Array, { kind }: { kind: ImageKind }): Promise<Buffer> {
  if (bytes.byteLength > MAX_IMAGE_BYTES) refuse(kind, "onboarding.errors.imageTooLarge");
  if (bytes.byteLength === 0) refuse(kind, "onboarding.errors.imageInvalid");
  // limitInputPixels guards against decompression bombs (a tiny file claiming a huge canvas).
  const options = { limitInputPixels: 40_000_000, failOn: "error" as const };
  let format: string | undefined;
  try {
    format = (await sharp(bytes, options).metadata()).format;
  } catch {
    refuse(kind, "onboarding.errors.imageInvalid");
  }
  if (!format || !ACCEPTED_FORMATS.has(format)) refuse(kind, "onboarding.errors.imageInvalid");
  const { width, height } = SIZES[kind];
  try {
    return await sharp(bytes, options)
      .rotate()
      .resize(width, height, { fit: "cover", position: "attention" })
      .webp({ quality: 82 })
      .toBuffer();
  } catch {
    refuse(kind, "onboarding.errors.imageInvalid");
  }
}
