// Vendor support (docs/trust.md, vendor support): opening a request, who may read and write,
// the statuses, the e-mails, the numbers and the checked attachment route.
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { closeSupportRequest } from "@/lib/support/close-support-request";
import { supportAttachmentResponse } from "@/lib/support/attachments";
import { getSupportRequest, listSupportOrderChoices } from "@/lib/support/get-support-request";
import {
  countWaitingSupportRequests,
  listMySupportRequests,
  listSupportQueue,
} from "@/lib/support/list-support-requests";
import { openSupportRequest } from "@/lib/support/open-support-request";
import { postSupportMessage } from "@/lib/support/post-support-message";
import { createShop, createUser, paidOrder, refusal, twoShops, type Shops } from "../orders/order-fixtures";

let privateDir: string;

beforeAll(async () => {
  privateDir = await mkdtemp(path.join(tmpdir(), "halle-support-"));
  process.env.HALLE_PRIVATE_FILES_DIR = privateDir;
});

afterAll(async () => {
  delete process.env.HALLE_PRIVATE_FILES_DIR;
  await rm(privateDir, { recursive: true, force: true });
});

const photo = async (name = "etiquette.png") =>
  new File(
    [
      new Uint8Array(
        await sharp({ create: { width: 6, height: 6, channels: 3, background: "#0a5" } })
          .png()
          .toBuffer(),
      ),
    ],
    name,
    { type: "image/png" },
  );
const storedFiles = () => readdir(path.join(privateDir, "order-files")).catch(() => [] as string[]);

/** Everything opening a request or writing in one may write. */
async function supportSnapshot() {
  const db = getDb();
  return {
    requests: await db.supportRequest.findMany({ orderBy: { id: "asc" } }),
    messages: await db.supportMessage.count(),
    attachments: await db.supportAttachment.count(),
    sequences: await db.documentSequence.findMany({ where: { key: { startsWith: "SUPPORT-" } } }),
    emails: await db.emailMessage.count(),
    files: (await storedFiles()).length,
  };
}

const emailsTo = (to: string, template: string) =>
  getDb().emailMessage.findMany({ where: { to, template }, orderBy: { createdAt: "asc" } });

