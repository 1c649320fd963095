// The conversation of each ShopOrder (docs/domain.md, conversation): who may read and write, what
// a message needs, what one transaction writes, and the unread counts.
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { orderAttachmentResponse } from "@/lib/orders/attachment-response";
import { countUnreadOrderMessages } from "@/lib/orders/conversation/count-unread-order-messages";
import { listOrderMessages } from "@/lib/orders/conversation/list-order-messages";
import { listUnreadParts } from "@/lib/orders/conversation/list-unread-parts";
import { markConversationRead } from "@/lib/orders/conversation/mark-conversation-read";
import { postOrderMessage } from "@/lib/orders/conversation/post-order-message";
import { createShop, createUser, paidOrder, putPartIn, refusal, twoShops, type Shops } from "./order-fixtures";

let privateDir: string;

beforeAll(async () => {
  privateDir = await mkdtemp(path.join(tmpdir(), "halle-conversation-"));
  process.env.HALLE_PRIVATE_FILES_DIR = privateDir;
});

afterAll(async () => {
  delete process.env.HALLE_PRIVATE_FILES_DIR;
  await rm(privateDir, { recursive: true, force: true });
});

const photo = async (name = "colis.png") =>
  new File(
    [
      new Uint8Array(
        await sharp({ create: { width: 6, height: 6, channels: 3, background: "#a50" } })
          .png()
          .toBuffer(),
      ),
    ],
    name,
    { type: "image/png" },
  );
const storedFiles = () => readdir(path.join(privateDir, "order-files")).catch(() => [] as string[]);

/** Everything posting a message may write. */
async function conversationSnapshot(shopOrderId: string) {
  const db = getDb();
  return {
    messages: await db.orderMessage.count({ where: { shopOrderId } }),
    attachments: await db.orderAttachment.count({ where: { shopOrderId } }),
    part: await db.shopOrder.findUniqueOrThrow({ where: { id: shopOrderId }, select: { lastMessageAt: true } }),
    reads: await db.conversationRead.findMany({ where: { shopOrderId }, orderBy: { userId: "asc" } }),
    emails: await db.emailMessage.count(),
    files: (await storedFiles()).length,
  };
}

describe("a part's conversation", () => {
  let shops: Shops;
  let shopper: Actor;
  let operator: Actor;
  let partId: string;

  beforeAll(async () => {
    shops = await twoShops();
    const paid = await paidOrder(shops);
    shopper = paid.shopper!;
    partId = paid.potteryPart.id;
    operator = await createUser("OPERATOR");
  });

  it("lets the shopper and the vendor write, newest last, with the vendor's photo", async () => {
    await postOrderMessage(shopper, { shopOrderId: partId, body: "  Bonjour, le bol est-il bleu ?  " });
    await postOrderMessage(shops.potterVendor, {
      shopOrderId: partId,
      body: "Oui, bleu de cobalt. Voici une photo.",
      files: [await photo("bol bleu.png"), new File([], "")],
    });

    const seenByShopper = await listOrderMessages(shopper, partId);
    expect(seenByShopper.side).toBe("SHOPPER");
    expect(seenByShopper.canPost).toBe(true);
    expect(seenByShopper.messages.map((message) => [message.authorKind, message.mine, message.body])).toEqual([
      ["SHOPPER", true, "Bonjour, le bol est-il bleu ?"],
      ["VENDOR", false, "Oui, bleu de cobalt. Voici une photo."],
    ]);
    expect(seenByShopper.messages[1].authorName).toBe(shops.pottery.name);
    const [attachment] = seenByShopper.messages[1].attachments;
    expect(attachment).toMatchObject({ fileName: "bol bleu.png", contentType: "image/png", isImage: true });
    expect(attachment.url).toBe(`/orders/attachments/${attachment.id}`);
    expect((await orderAttachmentResponse(shopper, attachment.id)).status).toBe(200);

    const seenByVendor = await listOrderMessages(shops.potterVendor, partId);
    expect(seenByVendor.side).toBe("VENDOR");
    expect(seenByVendor.messages.map((message) => message.mine)).toEqual([false, true]);
    expect(seenByVendor.messages[0].authorName).toBe("Marc Petit");

    const part = await getDb().shopOrder.findUniqueOrThrow({ where: { id: partId } });
    expect(part.lastMessageAt).toEqual(seenByVendor.messages[1].createdAt);
  });

  it("lets an operator read every conversation but write only once the part is ESCALATED", async () => {
    const seen = await listOrderMessages(operator, partId);
    expect(seen.side).toBe("OPERATOR");
    expect(seen.canPost).toBe(false);
    expect(seen.messages).toHaveLength(2);

    const before = await conversationSnapshot(partId);
    expect((await refusal(postOrderMessage(operator, { shopOrderId: partId, body: "Je m'en mêle." }))).code).toBe(
      "FORBIDDEN",
    );
    expect(await conversationSnapshot(partId)).toEqual(before);

    await putPartIn(partId, "ESCALATED", { escalatedAt: new Date() });
    expect((await listOrderMessages(operator, partId)).canPost).toBe(true);
    await postOrderMessage(operator, { shopOrderId: partId, body: "Je regarde le litige." });
    const messages = (await listOrderMessages(shopper, partId)).messages;
    expect(messages.at(-1)).toMatchObject({ authorKind: "OPERATOR", authorName: null, body: "Je regarde le litige." });
    await putPartIn(partId, "ACCEPTED", { escalatedAt: null });
  });

  it("refuses another shop's vendor, another shopper and a signed-out visitor, writing nothing", async () => {
    const stranger = await createUser("SHOPPER");
    const otherVendor = await createUser("VENDOR");
    await createShop(otherVendor, { status: "APPROVED" });
    const before = await conversationSnapshot(partId);
    const cases: [Actor | null, string][] = [
      [shops.bakerVendor, "NOT_FOUND"], // the same order's other shop
      [otherVendor, "NOT_FOUND"],
      [stranger, "NOT_FOUND"],
      [null, "UNAUTHENTICATED"],
    ];
    for (const [actor, code] of cases) {
      const post = postOrderMessage(actor, { shopOrderId: partId, body: "Coucou", files: [await photo()] });
      expect((await refusal(post)).code).toBe(code);
      expect((await refusal(listOrderMessages(actor, partId))).code).toBe(code);
      expect((await refusal(markConversationRead(actor, partId))).code).toBe(code);
    }
    expect((await refusal(postOrderMessage(shopper, { shopOrderId: "nope!", body: "x" }))).code).toBe("NOT_FOUND");
    expect(await conversationSnapshot(partId)).toEqual(before);
  });

  it("refuses an empty message, one too long and a bad file, writing nothing", async () => {
    const before = await conversationSnapshot(partId);
    const disguised = new File([new TextEncoder().encode("<script>alert(1)</script>")], "photo.jpg", {
      type: "image/jpeg",
    });
    const cases: [string, File[], Record<string, string>][] = [
      ["", [], { body: "conversation.errors.empty" }],
      ["   \n  ", [new File([], "")], { body: "conversation.errors.empty" }],
      ["x".repeat(4001), [], { body: "conversation.errors.bodyTooLong" }],
      ["Voici le ticket", [disguised], { attachments: "conversation.files.notAnImageOrPdf" }],
      [
        "Six photos",
        await Promise.all(Array.from({ length: 6 }, () => photo())),
        { attachments: "conversation.files.tooMany" },
      ],
    ];
    for (const [body, files, fieldErrors] of cases) {
      const error = await refusal(postOrderMessage(shopper, { shopOrderId: partId, body, files }));
      expect(error.code).toBe("VALIDATION");
      expect(error.fieldErrors).toEqual(fieldErrors);
    }
    expect(await conversationSnapshot(partId)).toEqual(before);
    // 4,000 characters after trimming is the limit, not more
    await postOrderMessage(shopper, { shopOrderId: partId, body: ` ${"y".repeat(4000)} ` });
  });

  it("refuses an unpaid part as unknown", async () => {
    const unpaid = await getDb().shopOrder.create({
      data: {
        orderId: (await getDb().shopOrder.findUniqueOrThrow({ where: { id: partId } })).orderId,
        shopId: (await createShop(shops.potterVendor)).id,
        deliveryMethod: "POSTAL",
        itemsAmount: 100,
      },
    });
    expect((await refusal(postOrderMessage(shopper, { shopOrderId: unpaid.id, body: "Allô" }))).code).toBe("NOT_FOUND");
  });
});

