import type { Actor } from "@/lib/auth/actor";

// Whose cart: a signed-in user's, or a guest's tied to a random token kept in a cookie. Merged into
// the account's cart at sign-in.
export const CART_COOKIE = "halle_cart";
export const CART_COOKIE_MAX_AGE = 60 * 60 * 24 * 60;

export type CartOwner = { userId: string } | { guestToken: string };

/** The signed-in user's cart when there is one, else the guest cookie's, else none. */
export function cartOwnerOf(actor: Actor | null, guestToken: string | undefined): CartOwner | null {
  if (actor) return { userId: actor.id };
  if (guestToken && /^[A-Za-z0-9_-]{32,64}$/.test(guestToken)) return { guestToken };
  return null;
}

export function cartWhere(owner: CartOwner): { userId: string } | { guestToken: string } {
  return "userId" in owner ? { userId: owner.userId } : { guestToken: owner.guestToken };
}