describe("vendor support", () => {
  let shops: Shops;
  let shopper: Actor;
  let operators: Actor[];
  let bakeryPartId: string;
  let potteryPartId: string;
  let orderNumber: string;

  beforeAll(async () => {
    shops = await twoShops();
    const paid = await paidOrder(shops);
    shopper = paid.shopper!;
    bakeryPartId = paid.bakeryPart.id;
    potteryPartId = paid.potteryPart.id;
    orderNumber = paid.order.number;
    operators = [await createUser("OPERATOR", "Nora Opératrice"), await createUser("OPERATOR", "Paul Opérateur")];
    await getDb().user.update({ where: { id: operators[1].id }, data: { locale: "en" } });
  });

  it("opens a request about one of the shop's orders: number, OPEN, first message and photo, operators e-mailed", async () => {
    const opened = await openSupportRequest(shops.bakerVendor, {
      shopId: shops.bakery.id,
      subject: "  Client injoignable  ",
      body: "  Le client ne vient pas chercher sa commande.  ",
      shopOrderId: bakeryPartId,
      files: [await photo("vitrine.png"), new File([], "")],
    });
    const year = new Date().getUTCFullYear();
    expect(opened.number).toBe(`S-${year}-000001`);

    const request = await getSupportRequest(shops.bakerVendor, opened.id);
    expect(request).toMatchObject({
      number: opened.number,
      subject: "Client injoignable",
      status: "OPEN",
      side: "VENDOR",
      shop: { id: shops.bakery.id, name: shops.bakery.name },
      shopOrder: { id: bakeryPartId, orderNumber },
      openedByName: "Léa Boulangère",
    });
    expect(request.messages).toHaveLength(1);
    expect(request.messages[0]).toMatchObject({
      authorKind: "VENDOR",
      mine: true,
      body: "Le client ne vient pas chercher sa commande.",
    });
    expect(request.messages[0].attachments).toHaveLength(1);
    expect(request.messages[0].attachments[0]).toMatchObject({
      fileName: "vitrine.png",
      contentType: "image/png",
      isImage: true,
    });
    expect(await storedFiles()).toHaveLength(1);

    const [fr] = await emailsTo(operators[0].email, "support.opened");
    expect(fr.locale).toBe("fr");
    expect(fr.subject).toContain(opened.number);
    expect(fr.subject).toContain(shops.bakery.name);
    expect(fr.text).toContain("Le client ne vient pas chercher sa commande.");
    expect(fr.text).toContain(`/admin/support/${opened.id}`);
    expect(fr.text).toContain("Fichiers joints : 1.");
    const [en] = await emailsTo(operators[1].email, "support.opened");
    expect(en.locale).toBe("en");
    expect(en.subject).toContain("New support request");
    expect(await emailsTo(shops.bakerVendor.email, "support.opened")).toHaveLength(0);

    // The next request takes the next number of the year's series; an order may be typed by number.
    const second = await openSupportRequest(shops.bakerVendor, {
      shopId: shops.bakery.id,
      subject: "Question",
      body: "Une question sur la commande.",
      orderNumber: ` ${orderNumber.toUpperCase()} `,
    });
    expect(second.number).toBe(`S-${year}-000002`);
    expect((await getSupportRequest(shops.bakerVendor, second.id)).shopOrder?.id).toBe(bakeryPartId);
  });

  it("refuses bad input and writes nothing, no stored file left", async () => {
    const before = await supportSnapshot();
    const base = { shopId: shops.bakery.id, subject: "Un souci", body: "Bonjour" };
    const disguised = new File([new TextEncoder().encode("<script>alert(1)</script>")], "photo.jpg", {
      type: "image/jpeg",
    });
    const cases: [string, Parameters<typeof openSupportRequest>[1], string, Record<string, string>][] = [
      [
        "empty",
        { ...base, subject: "  ", body: " " },
        "VALIDATION",
        {
          subject: "support.errors.subjectTooShort",
          body: "support.errors.bodyRequired",
        },
      ],
      [
        "subject too long",
        { ...base, subject: "s".repeat(151) },
        "VALIDATION",
        {
          subject: "support.errors.subjectTooLong",
        },
      ],
      [
        "message too long",
        { ...base, body: "m".repeat(4001) },
        "VALIDATION",
        {
          body: "support.errors.bodyTooLong",
        },
      ],
      [
        "another shop's order",
        { ...base, shopOrderId: potteryPartId, files: [await photo()] },
        "NOT_FOUND",
        {
          shopOrderId: "support.errors.orderNotFound",
        },
      ],
      [
        "an unknown order number",
        { ...base, orderNumber: "H-0000-NOPE" },
        "NOT_FOUND",
        {
          orderNumber: "support.errors.orderNotFound",
        },
      ],
      [
        "a bad file type",
        { ...base, files: [await photo(), disguised] },
        "VALIDATION",
        {
          attachments: "conversation.files.notAnImageOrPdf",
        },
      ],
      [
        "too many files",
        { ...base, files: await Promise.all([1, 2, 3, 4, 5, 6].map(() => photo())) },
        "VALIDATION",
        {
          attachments: "conversation.files.tooMany",
        },
      ],
    ];
    for (const [name, input, code, fieldErrors] of cases) {
      const refused = await refusal(openSupportRequest(shops.bakerVendor, input));
      expect([name, refused.code, refused.fieldErrors]).toEqual([name, code, fieldErrors]);
    }
    expect(await supportSnapshot()).toEqual(before);
  });

  it("follows the author: an operator answers (ANSWERED, vendor e-mailed), the vendor replies (OPEN), close, reopen", async () => {
    const { id } = await openSupportRequest(shops.potterVendor, {
      shopId: shops.pottery.id,
      subject: "Virement non reçu",
      body: "Le virement de mars n'est pas arrivé.",
    });
    const status = async () => (await getDb().supportRequest.findUniqueOrThrow({ where: { id } })).status;
    await getDb().user.update({ where: { id: shops.potterVendor.id }, data: { locale: "en" } });

    await postSupportMessage(operators[0], { requestId: id, body: "Il part demain, avec nos excuses." });
    expect(await status()).toBe("ANSWERED");
    const [answered] = await emailsTo(shops.potterVendor.email, "support.message");
    expect(answered.locale).toBe("en");
    expect(answered.subject).toContain("the team answered you");
    expect(answered.text).toContain("Il part demain, avec nos excuses.");
    expect(answered.text).toContain(`/dashboard/support/${id}`);
    expect(await countWaitingSupportRequests(shops.potterVendor)).toEqual({ vendor: 1, operator: 0 });

    const operatorMailsBefore = (await emailsTo(operators[1].email, "support.message")).length;
    await postSupportMessage(shops.potterVendor, { requestId: id, body: "Merci !", files: [await photo()] });
    expect(await status()).toBe("OPEN");
    const toOperator = await emailsTo(operators[1].email, "support.message");
    expect(toOperator).toHaveLength(operatorMailsBefore + 1);
    expect(toOperator.at(-1)!.text).toContain("Merci !");
    expect(toOperator.at(-1)!.text).toContain(`/admin/support/${id}`);

    // The vendor closes: no e-mail; closing twice is a conflict.
    const emailsBefore = await getDb().emailMessage.count();
    await closeSupportRequest(shops.potterVendor, id);
    const closed = await getDb().supportRequest.findUniqueOrThrow({ where: { id } });
    expect(closed).toMatchObject({ status: "CLOSED", closedById: shops.potterVendor.id });
    expect(closed.closedAt).toBeInstanceOf(Date);
    expect(await getDb().emailMessage.count()).toBe(emailsBefore);
    expect((await refusal(closeSupportRequest(operators[0], id))).code).toBe("CONFLICT");

    // The vendor writing in a closed request reopens it (OPEN).
    await postSupportMessage(shops.potterVendor, { requestId: id, body: "Finalement, toujours rien." });
    expect(await getDb().supportRequest.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "OPEN",
      closedAt: null,
      closedById: null,
    });

    // An operator closes: the vendor is told; an operator writing in it reopens it as ANSWERED.
    await closeSupportRequest(operators[0], id);
    const [closedMail] = await emailsTo(shops.potterVendor.email, "support.closed");
    expect(closedMail.subject).toContain("closed");
    expect(closedMail.text).toContain(`/dashboard/support/${id}`);
    await postSupportMessage(operators[1], { requestId: id, body: "Le virement est parti." });
    expect(await status()).toBe("ANSWERED");

    const thread = await getSupportRequest(shops.potterVendor, id);
    expect(thread.messages.map((message) => [message.authorKind, message.mine])).toEqual([
      ["VENDOR", true],
      ["OPERATOR", false],
      ["VENDOR", true],
      ["VENDOR", true],
      ["OPERATOR", false],
    ]);
  });

  it("lists: the vendor's own requests; the operators' queue OPEN first, oldest waiting first, filtered", async () => {
    const mine = await listMySupportRequests(shops.bakerVendor, {});
    expect(mine.total).toBe(2);
    expect(mine.rows.every((row) => row.shopId === shops.bakery.id)).toBe(true);
    expect((await listMySupportRequests(shopper, {})).total).toBe(0);

    const queue = await listSupportQueue(operators[0], {});
    expect(queue.total).toBe(3);
    const rank = { OPEN: 0, ANSWERED: 1, CLOSED: 2 };
    const ranks = queue.rows.map((row) => rank[row.status]);
    expect(ranks).toEqual([...ranks].sort());
    const open = queue.rows.filter((row) => row.status === "OPEN").map((row) => row.lastMessageAt.getTime());
    expect(open).toEqual([...open].sort((a, b) => a - b));
    expect(queue.shops.map((shop) => shop.id).sort()).toEqual([shops.bakery.id, shops.pottery.id].sort());

    const pottery = await listSupportQueue(operators[0], { shop: shops.pottery.id });
    expect(pottery.rows.map((row) => row.shopId)).toEqual([shops.pottery.id]);
    const answered = await listSupportQueue(operators[0], { status: "ANSWERED" });
    expect(answered.rows.map((row) => row.status)).toEqual(["ANSWERED"]);
    expect(await countWaitingSupportRequests(operators[0])).toEqual({ vendor: 0, operator: 2 });
  });

  it("offers only the shop's own paid parts in the order select", async () => {
    expect((await listSupportOrderChoices(shops.bakerVendor, shops.bakery.id)).map((part) => part.id)).toEqual([
      bakeryPartId,
    ]);
    expect(await listSupportOrderChoices(shops.bakerVendor, shops.pottery.id)).toEqual([]);
  });

  it("refuses another shop's vendor, a shopper and a signed-out visitor on every action and read, changing nothing", async () => {
    const { id } = await openSupportRequest(shops.bakerVendor, {
      shopId: shops.bakery.id,
      subject: "Photo floue",
      body: "Voici la photo.",
      files: [await photo("preuve.png")],
    });
    const attachmentId = (await getSupportRequest(shops.bakerVendor, id)).messages[0].attachments[0].id;
    const otherVendor = await createUser("VENDOR");
    await createShop(otherVendor, { status: "APPROVED" });
    const before = await supportSnapshot();
    const cases: [Actor | null, string][] = [
      [shops.potterVendor, "NOT_FOUND"],
      [otherVendor, "NOT_FOUND"],
      [shopper, "NOT_FOUND"],
      [null, "UNAUTHENTICATED"],
    ];
    for (const [actor, code] of cases) {
      const open = openSupportRequest(actor, { shopId: shops.bakery.id, subject: "Pirate", body: "Coucou" });
      expect((await refusal(open)).code).toBe(code);
      const post = postSupportMessage(actor, { requestId: id, body: "Coucou", files: [await photo()] });
      expect((await refusal(post)).code).toBe(code);
      expect((await refusal(closeSupportRequest(actor, id))).code).toBe(code);
      expect((await refusal(getSupportRequest(actor, id))).code).toBe(code);
      expect((await supportAttachmentResponse(actor, attachmentId)).status).toBe(code === "NOT_FOUND" ? 404 : 401);
    }
    // The operators' queue is theirs only.
    for (const actor of [shops.bakerVendor, shopper])
      expect((await refusal(listSupportQueue(actor, {}))).code).toBe("FORBIDDEN");
    expect((await refusal(listSupportQueue(null, {}))).code).toBe("UNAUTHENTICATED");
    expect((await refusal(listMySupportRequests(null, {}))).code).toBe("UNAUTHENTICATED");
    expect((await listMySupportRequests(otherVendor, {})).total).toBe(0);
    expect((await refusal(getSupportRequest(operators[0], "nope!"))).code).toBe("NOT_FOUND");
    expect(await supportSnapshot()).toEqual(before);

    // The shop's owner and operators get the file (a sandboxed download), never cached.
    for (const actor of [shops.bakerVendor, operators[1]]) {
      const response = await supportAttachmentResponse(actor, attachmentId);
      expect(response.status).toBe(200);
      expect(response.headers.get("Content-Type")).toBe("image/png");
      expect(response.headers.get("Cache-Control")).toBe("private, no-store");
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(0);
    }
    expect((await supportAttachmentResponse(operators[0], "unknown-id")).status).toBe(404);
  });
});
