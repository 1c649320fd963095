import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { findConversationPart, type ConversationSide } from "./conversation-part";

export type OrderMessageAttachmentView = {
  id: string;
  fileName: string;
  contentType: string;
  byteSize: number;
  /** served by app/orders/attachments/[attachmentId]/route.ts, which checks the viewer again */
  url: string;
  isImage: boolean;
};

export type OrderMessageView = {
  id: string;
  authorKind: ConversationSide;
  /** the shopper's name, the shop's name; null for an operator (the page names the team) */
  authorName: string | null;
  mine: boolean;
  /** by someone else, after the viewer's last read */
  unread: boolean;
  body: string;
  createdAt: Date;
  attachments: OrderMessageAttachmentView[];
};

export type OrderConversation = {
  shopOrderId: string;
  side: ConversationSide;
  /** false for an operator while the part is not ESCALATED: they read, they do not write */
  canPost: boolean;
  /** oldest first, newest last */
  messages: OrderMessageView[];
  /** messages by others after the viewer's last read (before this page view marks them read) */
  unreadCount: number;
};

/** A conversation holds a few dozen messages; past this, the newest are shown. */
const MESSAGES_SHOWN = 200;

/**
 * A part's conversation for its shopper, its shop's owner or any operator (findConversationPart
 * says who; anyone else NOT_FOUND). Pages call markConversationRead after showing it.
 */
export async function listOrderMessages(actor: Actor | null, shopOrderId: string): Promise<OrderConversation> {
  const db = getDb();
  const { part, side, canPost } = await findConversationPart(db, actor, shopOrderId);
  const viewerId = actor!.id;
  const [rows, read] = await Promise.all([
    db.orderMessage.findMany({
      where: { shopOrderId: part.id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: MESSAGES_SHOWN,
      select: {
        id: true,
        authorId: true,
        authorKind: true,
        body: true,
        createdAt: true,
        attachments: {
          orderBy: { createdAt: "asc" },
          select: { id: true, fileName: true, contentType: true, byteSize: true },
        },
      },
    }),
    db.conversationRead.findUnique({
      where: { shopOrderId_userId: { shopOrderId: part.id, userId: viewerId } },
      select: { lastReadAt: true },
    }),
  ]);
  const messages = rows.reverse().map((row): OrderMessageView => {
    const authorKind = row.authorKind === "JOB" ? "OPERATOR" : row.authorKind;
    return {
      id: row.id,
      authorKind,
      authorName:
        authorKind === "VENDOR" ? part.shop.name : authorKind === "SHOPPER" ? part.order.customerName || null : null,
      mine: row.authorId === viewerId,
      unread: row.authorId !== viewerId && (!read || row.createdAt > read.lastReadAt),
      body: row.body,
      createdAt: row.createdAt,
      attachments: row.attachments.map((file) => ({
        ...file,
        url: `/orders/attachments/${file.id}`,
        isImage: file.contentType.startsWith("image/"),
      })),
    };
  });
  const unreadCount = messages.filter((message) => message.unread).length;
  return { shopOrderId: part.id, side, canPost, messages, unreadCount };
}
