import "server-only";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseIdOrThrow } from "@/lib/parse-id";
import { getOwnedShopOrThrow } from "@/lib/shops/get-owned-shop";

type Db = ReturnType<typeof getDb> | Prisma.TransactionClient;

/**
 * The shop whose statements and invoices are read (docs/payouts.md, statements): the vendor's own
 * shop, closed ones included (their history stays readable), or any shop for an operator.
 * Another vendor's shop or an unknown id: NOT_FOUND; a shopper: FORBIDDEN; signed out: UNAUTHENTICATED.
 */
export async function getStatementShopOrThrow<S extends Prisma.ShopSelect>(
  db: Db,
  actor: Actor | null,
  shopId: string,
  select: S,
): Promise<Prisma.ShopGetPayload<{ select: S }>> {
  assertRole(actor, "VENDOR", "OPERATOR");
  if (actor.role === "VENDOR") return getOwnedShopOrThrow(db, actor, shopId, select, { includeClosed: true });
  const shop = await db.shop.findUnique({ where: { id: parseIdOrThrow(shopId) }, select });
  if (!shop) throw new AppError("NOT_FOUND");
  return shop as Prisma.ShopGetPayload<{ select: S }>;
}

/** The marketplace's currency and legal details, printed on statements and invoices. */
export async function readMarketplaceParty(db: Db) {
  const settings = await db.marketplaceSettings.findUnique({
    where: { id: 1 },
    select: {
      name: true,
      currency: true,
      feesVatBps: true,
      legalName: true,
      legalAddress: true,
      legalRegistrationNumber: true,
      legalVatNumber: true,
    },
  });
  return {
    currency: settings?.currency ?? "EUR",
    feesVatBps: settings?.feesVatBps ?? 0,
    party: {
      name: settings?.legalName || settings?.name || "Halle",
      tradeName: settings?.name ?? "Halle",
      address: settings?.legalAddress ?? "",
      registrationNumber: settings?.legalRegistrationNumber ?? "",
      vatNumber: settings?.legalVatNumber ?? "",
    },
  };
}