describe("unread counts", () => {
  it("count others' messages after the reader's mark, per side, until the page is read", async () => {
    const shops = await twoShops();
    const paid = await paidOrder(shops);
    const shopper = paid.shopper!;
    const operator = await createUser("OPERATOR");
    const vendor = shops.potterVendor;
    const partId = paid.potteryPart.id;
    expect(await countUnreadOrderMessages(vendor)).toEqual({ vendor: 0, shopper: 0, operator: 0 });
    expect(await countUnreadOrderMessages(null)).toEqual({ vendor: 0, shopper: 0, operator: 0 });

    await postOrderMessage(shopper, { shopOrderId: partId, body: "Premier" });
    await postOrderMessage(shopper, { shopOrderId: partId, body: "Second" });
    await postOrderMessage(shopper, { shopOrderId: paid.bakeryPart.id, body: "À la boulangerie" });
    expect((await countUnreadOrderMessages(vendor)).vendor).toBe(2);
    expect((await countUnreadOrderMessages(shops.bakerVendor)).vendor).toBe(1);
    expect((await countUnreadOrderMessages(shopper)).shopper).toBe(0); // one's own messages are read
    expect((await listOrderMessages(vendor, partId)).unreadCount).toBe(2);

    // the vendor's list marks the rows with an unread message; another vendor learns nothing
    expect([...(await listUnreadParts(vendor, [partId, paid.bakeryPart.id]))]).toEqual([partId]);
    expect((await listUnreadParts(shops.bakerVendor, [partId])).size).toBe(0);
    await markConversationRead(vendor, partId);
    expect((await countUnreadOrderMessages(vendor)).vendor).toBe(0);
    expect((await listUnreadParts(vendor, [partId])).size).toBe(0);
    expect((await listOrderMessages(vendor, partId)).unreadCount).toBe(0);

    await postOrderMessage(vendor, { shopOrderId: partId, body: "Réponse" });
    expect(await countUnreadOrderMessages(shopper)).toEqual({ vendor: 0, shopper: 1, operator: 0 });
    expect((await countUnreadOrderMessages(vendor)).vendor).toBe(0);

    // a vendor who also buys: each side counted apart
    const vendorAsShopper = await paidOrder(shops, { shopper: shops.bakerVendor });
    await postOrderMessage(vendor, { shopOrderId: vendorAsShopper.potteryPart.id, body: "Merci !" });
    expect(await countUnreadOrderMessages(shops.bakerVendor)).toEqual({ vendor: 1, shopper: 1, operator: 0 });

    // operators count only escalated parts
    expect((await countUnreadOrderMessages(operator)).operator).toBe(0);
    await putPartIn(partId, "ESCALATED", { escalatedAt: new Date() });
    expect((await countUnreadOrderMessages(operator)).operator).toBe(3);
    await markConversationRead(operator, partId);
    expect((await countUnreadOrderMessages(operator)).operator).toBe(0);
    expect((await countUnreadOrderMessages(shopper)).shopper).toBe(1); // the operator's read is theirs only
  });
});
