import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { findConversationPart } from "./conversation-part";

/**
 * Marks a part's conversation read up to its latest message, for whoever may see it (page views
 * call it). The mark is the part's lastMessageAt, not the clock, and it never moves back; with no
 * message there is nothing to mark.
 */
export async function markConversationRead(actor: Actor | null, shopOrderId: string): Promise<void> {
  const db = getDb();
  const { part } = await findConversationPart(db, actor, shopOrderId);
  const upTo = part.lastMessageAt;
  if (!upTo) return;
  const key = { shopOrderId: part.id, userId: actor!.id };
  await db.$transaction(async (tx) => {
    await tx.conversationRead.createMany({ data: [{ ...key, lastReadAt: upTo }], skipDuplicates: true });
    await tx.conversationRead.updateMany({ where: { ...key, lastReadAt: { lt: upTo } }, data: { lastReadAt: upTo } });
  });
}
