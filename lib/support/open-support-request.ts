import "server-only";
import { appUrl } from "@/lib/app-url";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { UploadedFile } from "@/lib/files/check-document";
import { parseInput } from "@/lib/forms/parse-input";
import type { Prisma } from "@/lib/generated/prisma/client";
import { queueEmail } from "@/lib/notifications/queue-email";
import { emailLocaleOf, listOperatorInboxes } from "@/lib/notifications/recipients";
import { discardStoredFiles, storeOrderAttachments, type StoredFile } from "@/lib/orders/attachments";
import { messageExcerpt } from "@/lib/orders/conversation/message-limits";
import { parseIdOrThrow } from "@/lib/parse-id";
import { openSupportRequestSchema, supportNumberOf, supportSeriesKeyOf } from "./schemas";

export type OpenSupportRequestInput = {
  shopId: string;
  subject: string;
  body: string;
  /** chosen from the shop's recent parts */
  shopOrderId?: string;
  /** or typed: the order's number ("H-2026-7KQ4ZP") */
  orderNumber?: string;
  files?: readonly UploadedFile[];
};

type Db = ReturnType<typeof getDb> | Prisma.TransactionClient;

/** The part the request concerns: a paid part of THAT shop, else NOT_FOUND on the order field. */
async function findShopPart(
  db: Db,
  shopId: string,
  fields: { shopOrderId?: string; orderNumber?: string },
): Promise<string | null> {
  if (!fields.shopOrderId && !fields.orderNumber) return null;
  const part = await db.shopOrder.findFirst({
    where: {
      shopId,
      status: { not: "AWAITING_PAYMENT" },
      ...(fields.shopOrderId
        ? { id: fields.shopOrderId }
        : { order: { number: { equals: fields.orderNumber, mode: "insensitive" } } }),
    },
    select: { id: true },
  });
  // Said beside the field the vendor used: the select, or the typed number.
  const field = fields.shopOrderId ? "shopOrderId" : "orderNumber";
  if (!part)
    throw new AppError("NOT_FOUND", "order not found in this shop", { [field]: "support.errors.orderNotFound" });
  return part.id;
}

/**
 * Opens a support request for one of the actor's shops (docs/trust.md, vendor support): a subject
 * (3–150), a first message (1–4,000), up to 5 photos or PDFs (checked and stored before the
 * transaction, deleted again if it fails), optionally the part it concerns (of that shop only).
 * One transaction: the year's next number (`S-<year>-<6 digits>`, DocumentSequence), the request
 * (OPEN), its first message and files, and an e-mail to each operator. Another's shop: NOT_FOUND.
 */
export async function openSupportRequest(
  actor: Actor | null,
  input: OpenSupportRequestInput,
): Promise<{ id: string; number: string }> {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  const db = getDb();
  const shopId = parseIdOrThrow(input.shopId);
  const shop = await db.shop.findFirst({ where: { id: shopId, ownerId: actor.id }, select: { id: true } });
  if (!shop) throw new AppError("NOT_FOUND");
  const fields = parseInput(openSupportRequestSchema, input);
  // Checked before any file is written: a wrong order leaves nothing behind.
  await findShopPart(db, shop.id, fields);

  const stored: StoredFile[] = await storeOrderAttachments(input.files ?? [], "images-or-pdf");
  try {
    return await db.$transaction(async (tx) => {
      const shopOrderId = await findShopPart(tx, shop.id, fields);
      const year = new Date().getUTCFullYear();
      const [{ last }] = await tx.$queryRaw<{ last: number }[]>`
        INSERT INTO "DocumentSequence" ("key", "last") VALUES (${supportSeriesKeyOf(year)}, 1)
        ON CONFLICT ("key") DO UPDATE SET "last" = "DocumentSequence"."last" + 1
        RETURNING "last"`;
      const number = supportNumberOf(year, Number(last));
      const request = await tx.supportRequest.create({
        data: { number, shopId: shop.id, openedById: actor.id, shopOrderId, subject: fields.subject, status: "OPEN" },
        select: { id: true, shop: { select: { name: true } } },
      });
      const message = await tx.supportMessage.create({
        data: {
          requestId: request.id,
          authorId: actor.id,
          authorKind: "VENDOR",
          body: fields.body,
          attachments: { create: stored.map((file) => ({ ...file, requestId: request.id, uploadedById: actor.id })) },
        },
        select: { createdAt: true },
      });
      await tx.supportRequest.update({ where: { id: request.id }, data: { lastMessageAt: message.createdAt } });
      for (const operator of await listOperatorInboxes(tx, { except: actor.id })) {
        await queueEmail(tx, {
          to: operator.email,
          locale: emailLocaleOf(operator.locale),
          template: "support.opened",
          data: {
            number,
            shopName: request.shop.name,
            subject: fields.subject,
            excerpt: messageExcerpt(fields.body),
            attachmentCount: stored.length,
            url: appUrl(`/admin/support/${request.id}`),
          },
        });
      }
      return { id: request.id, number };
    });
  } catch (error) {
    await discardStoredFiles(stored);
    throw error;
  }
}
