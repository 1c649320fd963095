import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { UploadedFile } from "@/lib/files/check-document";
import { parseInput } from "@/lib/forms/parse-input";
import { discardStoredFiles, storeOrderAttachments, type StoredFile } from "../attachments";
import { findConversationPart } from "./conversation-part";
import { messageExcerpt, messageTextSchema } from "./message-limits";
import { queueOrderMessageEmails } from "./queue-order-message-emails";

export type PostOrderMessageInput = { shopOrderId: string; body: string; files?: readonly UploadedFile[] };

/**
 * Writes a message in a part's conversation (docs/domain.md, conversation): by its shopper, its
 * shop's owner, or an operator while the part is ESCALATED (else FORBIDDEN). The body is trimmed
 * (4,000 characters at most); a message needs a body or a file (photos or PDFs, checked and stored
 * before the transaction, deleted again if it fails). One transaction: the message and its
 * attachments, the part's lastMessageAt, the author's ConversationRead and the others' e-mails.
 */
export async function postOrderMessage(actor: Actor | null, input: PostOrderMessageInput): Promise<{ id: string }> {
  const db = getDb();
  const first = await findConversationPart(db, actor, input.shopOrderId);
  if (!first.canPost) throw new AppError("FORBIDDEN", "operators write only in escalated parts");
  const author = actor!;
  const { body } = parseInput(messageTextSchema, { body: input.body });
  const files = (input.files ?? []).filter((file) => file.size > 0);
  if (!body && files.length === 0)
    throw new AppError("VALIDATION", "empty message", { body: "conversation.errors.empty" });

  const stored: StoredFile[] = await storeOrderAttachments(files, "images-or-pdf");
  try {
    return await db.$transaction(async (tx) => {
      // Checked again inside: an escalation may have been decided since (docs/domain.md, returns).
      const { part, side, canPost } = await findConversationPart(tx, author, input.shopOrderId);
      if (!canPost) throw new AppError("FORBIDDEN", "operators write only in escalated parts");
      const message = await tx.orderMessage.create({
        data: {
          shopOrderId: part.id,
          authorId: author.id,
          authorKind: side,
          body,
          attachments: {
            create: stored.map((file) => ({ ...file, shopOrderId: part.id, uploadedById: author.id })),
          },
        },
        select: { id: true, createdAt: true },
      });
      // Never moves back: two messages at once leave the later one's instant.
      await tx.shopOrder.updateMany({
        where: { id: part.id, OR: [{ lastMessageAt: null }, { lastMessageAt: { lt: message.createdAt } }] },
        data: { lastMessageAt: message.createdAt },
      });
      await tx.conversationRead.upsert({
        where: { shopOrderId_userId: { shopOrderId: part.id, userId: author.id } },
        create: { shopOrderId: part.id, userId: author.id, lastReadAt: message.createdAt },
        update: { lastReadAt: message.createdAt },
      });
      await queueOrderMessageEmails(tx, {
        shopOrderId: part.id,
        authorId: author.id,
        side,
        excerpt: messageExcerpt(body),
        attachmentCount: stored.length,
      });
      return { id: message.id };
    });
  } catch (error) {
    await discardStoredFiles(stored);
    throw error;
  }
}
