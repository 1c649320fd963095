import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { zipSync } from "fflate";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { commitCatalogImport, CatalogImportInvalidError } from "@/lib/catalog/csv/commit-import";
import { exportCatalogCsv } from "@/lib/catalog/csv/export-catalog";
import { importPhotosZip } from "@/lib/catalog/csv/import-photos-zip";
import { previewCatalogImport } from "@/lib/catalog/csv/preview-import";
import { getDb } from "@/lib/db";
import { createShop, createUser, refusal } from "../sellers/fixtures";

const unique = () => randomBytes(4).toString("hex");
const utf8 = (text: string) => new TextEncoder().encode(text);

let filesDir: string;
let privateDir: string;
let vendor: Actor;
let otherVendor: Actor;
let shopper: Actor;
let operator: Actor;

beforeAll(async () => {
  filesDir = await mkdtemp(path.join(tmpdir(), "halle-files-"));
  privateDir = await mkdtemp(path.join(tmpdir(), "halle-private-"));
  process.env.HALLE_FILES_DIR = filesDir;
  process.env.HALLE_PRIVATE_FILES_DIR = privateDir;
  vendor = await createUser("VENDOR");
  otherVendor = await createUser("VENDOR");
  shopper = await createUser("SHOPPER");
  operator = await createUser("OPERATOR");
});

afterAll(async () => {
  delete process.env.HALLE_FILES_DIR;
  delete process.env.HALLE_PRIVATE_FILES_DIR;
  await rm(filesDir, { recursive: true, force: true });
  await rm(privateDir, { recursive: true, force: true });
});

async function category(prohibited = false) {
  const slug = `cat-${unique()}`;
  return getDb().category.create({ data: { slug, names: { fr: slug, en: slug }, prohibited } });
}

async function shopWithProduct() {
  const shop = await createShop(vendor, { status: "APPROVED" });
  const existing = await getDb().product.create({
    data: {
      shopId: shop.id,
      slug: `p-${unique()}`,
      sku: "EXIST-1",
      title: "Baguette",
      shortDescription: "Croustillante",
      priceAmount: 120,
      stock: 10,
    },
  });
  return { shop, existing };
}

/** Everything an import may write for a shop. */
async function snapshot(shopId: string) {
  const db = getDb();
  return {
    products: await db.product.findMany({ where: { shopId }, orderBy: { id: "asc" }, include: { images: true } }),
    imports: await db.catalogImport.findMany({ where: { shopId }, orderBy: { id: "asc" } }),
    audits: await db.auditLog.count({
      where: { entityType: { in: ["CatalogImport", "Shop"] }, action: { startsWith: "catalog." } },
    }),
  };
}

const CSV_OK =
  "référence;titre;prix;description_courte;stock_suivi;stock\nNEW-1;Pain de seigle;4,50;Au levain;oui;8\nNEW-2;Fougasse;3.20;;non;\nEXIST-1;Baguette tradition;1,30;Croustillante;oui;10\n";

