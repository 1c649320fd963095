// The S3 driver against a real S3-compatible server (s3rver on loopback) through the official SDK:
// docs/architecture.md, files. Each test that needs a failing store points at a missing bucket;
// the last one stops the server.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { GetObjectCommand, ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getPublicFile } from "@/app/files/[...key]/route";
import type { Actor } from "@/lib/auth/actor";
import { addProductImages } from "@/lib/catalog/products/add-product-images";
import { createProduct } from "@/lib/catalog/products/create-product";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { s3FileStore } from "@/lib/files/s3-storage";
import type { S3Settings } from "@/lib/files/storage-settings";
import { createShop as openShop } from "@/lib/onboarding/create-shop";
import { saveShopIdentity } from "@/lib/onboarding/save-shop-identity";
import { readIdentityDocument } from "@/lib/sellers/read-identity-document";
import { pngBytes, validFields, vendorWithShop } from "../catalog/product-fixtures";
import { validProfile } from "../onboarding/helpers";
import { createShop, createUser } from "../sellers/fixtures";

const PUBLIC_BUCKET = "halle-public";
const PRIVATE_BUCKET = "halle-private";
const ONE_BUCKET = "halle-one";
const PDF = Buffer.from("%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n");

let server: S3rver;
let dataDir: string;
let settings: S3Settings;
let sdk: S3Client;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "halle-s3rver-"));
  server = new S3rver({
    address: "127.0.0.1",
    port: 0,
    silent: true,
    directory: dataDir,
    configureBuckets: [{ name: PUBLIC_BUCKET }, { name: PRIVATE_BUCKET }, { name: ONE_BUCKET }],
  });
  const { port } = await server.run();
  settings = {
    endpoint: `http://127.0.0.1:${port}`,
    region: "us-east-1",
    bucket: PUBLIC_BUCKET,
    privateBucket: PRIVATE_BUCKET,
    accessKeyId: "S3RVER",
    secretAccessKey: "S3RVER",
    forcePathStyle: true,
  };
  sdk = new S3Client({
    endpoint: settings.endpoint,
    region: settings.region,
    forcePathStyle: true,
    credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
  });
  // The app's storage for the domain flows below: the S3 driver, as HALLE_STORAGE=s3 chooses it.
  Object.assign(process.env, {
    HALLE_STORAGE: "s3",
    S3_ENDPOINT: settings.endpoint,
    S3_REGION: settings.region,
    S3_BUCKET: PUBLIC_BUCKET,
    S3_PRIVATE_BUCKET: PRIVATE_BUCKET,
    S3_ACCESS_KEY_ID: "S3RVER",
    S3_SECRET_ACCESS_KEY: "S3RVER",
    S3_FORCE_PATH_STYLE: "true",
  });
});

afterAll(async () => {
  delete process.env.HALLE_STORAGE;
  sdk?.destroy();
  await server?.close().catch(() => undefined);
  await rm(dataDir, { recursive: true, force: true });
});

async function objectBytes(bucket: string, key: string): Promise<Buffer | null> {
  try {
    const answer = await sdk.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    return Buffer.from(await answer.Body!.transformToByteArray());
  } catch (error) {
    if ((error as Error).name === "NoSuchKey") return null;
    throw error;
  }
}

async function keysIn(bucket: string, prefix: string): Promise<string[]> {
  const answer = await sdk.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix }));
  return (answer.Contents ?? []).map((object) => object.Key!).sort();
}

async function unavailable(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe("UNAVAILABLE");
  return error as AppError;
}

/** Runs `run` with the app's S3 settings changed by `env` (a missing bucket: a failing store). */
async function withEnv<T>(env: Record<string, string>, run: () => Promise<T>): Promise<T> {
  const before = Object.fromEntries(Object.keys(env).map((name) => [name, process.env[name]]));
  Object.assign(process.env, env);
  try {
    return await run();
  } finally {
    Object.assign(process.env, before);
  }
}

