import "server-only";
import { appUrl } from "@/lib/app-url";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import type { UploadedFile } from "@/lib/files/check-document";
import { parseInput } from "@/lib/forms/parse-input";
import { queueEmail } from "@/lib/notifications/queue-email";
import { emailLocaleOf, listOperatorInboxes } from "@/lib/notifications/recipients";
import { discardStoredFiles, storeOrderAttachments, type StoredFile } from "@/lib/orders/attachments";
import { messageExcerpt } from "@/lib/orders/conversation/message-limits";
import { supportMessageSchema } from "./schemas";
import { findSupportRequest } from "./support-access";

export type PostSupportMessageInput = { requestId: string; body: string; files?: readonly UploadedFile[] };

/**
 * Writes in a support request (docs/trust.md, vendor support), by its shop's owner or an operator
 * (anyone else NOT_FOUND). The body is trimmed, 1–4,000 characters; up to 5 photos or PDFs, stored
 * before the transaction and deleted again if it fails. The status follows the author: the vendor
 * writing makes it OPEN (a CLOSED request reopens), an operator writing makes it ANSWERED. One
 * transaction: the message and its files, the request's status and lastMessageAt, and the other
 * side's e-mails (each operator but the author, or the shop's owner).
 */
export async function postSupportMessage(actor: Actor | null, input: PostSupportMessageInput): Promise<{ id: string }> {
  const db = getDb();
  await findSupportRequest(db, actor, input.requestId);
  const author = actor!;
  const { body } = parseInput(supportMessageSchema, { body: input.body });

  const stored: StoredFile[] = await storeOrderAttachments(input.files ?? [], "images-or-pdf");
  try {
    return await db.$transaction(async (tx) => {
      const { request, side } = await findSupportRequest(tx, author, input.requestId);
      const message = await tx.supportMessage.create({
        data: {
          requestId: request.id,
          authorId: author.id,
          authorKind: side,
          body,
          attachments: { create: stored.map((file) => ({ ...file, requestId: request.id, uploadedById: author.id })) },
        },
        select: { id: true, createdAt: true },
      });
      await tx.supportRequest.update({
        where: { id: request.id },
        data: {
          status: side === "VENDOR" ? "OPEN" : "ANSWERED",
          lastMessageAt: message.createdAt,
          closedAt: null,
          closedById: null,
        },
      });
      const base = {
        number: request.number,
        shopName: request.shop.name,
        subject: request.subject,
        excerpt: messageExcerpt(body),
        attachmentCount: stored.length,
      };
      if (side === "VENDOR") {
        for (const operator of await listOperatorInboxes(tx, { except: author.id })) {
          await queueEmail(tx, {
            to: operator.email,
            locale: emailLocaleOf(operator.locale),
            template: "support.message",
            data: { ...base, to: "operator", recipientName: null, url: appUrl(`/admin/support/${request.id}`) },
          });
        }
      } else {
        await queueEmail(tx, {
          to: request.shop.owner.email,
          locale: emailLocaleOf(request.shop.owner.locale),
          template: "support.message",
          data: {
            ...base,
            to: "vendor",
            recipientName: request.shop.owner.name || null,
            url: appUrl(`/dashboard/support/${request.id}`),
          },
        });
      }
      return { id: message.id };
    });
  } catch (error) {
    await discardStoredFiles(stored);
    throw error;
  }
}