describe("previewCatalogImport", () => {
  it("counts creates, updates and unchanged rows and writes only the import record", async () => {
    const { shop } = await shopWithProduct();
    const before = await snapshot(shop.id);
    const preview = await previewCatalogImport(vendor, {
      shopId: shop.id,
      fileName: "catalogue.csv",
      bytes: utf8(CSV_OK),
    });
    expect(preview).toMatchObject({
      rowCount: 3,
      toCreate: 2,
      toUpdate: 1,
      unchanged: 0,
      errorCount: 0,
      errors: [],
      fileErrors: [],
    });
    const after = await snapshot(shop.id);
    expect(after.products).toEqual(before.products);
    expect(after.imports).toHaveLength(1);
    expect(after.imports[0]).toMatchObject({
      id: preview.importId,
      status: "PREVIEWED",
      rowCount: 3,
      errorCount: 0,
      createdById: vendor.id,
      fileName: "catalogue.csv",
    });
    expect(await readdir(path.join(privateDir, "imports", shop.id))).toEqual([`${preview.importId}.csv`]);
  });

  it("lists every row's errors with line and column", async () => {
    const { shop } = await shopWithProduct();
    const preview = await previewCatalogImport(vendor, {
      shopId: shop.id,
      fileName: "x.csv",
      bytes: utf8("sku,title,price\nA,Bon,2\nB,Mauvais,-3\nC,,1\n"),
    });
    expect(preview.errorCount).toBe(2);
    expect(preview.errors).toEqual([
      { line: 3, column: "price", message: "products.errors.priceInvalid" },
      { line: 4, column: "title", message: "products.errors.titleRequired" },
    ]);
  });

  it("refuses wrong columns and more than 20,000 rows with a file error, storing nothing", async () => {
    const { shop } = await shopWithProduct();
    const before = await snapshot(shop.id);
    const wrong = await previewCatalogImport(vendor, {
      shopId: shop.id,
      fileName: "x.csv",
      bytes: utf8("nom,couleur\nA,rouge\n"),
    });
    expect(wrong).toMatchObject({
      importId: null,
      fileErrors: [
        { message: "catalogImport.errors.unknownColumns" },
        { message: "catalogImport.errors.missingColumns" },
      ],
    });

    const lines = ["sku,title,price"];
    for (let i = 0; i < 20_001; i++) lines.push(`SKU-${i},Produit ${i},1`);
    const huge = await previewCatalogImport(vendor, {
      shopId: shop.id,
      fileName: "huge.csv",
      bytes: utf8(lines.join("\n")),
    });
    expect(huge).toMatchObject({
      importId: null,
      fileErrors: [{ message: "catalogImport.errors.tooManyRows", values: { limit: 20_000 } }],
    });
    expect(await snapshot(shop.id)).toEqual(before);
  });
});

describe("commitCatalogImport", () => {
  it("creates and updates by SKU in one go, once", async () => {
    const { shop, existing } = await shopWithProduct();
    const preview = await previewCatalogImport(vendor, { shopId: shop.id, fileName: "c.csv", bytes: utf8(CSV_OK) });
    expect(await commitCatalogImport(vendor, { importId: preview.importId })).toEqual({
      created: 2,
      updated: 1,
      unchanged: 0,
    });

    const products = await getDb().product.findMany({ where: { shopId: shop.id }, orderBy: { sku: "asc" } });
    expect(products.map((p) => [p.sku, p.title, p.priceAmount, p.status, p.stockTracked, p.stock])).toEqual([
      ["EXIST-1", "Baguette tradition", 130, "DRAFT", true, 10],
      ["NEW-1", "Pain de seigle", 450, "DRAFT", true, 8],
      ["NEW-2", "Fougasse", 320, "DRAFT", false, 0],
    ]);
    expect(products.find((p) => p.sku === "EXIST-1")!.id).toBe(existing.id);
    expect(new Set(products.map((p) => p.slug)).size).toBe(3);
    expect(await getDb().catalogImport.findUniqueOrThrow({ where: { id: preview.importId! } })).toMatchObject({
      status: "COMMITTED",
      createdCount: 2,
      updatedCount: 1,
    });
    expect(
      await getDb().auditLog.count({
        where: { action: "catalog.imported", entityId: preview.importId!, actorId: vendor.id },
      }),
    ).toBe(1);

    const before = await snapshot(shop.id);
    expect((await refusal(commitCatalogImport(vendor, { importId: preview.importId }))).code).toBe("CONFLICT");
    expect(await snapshot(shop.id)).toEqual(before);
  });

  it("refuses a file with one bad row and writes nothing", async () => {
    const { shop } = await shopWithProduct();
    const preview = await previewCatalogImport(vendor, {
      shopId: shop.id,
      fileName: "b.csv",
      bytes: utf8("sku,title,price\nA,Bon,2\nB,Mauvais,-3\n"),
    });
    const before = await snapshot(shop.id);
    const error = await commitCatalogImport(vendor, { importId: preview.importId }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CatalogImportInvalidError);
    expect((error as CatalogImportInvalidError).code).toBe("VALIDATION");
    expect((error as CatalogImportInvalidError).rowErrors).toEqual([
      { line: 3, column: "price", message: "products.errors.priceInvalid" },
    ]);
    expect(await snapshot(shop.id)).toEqual(before);
  });

  it("checks the catalogue again: a category prohibited since the preview refuses the commit", async () => {
    const { shop } = await shopWithProduct();
    const cat = await category();
    const preview = await previewCatalogImport(vendor, {
      shopId: shop.id,
      fileName: "c.csv",
      bytes: utf8(`sku,title,price,category\nA,Bon,2,${cat.slug}\n`),
    });
    expect(preview.errorCount).toBe(0);
    await getDb().category.update({ where: { id: cat.id }, data: { prohibited: true } });
    const before = await snapshot(shop.id);
    const error = await commitCatalogImport(vendor, { importId: preview.importId }).catch((caught: unknown) => caught);
    expect((error as CatalogImportInvalidError).rowErrors).toEqual([
      { line: 2, column: "category", message: "catalogImport.errors.categoryProhibited", values: { slug: cat.slug } },
    ]);
    expect(await snapshot(shop.id)).toEqual(before);
  });
});