describe("the S3 driver", () => {
  it("puts, gets and deletes public and private files, each in its own bucket", async () => {
    const publicFiles = s3FileStore(settings, "public");
    const privateFiles = s3FileStore(settings, "private");
    await publicFiles.put("products/s1/a-640.webp", Buffer.from("webp bytes"), "image/webp");
    await privateFiles.put("kyc/s1/id.pdf", PDF, "application/pdf");

    expect(await publicFiles.get("products/s1/a-640.webp")).toEqual({
      body: Buffer.from("webp bytes"),
      contentType: "image/webp",
    });
    expect((await privateFiles.get("kyc/s1/id.pdf"))?.body.equals(PDF)).toBe(true);
    expect(await objectBytes(PUBLIC_BUCKET, "products/s1/a-640.webp")).toEqual(Buffer.from("webp bytes"));
    expect(await objectBytes(PRIVATE_BUCKET, "kyc/s1/id.pdf")).toEqual(PDF);
    // A private file is never public, whatever the key.
    expect(await objectBytes(PUBLIC_BUCKET, "kyc/s1/id.pdf")).toBeNull();
    expect(await publicFiles.get("kyc/s1/id.pdf")).toBeNull();

    await publicFiles.delete("products/s1/a-640.webp");
    await privateFiles.delete("kyc/s1/id.pdf");
    expect(await publicFiles.get("products/s1/a-640.webp")).toBeNull();
    expect(await privateFiles.get("kyc/s1/id.pdf")).toBeNull();
    await privateFiles.delete("kyc/s1/id.pdf"); // already gone: quietly
  });

  it("answers null for a missing object, a key that is not plain, or a type the area does not serve", async () => {
    const publicFiles = s3FileStore(settings, "public");
    expect(await publicFiles.get("products/nothing-here.webp")).toBeNull();
    await publicFiles.put("notes/a.txt", Buffer.from("text"));
    expect(await publicFiles.get("notes/a.txt")).toBeNull();
    expect(await publicFiles.get("products/../kyc/id.pdf")).toBeNull();
    expect(await publicFiles.get("/products/a.webp")).toBeNull();
    await expect(publicFiles.put("../escape.webp", Buffer.from("x"))).rejects.toThrow();
  });

  it("keeps the two areas apart under prefixes when there is one bucket", async () => {
    const one = { ...settings, bucket: ONE_BUCKET, privateBucket: undefined };
    await s3FileStore(one, "private").put("imports/s1/a.csv", Buffer.from("sku;title\n"));
    await s3FileStore(one, "public").put("shops/s1/logo-ab.webp", Buffer.from("logo"));
    expect(await keysIn(ONE_BUCKET, "")).toEqual(["private/imports/s1/a.csv", "public/shops/s1/logo-ab.webp"]);
    expect(await s3FileStore(one, "public").get("shops/s1/logo-ab.webp")).toMatchObject({ contentType: "image/webp" });
    // The public area cannot reach into the private prefix.
    expect(await s3FileStore(one, "public").get("private/imports/s1/a.csv")).toBeNull();
    expect((await s3FileStore(one, "private").get("imports/s1/a.csv"))?.contentType).toBe("text/csv; charset=utf-8");
  });

  it("turns a store that refuses (a missing bucket) into UNAVAILABLE, for writes and reads", async () => {
    const missing = s3FileStore({ ...settings, bucket: "no-such-bucket" }, "public");
    const error = await unavailable(missing.put("products/a.webp", Buffer.from("x")));
    expect(error.message).toContain("NoSuchBucket");
    await unavailable(missing.get("products/a.webp"));
  });
});

