import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { addProductImages } from "@/lib/catalog/products/add-product-images";
import { createProduct } from "@/lib/catalog/products/create-product";
import { getProductForEditing } from "@/lib/catalog/products/get-product-for-editing";
import { updateProductImages } from "@/lib/catalog/products/update-product-images";
import { PRODUCT_LIMITS } from "@/lib/catalog/product-schema";
import { getDb } from "@/lib/db";
import { refusal } from "../sellers/fixtures";
import {
  createUser,
  filesUnder,
  pngBytes,
  shopSnapshot,
  useTemporaryFilesDir,
  validFields,
  vendorWithShop,
} from "./product-fixtures";

let filesDir: string;
let shopper: Actor;
let operator: Actor;

beforeAll(async () => {
  filesDir = await useTemporaryFilesDir();
  shopper = await createUser("SHOPPER");
  operator = await createUser("OPERATOR");
});

async function productWith(photoCount: number, status: "DRAFT" | "ACTIVE" = "DRAFT") {
  const setup = await vendorWithShop();
  const photos = await Promise.all(Array.from({ length: photoCount }, (_, i) => pngBytes(300 + i, 200)));
  const { id } = await createProduct(setup.vendor, {
    shopId: setup.shop.id,
    locale: "fr",
    fields: validFields(),
    status,
    photos,
  });
  return { ...setup, id };
}

const imagesOf = (productId: string) =>
  getDb().productImage.findMany({ where: { productId }, orderBy: { position: "asc" } });

describe("addProductImages", () => {
  it("adds WebP photos in several widths after the existing ones", async () => {
    const { vendor, shop, id } = await productWith(1);
    const filesBefore = (await filesUnder(filesDir)).length;
    const { added } = await addProductImages(vendor, {
      productId: id,
      files: [await pngBytes(1600, 900), await pngBytes(500, 500)],
    });
    expect(added).toHaveLength(2);
    const images = await imagesOf(id);
    expect(images.map((image) => image.position)).toEqual([0, 1, 2]);
    expect(images.slice(1).map((image) => image.id)).toEqual(added);
    const large = images[1];
    expect(large.url).toMatch(new RegExp(`^/files/products/${shop.id}/[0-9a-f]+-1280\\.webp$`));
    expect(large).toMatchObject({ width: 1280, height: 720 });
    expect((large.variants as { width: number }[]).map((variant) => variant.width)).toEqual([320, 640, 1280]);
    // 1600 px wide: 3 widths; 500 px wide: 320 and 500.
    expect((await filesUnder(filesDir)).length - filesBefore).toBe(5);
    const editing = await getProductForEditing(vendor, id, "fr");
    expect(editing.images[1].variants.map((variant) => variant.width)).toEqual([320, 640, 1280]);
  });

  it("refuses a ninth photo, writing nothing", async () => {
    const { vendor, shop, id } = await productWith(PRODUCT_LIMITS.images);
    const before = await shopSnapshot(shop.id);
    const filesBefore = await filesUnder(filesDir);
    const error = await refusal(addProductImages(vendor, { productId: id, files: [await pngBytes()] }));
    expect(error).toMatchObject({ code: "VALIDATION", fieldErrors: { photos: "products.errors.tooManyPhotos" } });
    expect(await shopSnapshot(shop.id)).toEqual(before);
    expect(await filesUnder(filesDir)).toEqual(filesBefore);
  });

  it("refuses a batch that would go over 8 in all", async () => {
    const { vendor, id } = await productWith(7);
    const error = await refusal(
      addProductImages(vendor, { productId: id, files: [await pngBytes(), await pngBytes()] }),
    );
    expect(error.fieldErrors).toEqual({ photos: "products.errors.tooManyPhotos" });
    expect(await imagesOf(id)).toHaveLength(7);
  });

  it("refuses a disguised file among good ones: no row, no file written", async () => {
    const { vendor, shop, id } = await productWith(0);
    const disguised = new TextEncoder().encode('<?php echo "not a photo"; ?>\n'.repeat(20));
    const svg = new TextEncoder().encode(
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>',
    );
    for (const bad of [disguised, svg, new Uint8Array()]) {
      const before = await shopSnapshot(shop.id);
      const filesBefore = await filesUnder(filesDir);
      const error = await refusal(addProductImages(vendor, { productId: id, files: [await pngBytes(), bad] }));
      expect(error).toMatchObject({ code: "VALIDATION", fieldErrors: { photos: "products.errors.photoInvalid" } });
      expect(await shopSnapshot(shop.id)).toEqual(before);
      expect(await filesUnder(filesDir)).toEqual(filesBefore);
    }
    // The same check on create: nothing written either.
    const filesBefore = await filesUnder(filesDir);
    const error = await refusal(
      createProduct(vendor, {
        shopId: shop.id,
        locale: "fr",
        fields: validFields(),
        photos: [await pngBytes(), disguised],
      }),
    );
    expect(error.code).toBe("VALIDATION");
    expect(await filesUnder(filesDir)).toEqual(filesBefore);
    expect((await shopSnapshot(shop.id)).products).toHaveLength(1);
  });

  it("is refused to anyone but the product's vendor, writing nothing", async () => {
    const { shop, id } = await productWith(1);
    const otherVendor = (await vendorWithShop()).vendor;
    const before = await shopSnapshot(shop.id);
    const filesBefore = await filesUnder(filesDir);
    for (const [actor, code] of [
      [null, "UNAUTHENTICATED"],
      [shopper, "FORBIDDEN"],
      [operator, "FORBIDDEN"],
      [otherVendor, "NOT_FOUND"],
    ] as const) {
      expect((await refusal(addProductImages(actor, { productId: id, files: [await pngBytes()] }))).code).toBe(code);
    }
    expect(await shopSnapshot(shop.id)).toEqual(before);
    expect(await filesUnder(filesDir)).toEqual(filesBefore);
  });
});

