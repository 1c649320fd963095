import { mkdtemp, mkdir, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { localFileStore } from "./local-storage";
import { discardFiles, readPrivateFile, readPublicFile, savePrivateFile, savePublicFile } from "./storage";

// The local disk driver, the default when HALLE_STORAGE is unset (docs/architecture.md, files).
describe("the local disk driver", () => {
  let root: string;
  beforeAll(async () => {
    delete process.env.HALLE_STORAGE;
    root = await mkdtemp(path.join(tmpdir(), "halle-files-"));
    await mkdir(path.join(root, "demo"), { recursive: true });
    await writeFile(path.join(root, "demo", "a.svg"), "<svg/>");
    await writeFile(path.join(root, "demo", "notes.txt"), "secret");
    await writeFile(path.join(root, "..", "outside.svg"), "<svg/>");
    process.env.HALLE_FILES_DIR = root;
    process.env.HALLE_PRIVATE_FILES_DIR = path.join(root, "..", `private-${path.basename(root)}`);
  });

  it("serves an image inside the folder with its content type", async () => {
    const file = await readPublicFile("demo/a.svg");
    expect(file?.contentType).toBe("image/svg+xml");
    expect(file?.body.toString()).toBe("<svg/>");
  });

  it("refuses paths leaving the folder, unknown types and missing files", async () => {
    expect(await readPublicFile("../outside.svg")).toBeNull();
    expect(await readPublicFile("demo/../../outside.svg")).toBeNull();
    expect(await readPublicFile("demo/notes.txt")).toBeNull();
    expect(await readPublicFile("demo/missing.svg")).toBeNull();
    expect(await readPublicFile("demo")).toBeNull();
  });

  it("keeps private files out of the public folder, and refuses keys that leave a folder", async () => {
    await savePrivateFile("kyc/shop-1/id.pdf", Buffer.from("%PDF-1.4"));
    expect((await readPrivateFile("kyc/shop-1/id.pdf"))?.contentType).toBe("application/pdf");
    expect(await readPublicFile("kyc/shop-1/id.pdf")).toBeNull();
    expect(await savePublicFile("logos/a.webp", Buffer.from("x"))).toBe("/files/logos/a.webp");
    await expect(savePublicFile("../escape.webp", Buffer.from("x"))).rejects.toThrow();
    expect(await readPrivateFile("../outside.svg")).toBeNull();
  });

  it("deletes files, quietly when they are already gone, and never outside the folder", async () => {
    await savePublicFile("logos/gone.webp", Buffer.from("x"));
    await discardFiles("public", ["logos/gone.webp", "logos/never-there.webp"]);
    expect(await readPublicFile("logos/gone.webp")).toBeNull();
    await expect(localFileStore(root, "public").delete("../outside.svg")).rejects.toThrow();
    expect(await readdir(path.dirname(root))).toContain("outside.svg");
  });

  it("turns a failing disk into UNAVAILABLE", async () => {
    // A file where a folder should be: the disk refuses the write.
    await writeFile(path.join(root, "blocked"), "");
    const error = await localFileStore(root, "public")
      .put("blocked/a.webp", Buffer.from("x"))
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("UNAVAILABLE");
  });
});
