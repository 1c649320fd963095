import "server-only";
import sharp from "sharp";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { PRODUCT_LIMITS } from "../product-schema";
import {
  discardProductImage,
  MAX_PRODUCT_IMAGE_BYTES,
  storeProductImage,
  type StoredProductImage,
} from "./product-image-files";

const ACCEPTED_FORMATS = new Set(["jpeg", "png", "webp"]);

function refuse(key: string): never {
  throw new AppError("VALIDATION", "photos refused", { photos: key });
}

/**
 * Every file of a batch is looked at (decoded header, size) before any of them is written, so a
 * disguised file among good ones leaves nothing behind; storeProductImage checks each again.
 */
export async function checkPhotoUploads(files: Uint8Array[], imagesAlready: number): Promise<void> {
  if (imagesAlready + files.length > PRODUCT_LIMITS.images) refuse("products.errors.tooManyPhotos");
  for (const bytes of files) {
    if (bytes.byteLength === 0) refuse("products.errors.photoInvalid");
    if (bytes.byteLength > MAX_PRODUCT_IMAGE_BYTES) refuse("products.errors.photoTooLarge");
    const format = await sharp(bytes, { limitInputPixels: 40_000_000, failOn: "error" })
      .metadata()
      .then(
        (metadata) => metadata.format,
        () => null,
      );
    if (!format || !ACCEPTED_FORMATS.has(format)) refuse("products.errors.photoInvalid");
  }
}

/** Writes the photos (WebP variants) and adds their rows after the product's existing ones. */
export async function addPhotoRows(
  tx: Prisma.TransactionClient,
  shopId: string,
  productId: string,
  files: Uint8Array[],
  firstPosition: number,
): Promise<string[]> {
  const ids: string[] = [];
  const written: StoredProductImage[] = [];
  try {
    for (const [index, bytes] of files.entries()) {
      const stored = await storeProductImage(shopId, bytes, "photos");
      written.push(stored);
      const image = await tx.productImage.create({
        data: {
          productId,
          url: stored.url,
          width: stored.width,
          height: stored.height,
          variants: stored.variants,
          position: firstPosition + index,
          alt: "",
        },
        select: { id: true },
      });
      ids.push(image.id);
    }
  } catch (error) {
    // The transaction rolls back these rows: their files go too (docs/architecture.md, files).
    await Promise.all(written.map((stored) => discardProductImage(stored)));
    throw error;
  }
  return ids;
}
