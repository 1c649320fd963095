import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { beforeEach, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { ATTACHMENT_LIMITS, discardStoredFiles, storeOrderAttachments } from "./attachments";

const PDF = Buffer.from("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n");
const SCRIPT = Buffer.from("<html><script>alert(1)</script></html>");

let root: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), "halle-order-files-"));
  process.env.HALLE_PRIVATE_FILES_DIR = root;
});

async function storedFiles(): Promise<string[]> {
  return readdir(path.join(root, "order-files")).catch(() => []);
}

/** A small JPEG carrying EXIF (a camera model and orientation), as a phone would send. */
async function photoWithExif(): Promise<Buffer> {
  return sharp({ create: { width: 40, height: 20, channels: 3, background: "#c33" } })
    .jpeg()
    .withMetadata({ orientation: 6, exif: { IFD0: { Make: "PhoneMaker", Model: "Secret 12" } } })
    .toBuffer();
}

const png = () =>
  sharp({ create: { width: 8, height: 8, channels: 4, background: "#0a0" } })
    .png()
    .toBuffer();
const file = (bytes: Buffer, name: string, type = "") => new File([new Uint8Array(bytes)], name, { type });

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("storeOrderAttachments", () => {
  it("stores a photo upright and without its metadata, and a PDF as it came", async () => {
    const stored = await storeOrderAttachments(
      [file(await photoWithExif(), "IMG 1.jpeg", "image/jpeg"), file(PDF, "facture.pdf", "application/pdf")],
      "images-or-pdf",
    );
    expect(stored).toHaveLength(2);
    const [photo, pdf] = stored;
    expect(photo).toMatchObject({ fileName: "IMG 1.jpg", contentType: "image/jpeg" });
    expect(photo.storageKey).toMatch(/^order-files\/[0-9a-f]{32}\.jpg$/);
    const bytes = await readFile(path.join(root, photo.storageKey));
    expect(photo.byteSize).toBe(bytes.length);
    const metadata = await sharp(bytes).metadata();
    expect(metadata.exif).toBeUndefined();
    expect(metadata.orientation).toBeUndefined();
    expect([metadata.width, metadata.height]).toEqual([20, 40]); // turned upright
    expect(pdf).toMatchObject({ fileName: "facture.pdf", contentType: "application/pdf", byteSize: PDF.length });
    expect(await readFile(path.join(root, pdf.storageKey))).toEqual(PDF);
  });

  it("ignores the empty entry a form sends without a file", async () => {
    expect(await storeOrderAttachments([file(Buffer.alloc(0), "")], "images")).toEqual([]);
    expect(await storedFiles()).toEqual([]);
  });

  it("names a file by its real type, not by the extension it was given", async () => {
    const [stored] = await storeOrderAttachments([file(await png(), "../../scan.pdf", "application/pdf")], "images");
    expect(stored).toMatchObject({ fileName: "scan.png", contentType: "image/png" });
  });

  it("refuses a disguised file and writes none of the batch", async () => {
    const error = await refusal(
      storeOrderAttachments(
        [file(await png(), "ok.png", "image/png"), file(SCRIPT, "photo.jpg", "image/jpeg")],
        "images-or-pdf",
      ),
    );
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors).toEqual({ attachments: "conversation.files.notAnImageOrPdf" });
    expect(await storedFiles()).toEqual([]);
  });

  it("refuses a PDF where only photos are accepted", async () => {
    const error = await refusal(storeOrderAttachments([file(PDF, "photo.png", "image/png")], "images"));
    expect(error.fieldErrors).toEqual({ attachments: "conversation.files.notAnImage" });
    expect(await storedFiles()).toEqual([]);
  });

  it("refuses a file over the size limit, by its declared size and by its bytes", async () => {
    const big = Buffer.concat([PDF, Buffer.alloc(ATTACHMENT_LIMITS.maxBytes)]);
    const error = await refusal(storeOrderAttachments([file(big, "big.pdf")], "images-or-pdf"));
    expect(error.fieldErrors).toEqual({ attachments: "conversation.files.tooLarge" });
    const liar = { name: "small.pdf", type: "application/pdf", size: 10, arrayBuffer: async () => big.buffer };
    expect((await refusal(storeOrderAttachments([liar], "images-or-pdf"))).fieldErrors.attachments).toBe(
      "conversation.files.tooLarge",
    );
    expect(await storedFiles()).toEqual([]);
  });

  it("refuses more files than the limit", async () => {
    const photo = await png();
    const files = Array.from({ length: ATTACHMENT_LIMITS.maxFiles + 1 }, (_, i) => file(photo, `p${i}.png`));
    const error = await refusal(storeOrderAttachments(files, "images"));
    expect(error.fieldErrors).toEqual({ attachments: "conversation.files.tooMany" });
    expect(await storedFiles()).toEqual([]);
    expect(await storeOrderAttachments(files.slice(1), "images")).toHaveLength(ATTACHMENT_LIMITS.maxFiles);
  });
});

describe("discardStoredFiles", () => {
  it("deletes the stored files, quietly when they are already gone", async () => {
    const stored = await storeOrderAttachments([file(await png(), "a.png"), file(PDF, "b.pdf")], "images-or-pdf");
    expect(await storedFiles()).toHaveLength(2);
    await discardStoredFiles(stored);
    expect(await storedFiles()).toEqual([]);
    await discardStoredFiles(stored);
  });
});
