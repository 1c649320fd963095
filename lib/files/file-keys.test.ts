import { describe, expect, it } from "vitest";
import { contentTypeOfKey, isPlainKey } from "./file-keys";
import { publicCacheControl } from "./public-cache";
import { missingS3Settings, storageDriverName, storageSettings } from "./storage-settings";

describe("file keys (docs/architecture.md, files)", () => {
  it("takes keys literally: no empty, '.' or '..' segment, backslash or control character", () => {
    expect(isPlainKey("products/shop-1/abc-640.webp")).toBe(true);
    for (const key of [
      "",
      "/a.webp",
      "a//b.webp",
      "a/./b.webp",
      "../a.webp",
      "a/../../b.webp",
      "a\\b.webp",
      "a\u0000.webp",
    ])
      expect(isPlainKey(key)).toBe(false);
  });

  it("serves only pictures publicly, documents and imports privately", () => {
    expect(contentTypeOfKey("public", "a/b.WEBP")).toBe("image/webp");
    expect(contentTypeOfKey("public", "kyc/id.pdf")).toBeNull();
    expect(contentTypeOfKey("public", "imports/a.csv")).toBeNull();
    expect(contentTypeOfKey("private", "kyc/id.pdf")).toBe("application/pdf");
    expect(contentTypeOfKey("private", "notes.txt")).toBeNull();
  });

  it("caches uploads (random names, never rewritten) for a year and the demo's pictures for a day", () => {
    expect(publicCacheControl("products/s/0a1b-640.webp")).toBe("public, max-age=31536000, immutable");
    expect(publicCacheControl("shops/s/logo-0a1b.webp")).toBe("public, max-age=31536000, immutable");
    expect(publicCacheControl("demo/products/miel.svg")).toBe("public, max-age=86400");
  });
});

describe("storage settings", () => {
  const s3 = {
    HALLE_STORAGE: "S3",
    S3_REGION: "fr-par",
    S3_BUCKET: "halle",
    S3_ACCESS_KEY_ID: "k",
    S3_SECRET_ACCESS_KEY: "s",
  };

  it("chooses the local folders by default, S3 when asked, nothing unknown", () => {
    expect(storageSettings({})).toEqual({ driver: "local" });
    expect(storageDriverName({ HALLE_STORAGE: "local" })).toBe("local");
    expect(storageDriverName({ HALLE_STORAGE: "nfs" })).toBeNull();
    expect(() => storageSettings({ HALLE_STORAGE: "nfs" })).toThrow(/neither local nor s3/);
  });

  it("reads the S3 settings, and refuses incomplete ones", () => {
    expect(storageSettings({ ...s3, S3_ENDPOINT: "http://127.0.0.1:9000", S3_FORCE_PATH_STYLE: "true" })).toEqual({
      driver: "s3",
      s3: {
        endpoint: "http://127.0.0.1:9000",
        region: "fr-par",
        bucket: "halle",
        privateBucket: undefined,
        accessKeyId: "k",
        secretAccessKey: "s",
        forcePathStyle: true,
      },
    });
    expect(missingS3Settings({ HALLE_STORAGE: "s3", S3_BUCKET: "b" })).toEqual([
      "S3_REGION",
      "S3_ACCESS_KEY_ID",
      "S3_SECRET_ACCESS_KEY",
    ]);
    expect(() => storageSettings({ ...s3, S3_BUCKET: "" })).toThrow(/S3_BUCKET/);
  });
});
