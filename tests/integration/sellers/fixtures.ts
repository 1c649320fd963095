// Test data for the operator's review: users of each role and shops in a given state.
import { randomBytes } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import type { Prisma, Role } from "@/lib/generated/prisma/client";

const unique = () => randomBytes(4).toString("hex");

export async function createUser(role: Role, name = `${role.toLowerCase()} ${unique()}`): Promise<Actor> {
  return getDb().user.create({
    data: { email: `${role.toLowerCase()}-${unique()}@example.test`, name, passwordHash: "x", role },
    select: { id: true, role: true, name: true, email: true },
  });
}

export async function createShop(owner: Actor, data: Partial<Prisma.ShopUncheckedCreateInput> = {}) {
  const suffix = unique();
  return getDb().shop.create({
    data: {
      slug: `shop-${suffix}`,
      name: `Shop ${suffix}`,
      trade: "Boulangerie",
      city: "Lyon",
      ownerId: owner.id,
      ...data,
    },
  });
}

/** Everything a review action may write: the shop row, and the shop's e-mails and audit rows. */
export async function snapshot(shopId: string) {
  const db = getDb();
  const shop = await db.shop.findUniqueOrThrow({ where: { id: shopId } });
  const owner = await db.user.findUniqueOrThrow({ where: { id: shop.ownerId }, select: { email: true } });
  return {
    shop,
    emails: await db.emailMessage.count({ where: { to: owner.email } }),
    audits: await db.auditLog.count({ where: { entityType: "Shop", entityId: shopId } }),
  };
}

export async function refusal(
  promise: Promise<unknown>,
): Promise<{ code: string; fieldErrors: Record<string, string> }> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!error || typeof error !== "object" || !("code" in error))
    throw new Error(`expected an AppError, got ${String(error)}`);
  return error as { code: string; fieldErrors: Record<string, string> };
}