describe("domain flows through the S3 driver", () => {
  let vendor: Actor;
  let productId: string;
  let shopId: string;

  beforeAll(async () => {
    const setup = await vendorWithShop();
    vendor = setup.vendor;
    shopId = setup.shop.id;
    productId = (await createProduct(vendor, { shopId, locale: "fr", fields: validFields(), status: "DRAFT" })).id;
  });

  it("a vendor's product photos land in the bucket and are served at /files/<key>, cached for good", async () => {
    const { added } = await addProductImages(vendor, { productId, files: [await pngBytes(700, 400)] });
    const image = await getDb().productImage.findUniqueOrThrow({ where: { id: added[0] } });
    const variants = image.variants as { width: number; url: string }[];
    expect(variants.map((variant) => variant.width)).toEqual([320, 640, 700]);
    const keys = variants.map((variant) => variant.url.replace(/^\/files\//, ""));
    expect(await keysIn(PUBLIC_BUCKET, `products/${shopId}/`)).toEqual([...keys].sort());
    const stored = await objectBytes(PUBLIC_BUCKET, keys[2]);
    expect(stored?.subarray(8, 12).toString()).toBe("WEBP");

    const response = await getPublicFile(new Request(`http://halle.test${image.url}`), {
      params: Promise.resolve({ key: keys[2].split("/") }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("image/webp");
    expect(response.headers.get("Cache-Control")).toBe("public, max-age=31536000, immutable");
    expect(Buffer.from(await response.arrayBuffer()).equals(stored!)).toBe(true);
  });

  it("a failing store refuses the photos with UNAVAILABLE and writes no row", async () => {
    const before = await getDb().productImage.count({ where: { productId } });
    await withEnv({ S3_BUCKET: "no-such-bucket" }, async () => {
      await unavailable(addProductImages(vendor, { productId, files: [await pngBytes(400, 300)] }));
      const response = await getPublicFile(new Request("http://halle.test/files/products/x.webp"), {
        params: Promise.resolve({ key: ["products", "x.webp"] }),
      });
      expect(response.status).toBe(503);
    });
    expect(await getDb().productImage.count({ where: { productId } })).toBe(before);
  });

  it("an identity document lands in the private bucket and only the operator reads it back", async () => {
    const owner = await createUser("VENDOR");
    const shop = await createShop(owner);
    const document = new File([new Uint8Array(PDF)], "cni.pdf", { type: "application/pdf" });
    await saveShopIdentity(owner, shop.id, { legalType: "INDIVIDUAL", legalName: "Léa Dubois", document });
    const { identityDocumentKey } = await getDb().shop.findUniqueOrThrow({ where: { id: shop.id } });
    expect(await objectBytes(PRIVATE_BUCKET, identityDocumentKey!)).toEqual(PDF);
    expect(await objectBytes(PUBLIC_BUCKET, identityDocumentKey!)).toBeNull();
    const operator = await createUser("OPERATOR");
    expect((await readIdentityDocument(operator, shop.id)).bytes.equals(PDF)).toBe(true);
    await expect(readIdentityDocument(owner, shop.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("a failing private store leaves the shop's identity untouched", async () => {
    const owner = await createUser("VENDOR");
    const shop = await createShop(owner);
    const document = new File([new Uint8Array(PDF)], "cni.pdf", { type: "application/pdf" });
    await withEnv({ S3_PRIVATE_BUCKET: "no-such-bucket" }, () =>
      unavailable(saveShopIdentity(owner, shop.id, { legalType: "INDIVIDUAL", legalName: "Léa Dubois", document })),
    );
    expect(await getDb().shop.findUniqueOrThrow({ where: { id: shop.id } })).toEqual(shop);
  });

  it("a shop that fails to be created leaves no logo in the bucket", async () => {
    // The actor says vendor, the database says operator: the transaction refuses after the upload.
    const operator = await createUser("OPERATOR");
    const before = await keysIn(PUBLIC_BUCKET, "shops/");
    await expect(
      openShop({ ...operator, role: "VENDOR" }, validProfile, { logo: await pngBytes(600, 600) }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await keysIn(PUBLIC_BUCKET, "shops/")).toEqual(before);
  });

  it("a stopped store is UNAVAILABLE too (the connection is refused)", async () => {
    await server.close();
    await unavailable(s3FileStore(settings, "private").put("kyc/s1/id.pdf", PDF));
    await unavailable(s3FileStore(settings, "public").get("products/a.webp"));
  });
});
