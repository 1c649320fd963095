import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { queryRows } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

/** Unread messages by others, per place they are read: the shop's orders, my orders, the disputes. */
export type UnreadOrderMessages = { vendor: number; shopper: number; operator: number };

/**
 * How many messages by others the actor has not read (docs/domain.md, conversation): in the parts
 * of the shops they own (vendor), of the orders they placed (shopper), and for an operator in the
 * ESCALATED parts. One statement: only parts whose lastMessageAt is after the actor's read mark
 * are looked into, then their messages through OrderMessage(shopOrderId, createdAt).
 */
export async function countUnreadOrderMessages(actor: Actor | null): Promise<UnreadOrderMessages> {
  const counts: UnreadOrderMessages = { vendor: 0, shopper: 0, operator: 0 };
  if (!actor) return counts;
  const rows = await queryRows<{ side: keyof UnreadOrderMessages; unread: number }>(Prisma.sql`
    WITH parts AS (
      SELECT so.id, so."lastMessageAt", 'vendor' AS side
        FROM "ShopOrder" so JOIN "Shop" s ON s.id = so."shopId"
       WHERE s."ownerId" = ${actor.id} AND so."lastMessageAt" IS NOT NULL
      UNION ALL
      SELECT so.id, so."lastMessageAt", 'shopper' AS side
        FROM "ShopOrder" so JOIN "Order" o ON o.id = so."orderId"
       WHERE o."userId" = ${actor.id} AND so."lastMessageAt" IS NOT NULL
      UNION ALL
      SELECT so.id, so."lastMessageAt", 'operator' AS side
        FROM "ShopOrder" so
       WHERE ${actor.role === "OPERATOR"} AND so.status = 'ESCALATED' AND so."lastMessageAt" IS NOT NULL
    ), behind AS (
      SELECT parts.id, parts.side, r."lastReadAt"
        FROM parts
        LEFT JOIN "ConversationRead" r ON r."shopOrderId" = parts.id AND r."userId" = ${actor.id}
       WHERE r."lastReadAt" IS NULL OR parts."lastMessageAt" > r."lastReadAt"
    )
    SELECT behind.side, count(*)::int AS unread
      FROM behind
      JOIN "OrderMessage" m ON m."shopOrderId" = behind.id
       AND m."createdAt" > coalesce(behind."lastReadAt", '-infinity'::timestamp)
       AND m."authorId" IS DISTINCT FROM ${actor.id}
     GROUP BY behind.side
  `);
  for (const row of rows) counts[row.side] = row.unread;
  return counts;
}
