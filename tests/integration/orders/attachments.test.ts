// Order files (docs/architecture.md, private files): stored out of public/, served by
// /orders/attachments/<id> only to the part's shopper, its shop's vendor and operators.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { orderAttachmentResponse } from "@/lib/orders/attachment-response";
import { getOrderAttachmentForViewer, storeOrderAttachments } from "@/lib/orders/attachments";
import { createShop, createUser, paidOrder, refusal, twoShops, type Shops } from "./order-fixtures";

const PDF = Buffer.from("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n");

let privateDir: string;
let shops: Shops;
let shopper: Actor;
let operator: Actor;
let photoId: string;
let pdfId: string;
let photoBytes: Buffer;

beforeAll(async () => {
  privateDir = await mkdtemp(path.join(tmpdir(), "halle-attachments-"));
  process.env.HALLE_PRIVATE_FILES_DIR = privateDir;
  shops = await twoShops();
  const paid = await paidOrder(shops);
  shopper = paid.shopper!;
  operator = await createUser("OPERATOR");
  const png = await sharp({ create: { width: 12, height: 12, channels: 3, background: "#36c" } })
    .png()
    .toBuffer();
  const stored = await storeOrderAttachments(
    [new File([new Uint8Array(png)], "Bol fêlé (1).png"), new File([new Uint8Array(PDF)], 'bon "livraison".pdf')],
    "images-or-pdf",
  );
  const db = getDb();
  const rows = await Promise.all(
    stored.map((file) =>
      db.orderAttachment.create({
        data: { shopOrderId: paid.potteryPart.id, uploadedById: shopper.id, ...file },
        select: { id: true },
      }),
    ),
  );
  [photoId, pdfId] = rows.map((row) => row.id);
  photoBytes = (await getOrderAttachmentForViewer(shopper, photoId)).bytes;
});

afterAll(async () => {
  delete process.env.HALLE_PRIVATE_FILES_DIR;
  await rm(privateDir, { recursive: true, force: true });
});

describe("getOrderAttachmentForViewer", () => {
  it("gives the file to the part's shopper, its shop's vendor and an operator", async () => {
    for (const viewer of [shopper, shops.potterVendor, operator]) {
      const file = await getOrderAttachmentForViewer(viewer, photoId);
      expect(file.contentType).toBe("image/png");
      expect(file.fileName).toBe("Bol fêlé (1).png");
      expect(file.bytes.equals(photoBytes)).toBe(true);
    }
  });

  it("is NOT_FOUND for another shop's vendor, another shopper, an unknown or malformed id", async () => {
    const stranger = await createUser("SHOPPER");
    const otherVendor = await createUser("VENDOR");
    await createShop(otherVendor, { status: "APPROVED" });
    for (const viewer of [stranger, otherVendor, shops.bakerVendor]) {
      expect((await refusal(getOrderAttachmentForViewer(viewer, photoId))).code).toBe("NOT_FOUND");
    }
    expect((await refusal(getOrderAttachmentForViewer(operator, "c".repeat(25)))).code).toBe("NOT_FOUND");
    expect((await refusal(getOrderAttachmentForViewer(operator, "../../etc/passwd"))).code).toBe("NOT_FOUND");
  });

  it("is UNAUTHENTICATED when signed out", async () => {
    expect((await refusal(getOrderAttachmentForViewer(null, photoId))).code).toBe("UNAUTHENTICATED");
  });
});

describe("the attachment route's answer", () => {
  it("serves a picture as a sandboxed download, private, never sniffed (docs/security.md)", async () => {
    const response = await orderAttachmentResponse(shops.potterVendor, photoId);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("image/png");
    expect(response.headers.get("Cache-Control")).toBe("private, no-store");
    expect(response.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(response.headers.get("Content-Security-Policy")).toBe("sandbox; default-src 'none'");
    expect(response.headers.get("Content-Disposition")).toBe(
      `attachment; filename="Bol fele _1_.png"; filename*=UTF-8''Bol%20f%C3%AAl%C3%A9%20%281%29.png`,
    );
    expect(Buffer.from(await response.arrayBuffer()).equals(photoBytes)).toBe(true);
  });

  it("serves a PDF as a download with a name that cannot break the header", async () => {
    const response = await orderAttachmentResponse(shopper, pdfId);
    expect(response.headers.get("Content-Type")).toBe("application/pdf");
    expect(response.headers.get("Content-Disposition")).toMatch(/^attachment; filename="bon _livraison_.pdf"; /);
  });

  it("answers 401 signed out and 404 to anyone else, with no body, never cached", async () => {
    const stranger = await createUser("SHOPPER");
    const signedOut = await orderAttachmentResponse(null, photoId);
    expect(signedOut.status).toBe(401);
    const refused = await orderAttachmentResponse(stranger, photoId);
    expect(refused.status).toBe(404);
    expect(refused.headers.get("Cache-Control")).toBe("no-store");
    expect(await refused.text()).toBe("");
  });

  it("answers 404 when the stored file is gone", async () => {
    const row = await getDb().orderAttachment.findUniqueOrThrow({ where: { id: pdfId } });
    await rm(path.join(privateDir, row.storageKey));
    expect((await orderAttachmentResponse(operator, pdfId)).status).toBe(404);
  });
});
