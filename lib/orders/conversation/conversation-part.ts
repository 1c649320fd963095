import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseIdOrThrow } from "@/lib/parse-id";

type Db = ReturnType<typeof getDb> | Prisma.TransactionClient;

/** Who someone is in a part's conversation (docs/domain.md, conversation). */
export type ConversationSide = "SHOPPER" | "VENDOR" | "OPERATOR";

const PART_SELECT = {
  id: true,
  status: true,
  lastMessageAt: true,
  order: { select: { id: true, userId: true, customerName: true } },
  shop: { select: { ownerId: true, name: true } },
} satisfies Prisma.ShopOrderSelect;

export type ConversationPart = Prisma.ShopOrderGetPayload<{ select: typeof PART_SELECT }>;

/**
 * A paid part's conversation as `actor` may see it: its shopper (a signed-in Order.userId), its
 * shop's owner, or any operator — who may write only while the part is ESCALATED. Signed out:
 * UNAUTHENTICATED; anyone else, an unknown id, an unpaid part: NOT_FOUND. The tenant is in the `where`.
 */
export async function findConversationPart(
  db: Db,
  actor: Actor | null,
  shopOrderId: string,
): Promise<{ part: ConversationPart; side: ConversationSide; canPost: boolean }> {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  const id = parseIdOrThrow(shopOrderId);
  const part = await db.shopOrder.findFirst({
    where: {
      id,
      status: { not: "AWAITING_PAYMENT" },
      ...(actor.role === "OPERATOR" ? {} : { OR: [{ order: { userId: actor.id } }, { shop: { ownerId: actor.id } }] }),
    },
    select: PART_SELECT,
  });
  if (!part) throw new AppError("NOT_FOUND");
  const side: ConversationSide =
    part.order.userId === actor.id ? "SHOPPER" : part.shop.ownerId === actor.id ? "VENDOR" : "OPERATOR";
  return { part, side, canPost: side !== "OPERATOR" || part.status === "ESCALATED" };
}