describe("export → import", () => {
  it("round-trips: importing the export changes nothing", async () => {
    const { shop } = await shopWithProduct();
    const cat = await category();
    const shipping = await getDb().shippingClass.create({
      data: { shopId: shop.id, name: "Colis léger", fees: { POSTAL: 690 } },
    });
    await getDb().product.create({
      data: {
        shopId: shop.id,
        slug: `p-${unique()}`,
        sku: "VRAC-1",
        title: 'Comté 18 mois; "affiné"',
        shortDescription: "Au poids",
        description: "Ligne 1\nLigne 2",
        kind: "PHYSICAL",
        categoryId: cat.id,
        priceAmount: 2890,
        compareAtAmount: 3200,
        estimatedPrice: true,
        priceUnit: "kg",
        stockTracked: false,
        hideWhenOutOfStock: true,
        weightGrams: 500,
        shippingClassId: shipping.id,
      },
    });
    await getDb().product.create({
      data: {
        shopId: shop.id,
        slug: `p-${unique()}`,
        sku: "OLD-1",
        title: "Archivé",
        priceAmount: 100,
        status: "ARCHIVED",
      },
    });

    for (const locale of ["fr", "en"] as const) {
      const exported = await exportCatalogCsv(vendor, { shopId: shop.id, locale });
      expect(exported.fileName).toMatch(new RegExp(`^catalogue-${shop.slug}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
      expect(exported.text.startsWith("\uFEFFsku")).toBe(true);
      expect(exported.text).not.toContain("OLD-1");
      const preview = await previewCatalogImport(vendor, {
        shopId: shop.id,
        fileName: exported.fileName,
        bytes: utf8(exported.text),
      });
      expect(preview).toMatchObject({ rowCount: 2, toCreate: 0, toUpdate: 0, unchanged: 2, errorCount: 0 });
    }
  });
});

async function image(format: "jpeg" | "png") {
  return new Uint8Array(
    await sharp({ create: { width: 40, height: 30, channels: 3, background: "#c60" } })
      [format]()
      .toBuffer(),
  );
}

describe("importPhotosZip", () => {
  it("attaches images named by SKU and reports unknown SKUs, disguised files and unsafe paths", async () => {
    const { shop, existing } = await shopWithProduct();
    const zip = zipSync({
      "EXIST-1.jpg": await image("jpeg"),
      "photos/EXIST-1-2.png": await image("png"),
      "NOPE-9.jpg": await image("jpeg"),
      "EXIST-1-3.jpg": utf8("<script>alert(1)</script>"),
      "../EXIST-1-4.jpg": await image("jpeg"),
      "notes.txt": utf8("hello"),
    });
    const report = await importPhotosZip(vendor, { shopId: shop.id, bytes: zip });
    expect(report.attached).toBe(2);
    expect(Object.fromEntries(report.files.map((file) => [file.name, file.outcome]))).toEqual({
      "EXIST-1.jpg": "attached",
      "photos/EXIST-1-2.png": "attached",
      "NOPE-9.jpg": "unknownSku",
      "EXIST-1-3.jpg": "notAnImage",
      "../EXIST-1-4.jpg": "unsafePath",
      "notes.txt": "notAnImage",
    });
    const images = await getDb().productImage.findMany({
      where: { productId: existing.id },
      orderBy: { position: "asc" },
    });
    expect(images.map((i) => i.position)).toEqual([0, 1]);
    expect(images[0].url).toMatch(new RegExp(`^/files/products/${shop.id}/`));
    // nothing was written outside the files folder
    expect(await readdir(path.dirname(filesDir))).not.toContain("EXIST-1-4.jpg");
  });

  it("stops at 8 photos per product and refuses what is not a ZIP", async () => {
    const { shop, existing } = await shopWithProduct();
    const jpeg = await image("jpeg");
    const files: Record<string, Uint8Array> = {};
    for (let i = 1; i <= 9; i++) files[i === 1 ? "EXIST-1.jpg" : `EXIST-1-${i}.jpg`] = jpeg;
    const report = await importPhotosZip(vendor, { shopId: shop.id, bytes: zipSync(files) });
    expect(report.attached).toBe(8);
    expect(report.files.filter((file) => file.outcome === "productFull").map((file) => file.name)).toEqual([
      "EXIST-1-9.jpg",
    ]);
    expect(await getDb().productImage.count({ where: { productId: existing.id } })).toBe(8);
    expect(await refusal(importPhotosZip(vendor, { shopId: shop.id, bytes: utf8("not a zip") }))).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { zip: "catalogImport.photos.errors.notAZip" },
    });
    const many: Record<string, Uint8Array> = {};
    for (let i = 0; i < 501; i++) many[`X-${i}.jpg`] = utf8("x");
    expect(await refusal(importPhotosZip(vendor, { shopId: shop.id, bytes: zipSync(many) }))).toMatchObject({
      code: "VALIDATION",
      fieldErrors: { zip: "catalogImport.photos.errors.tooManyFiles" },
    });
    expect(await getDb().productImage.count({ where: { productId: existing.id } })).toBe(8);
  });
});

describe("authorization", () => {
  const refusedActors = () =>
    [
      ["signed out", null, "UNAUTHENTICATED"],
      ["a shopper", shopper, "FORBIDDEN"],
      ["an operator", operator, "FORBIDDEN"],
      ["another shop's vendor", otherVendor, "NOT_FOUND"],
    ] as const;

  it("lets only the shop's own vendor preview, commit, export and import photos; nothing changes otherwise", async () => {
    const { shop } = await shopWithProduct();
    const preview = await previewCatalogImport(vendor, { shopId: shop.id, fileName: "c.csv", bytes: utf8(CSV_OK) });
    const zip = zipSync({ "EXIST-1.jpg": await image("jpeg") });
    const before = await snapshot(shop.id);
    for (const [who, actor, code] of refusedActors()) {
      const attempts = {
        preview: () => previewCatalogImport(actor, { shopId: shop.id, fileName: "c.csv", bytes: utf8(CSV_OK) }),
        commit: () => commitCatalogImport(actor, { importId: preview.importId }),
        export: () => exportCatalogCsv(actor, { shopId: shop.id, locale: "fr" }),
        photos: () => importPhotosZip(actor, { shopId: shop.id, bytes: zip }),
      };
      for (const [action, attempt] of Object.entries(attempts)) {
        expect((await refusal(attempt())).code, `${who} → ${action}`).toBe(code);
      }
    }
    expect(await snapshot(shop.id)).toEqual(before);
    // the owner may
    expect(await commitCatalogImport(vendor, { importId: preview.importId })).toMatchObject({ created: 2 });
  });

  it("refuses unknown import ids and bad input without writing", async () => {
    const { shop } = await shopWithProduct();
    const before = await snapshot(shop.id);
    expect((await refusal(commitCatalogImport(vendor, { importId: "nope" }))).code).toBe("NOT_FOUND");
    // 42 is deliberately malformed, as a forged POST would be.
    for (const importId of [42 as unknown as string, "", "x".repeat(65), "../import"])
      expect((await refusal(commitCatalogImport(vendor, { importId }))).code).toBe("NOT_FOUND");
    expect(
      await refusal(previewCatalogImport(vendor, { shopId: shop.id, fileName: "e.csv", bytes: new Uint8Array() })),
    ).toMatchObject({ code: "VALIDATION", fieldErrors: { file: "catalogImport.errors.noFile" } });
    expect(
      (await refusal(previewCatalogImport(vendor, { shopId: "nope", fileName: "e.csv", bytes: utf8(CSV_OK) }))).code,
    ).toBe("NOT_FOUND");
    expect(await snapshot(shop.id)).toEqual(before);
  });
});
