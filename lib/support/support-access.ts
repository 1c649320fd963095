import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseIdOrThrow } from "@/lib/parse-id";

type Db = ReturnType<typeof getDb> | Prisma.TransactionClient;

/** Who someone is in a support request: the shop's owner, or an operator. */
export type SupportSide = "VENDOR" | "OPERATOR";

const REQUEST_SELECT = {
  id: true,
  number: true,
  subject: true,
  status: true,
  shopId: true,
  shop: { select: { name: true, ownerId: true, owner: { select: { name: true, email: true, locale: true } } } },
} satisfies Prisma.SupportRequestSelect;

export type SupportRequestForActor = Prisma.SupportRequestGetPayload<{ select: typeof REQUEST_SELECT }>;

/**
 * A support request as `actor` may see it (docs/trust.md, vendor support): the owner of its shop
 * or any operator. Signed out: UNAUTHENTICATED; anyone else, an unknown id: NOT_FOUND. The owner
 * is in the `where`.
 */
export async function findSupportRequest(
  db: Db,
  actor: Actor | null,
  requestId: string,
): Promise<{ request: SupportRequestForActor; side: SupportSide }> {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  const id = parseIdOrThrow(requestId);
  const request = await db.supportRequest.findFirst({
    where: { id, ...(actor.role === "OPERATOR" ? {} : { shop: { ownerId: actor.id } }) },
    select: REQUEST_SELECT,
  });
  if (!request) throw new AppError("NOT_FOUND");
  return { request, side: request.shop.ownerId === actor.id ? "VENDOR" : "OPERATOR" };
}
