import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";

export type SavedAddress = {
  id: string;
  name: string;
  line1: string;
  line2: string | null;
  postalCode: string;
  city: string;
  country: string;
  phone: string | null;
  latitude: number | null;
  longitude: number | null;
};

export const SAVED_ADDRESS_SELECT = {
  id: true,
  name: true,
  line1: true,
  line2: true,
  postalCode: true,
  city: true,
  country: true,
  phone: true,
  latitude: true,
  longitude: true,
} as const;

/** The signed-in shopper's saved addresses, most recent first; none when signed out. */
export async function listMyAddresses(actor: Actor | null): Promise<SavedAddress[]> {
  if (!actor) return [];
  return getDb().address.findMany({
    where: { userId: actor.id },
    orderBy: { createdAt: "desc" },
    take: 20,
    select: SAVED_ADDRESS_SELECT,
  });
}
