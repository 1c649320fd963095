import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { checkDocument, detectDocumentKind, MAX_DOCUMENT_BYTES } from "./check-document";

const PDF = Buffer.from("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n");
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]);
const SCRIPT = Buffer.from("#!/bin/sh\nrm -rf /\n");

const file = (bytes: Buffer, name: string, type: string) => new File([new Uint8Array(bytes)], name, { type });

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("detectDocumentKind", () => {
  it("recognises PDF, PNG and JPEG by their first bytes", () => {
    expect(detectDocumentKind(PDF)?.ext).toBe("pdf");
    expect(detectDocumentKind(PNG)?.ext).toBe("png");
    expect(detectDocumentKind(JPEG)?.ext).toBe("jpg");
  });

  it("refuses anything else, including truncated signatures and empty files", () => {
    expect(detectDocumentKind(SCRIPT)).toBeNull();
    expect(detectDocumentKind(Buffer.from("%PDF"))).toBeNull();
    expect(detectDocumentKind(PNG.subarray(0, 7))).toBeNull();
    expect(detectDocumentKind(Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>"))).toBeNull();
    expect(detectDocumentKind(Buffer.alloc(0))).toBeNull();
  });
});

describe("checkDocument", () => {
  it("keeps the bytes and the kind read from the content, whatever the declared name and type", async () => {
    const checked = await checkDocument(file(PNG, "scan.pdf", "application/pdf"));
    expect(checked.kind).toEqual({ ext: "png", contentType: "image/png" });
    expect(checked.bytes.equals(PNG)).toBe(true);
  });

  it.each([
    ["a script renamed .pdf", file(SCRIPT, "passport.pdf", "application/pdf")],
    ["a script renamed .png", file(SCRIPT, "passport.png", "image/png")],
    ["an empty file", file(Buffer.alloc(0), "empty.pdf", "application/pdf")],
  ])("refuses %s as invalid", async (_label, upload) => {
    const error = await refusal(checkDocument(upload, "identityDocument"));
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors).toEqual({ identityDocument: "onboarding.errors.documentInvalid" });
  });

  it("refuses a file over 10 MB before reading it", async () => {
    let read = false;
    const big = {
      name: "big.pdf",
      type: "application/pdf",
      size: MAX_DOCUMENT_BYTES + 1,
      arrayBuffer: async () => ((read = true), new ArrayBuffer(0)),
    };
    const error = await refusal(checkDocument(big));
    expect(error.fieldErrors).toEqual({ document: "onboarding.errors.documentTooLarge" });
    expect(read).toBe(false);
  });

  it("accepts a file of exactly 10 MB and refuses one byte more, even when the declared size lies", async () => {
    const limit = Buffer.concat([PDF, Buffer.alloc(MAX_DOCUMENT_BYTES - PDF.length)]);
    expect((await checkDocument(file(limit, "a.pdf", "application/pdf"))).bytes.length).toBe(MAX_DOCUMENT_BYTES);
    const over = Buffer.concat([limit, Buffer.from([0])]);
    const liar = {
      name: "a.pdf",
      type: "application/pdf",
      size: 10,
      arrayBuffer: async () => new Uint8Array(over).buffer,
    };
    expect((await refusal(checkDocument(liar))).fieldErrors.document).toBe("onboarding.errors.documentTooLarge");
  });
});
