// Test data for the product editor: a vendor with an approved shop, a category, a shipping class,
// valid form fields, pictures made with sharp, and a snapshot of what the editor may write.
import { mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import sharp from "sharp";
import type { Actor } from "@/lib/auth/actor";
import type { ProductFieldsInput } from "@/lib/catalog/product-schema";
import { getDb } from "@/lib/db";
import { createShop, createUser } from "../sellers/fixtures";

export const unique = () => randomBytes(4).toString("hex");

export async function useTemporaryFilesDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "halle-products-"));
  process.env.HALLE_FILES_DIR = dir;
  return dir;
}

/** Every file under the folder (recursively). */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

export async function pngBytes(width = 400, height = 300): Promise<Uint8Array> {
  return new Uint8Array(
    await sharp({ create: { width, height, channels: 3, background: { r: 200, g: 120, b: 40 } } })
      .png()
      .toBuffer(),
  );
}

export async function category(prohibited = false, parentId: string | null = null) {
  const slug = `cat-${unique()}`;
  return getDb().category.create({
    data: { slug, names: { fr: `Rayon ${slug}`, en: `Aisle ${slug}` }, prohibited, parentId },
  });
}

export async function vendorWithShop() {
  const vendor = await createUser("VENDOR");
  const shop = await createShop(vendor, { status: "APPROVED" });
  const shippingClass = await getDb().shippingClass.create({
    data: { shopId: shop.id, name: `Colis ${unique()}`, fees: { POSTAL: 690 } },
  });
  return { vendor, shop, shippingClass };
}

/** The editor's form filled in validly, as readProductForm builds it, with `overrides` on top. */
export function validFields(overrides: Partial<ProductFieldsInput> = {}): ProductFieldsInput {
  return {
    title: "Pain de campagne au levain",
    shortDescription: "Un pain rustique, croûte épaisse, mie alvéolée.",
    description: "## Ingrédients\n\n- farine\n- eau",
    kind: "PHYSICAL",
    categoryId: "",
    price: "12,50",
    compareAtPrice: "",
    estimatedPrice: false,
    priceUnit: "",
    stockTracked: true,
    stock: "10",
    hideWhenOutOfStock: false,
    sku: "",
    weightGrams: "800",
    shippingClassId: "",
    ...overrides,
  };
}

/** What the editor may write for a shop: its products, their images and the audit rows. */
export async function shopSnapshot(shopId: string) {
  const db = getDb();
  const products = await db.product.findMany({
    where: { shopId },
    orderBy: { id: "asc" },
    include: { images: { orderBy: { id: "asc" } } },
  });
  const audits = await db.auditLog.count({
    where: { entityType: "Product", entityId: { in: products.map((p) => p.id) } },
  });
  return { products, audits };
}

export { createUser, createShop };
export type { Actor };
