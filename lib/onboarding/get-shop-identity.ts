import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import type { LegalEntityType } from "@/lib/generated/prisma/client";
import { getOwnedShopOrThrow } from "@/lib/shops/get-owned-shop";

export type ShopIdentity = {
  legalType: LegalEntityType | null;
  legalName: string | null;
  registrationNumber: string | null;
  vatNumber: string | null;
  /** the name the vendor gave the stored document; its storage key never leaves the server */
  documentName: string | null;
};

/** The identity step's current values, for the vendor's own shop only (NOT_FOUND otherwise). */
export async function getShopIdentity(actor: Actor | null, shopId: string): Promise<ShopIdentity> {
  const shop = await getOwnedShopOrThrow(getDb(), actor, shopId, {
    legalType: true,
    legalName: true,
    registrationNumber: true,
    vatNumber: true,
    identityDocumentKey: true,
    identityDocumentName: true,
  });
  return {
    legalType: shop.legalType,
    legalName: shop.legalName,
    registrationNumber: shop.registrationNumber,
    vatNumber: shop.vatNumber,
    documentName: shop.identityDocumentKey ? (shop.identityDocumentName ?? "") : null,
  };
}
