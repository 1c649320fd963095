import "server-only";
import { cookies } from "next/headers";
import type { Actor } from "@/lib/auth/actor";
import { cookieOptions } from "@/lib/http/cookie-options";
import { CART_COOKIE, CART_COOKIE_MAX_AGE, cartOwnerOf, type CartOwner } from "./cart-owner";
import { newGuestToken } from "./guest-token";

// The guest cart's cookie: read by pages, written only by server actions and the sign-in handler.

/** Whose cart the viewer sees: the signed-in user's, else the guest cookie's, else none yet. */
export async function readCartOwner(actor: Actor | null): Promise<CartOwner | null> {
  return cartOwnerOf(actor, (await cookies()).get(CART_COOKIE)?.value);
}

/** For actions that put something in the cart: a guest without a cart cookie gets one. */
export async function cartOwnerForWriting(actor: Actor | null): Promise<CartOwner> {
  const owner = await readCartOwner(actor);
  if (owner) return owner;
  const guestToken = newGuestToken();
  (await cookies()).set(CART_COOKIE, guestToken, cookieOptions({ maxAge: CART_COOKIE_MAX_AGE }));
  return { guestToken };
}

/** The guest token in the cookie, if it is well-formed (for the merge at sign-in). */
export async function readGuestToken(): Promise<string | null> {
  const owner = cartOwnerOf(null, (await cookies()).get(CART_COOKIE)?.value);
  return owner && "guestToken" in owner ? owner.guestToken : null;
}

export async function clearCartCookie(): Promise<void> {
  (await cookies()).delete(CART_COOKIE);
}
