import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { LocatedAddress } from "./address-schema";
import { SAVED_ADDRESS_SELECT, type SavedAddress } from "./list-my-addresses";

export const MAX_SAVED_ADDRESSES = 20;

/**
 * Adds a located address to a user's address book, in the caller's transaction; null (nothing
 * written) when the book already holds MAX_SAVED_ADDRESSES. The caller has checked who acts.
 */
export async function addSavedAddress(
  tx: Prisma.TransactionClient,
  userId: string,
  address: LocatedAddress,
): Promise<SavedAddress | null> {
  if ((await tx.address.count({ where: { userId } })) >= MAX_SAVED_ADDRESSES) return null;
  return tx.address.create({
    data: {
      userId,
      name: address.name,
      line1: address.line1,
      line2: address.line2 ?? null,
      postalCode: address.postalCode,
      city: address.city,
      country: address.country,
      phone: address.phone ?? null,
      latitude: address.latitude,
      longitude: address.longitude,
    },
    select: SAVED_ADDRESS_SELECT,
  });
}