describe("updateProductImages", () => {
  it("reorders, sets alt texts and removes photos in one go", async () => {
    const { vendor, id } = await productWith(3);
    const [a, b, c] = (await imagesOf(id)).map((image) => image.id);
    const conflict = await refusal(
      updateProductImages(vendor, id, { order: [c, a], alt: { "not-an-image": "x" }, remove: [b] }),
    );
    expect(conflict.code).toBe("CONFLICT");
    // An alt text for an image that is not the product's is a conflict: nothing changed.
    expect((await imagesOf(id)).map((image) => image.id)).toEqual([a, b, c]);

    await updateProductImages(vendor, id, {
      order: [c, a],
      alt: { [c]: "Miche entière, vue de dessus", [a]: "  Tranche  " },
      remove: [b],
    });
    const images = await imagesOf(id);
    expect(images.map((image) => [image.id, image.position, image.alt])).toEqual([
      [c, 0, "Miche entière, vue de dessus"],
      [a, 1, "Tranche"],
    ]);
    expect(await getDb().auditLog.count({ where: { entityId: id, action: "product.images-updated" } })).toBe(1);
  });

  it("refuses an alt text over 200 characters and an order that does not match the photos", async () => {
    const { vendor, shop, id } = await productWith(2);
    const [a, b] = (await imagesOf(id)).map((image) => image.id);
    const before = await shopSnapshot(shop.id);
    const tooLong = await refusal(updateProductImages(vendor, id, { order: [b, a], alt: { [a]: "x".repeat(201) } }));
    expect(tooLong).toMatchObject({ code: "VALIDATION", fieldErrors: { [`alt.${a}`]: "products.errors.altTooLong" } });
    expect((await refusal(updateProductImages(vendor, id, { order: [b] }))).code).toBe("CONFLICT");
    expect((await refusal(updateProductImages(vendor, id, { order: [b, a, "someone-elses"] }))).code).toBe("CONFLICT");
    expect((await refusal(updateProductImages(vendor, id, { order: [a, a] }))).code).toBe("CONFLICT");
    expect(await shopSnapshot(shop.id)).toEqual(before);
  });

  it("keeps the last photo of an online product; a draft may lose it", async () => {
    const online = await productWith(1, "ACTIVE");
    const [only] = (await imagesOf(online.id)).map((image) => image.id);
    const before = await shopSnapshot(online.shop.id);
    const error = await refusal(updateProductImages(online.vendor, online.id, { order: [], remove: [only] }));
    expect(error).toMatchObject({ code: "VALIDATION", fieldErrors: { photos: "products.errors.lastPhotoOnline" } });
    expect(await shopSnapshot(online.shop.id)).toEqual(before);

    const draft = await productWith(1);
    const [photo] = (await imagesOf(draft.id)).map((image) => image.id);
    await updateProductImages(draft.vendor, draft.id, { order: [], remove: [photo] });
    expect(await imagesOf(draft.id)).toEqual([]);
  });

  it("is refused to anyone but the product's vendor, changing nothing", async () => {
    const { shop, id } = await productWith(2);
    const [a, b] = (await imagesOf(id)).map((image) => image.id);
    const otherVendor = (await vendorWithShop()).vendor;
    const before = await shopSnapshot(shop.id);
    for (const [actor, code] of [
      [null, "UNAUTHENTICATED"],
      [shopper, "FORBIDDEN"],
      [operator, "FORBIDDEN"],
      [otherVendor, "NOT_FOUND"],
    ] as const) {
      expect(
        (await refusal(updateProductImages(actor, id, { order: [b], alt: { [b]: "pris" }, remove: [a] }))).code,
      ).toBe(code);
    }
    expect(await shopSnapshot(shop.id)).toEqual(before);
  });
});
