import "server-only";
import { clearCartCookie, readGuestToken } from "./cart-cookie";
import { mergeGuestCart } from "./merge-guest-cart";

/**
 * Called by next-auth when a user signs in (sign-up signs in too): the guest cart of this browser
 * joins the user's, and the guest cookie goes. A failure never blocks the sign-in: it is logged
 * and the guest cart stays where it was, to be merged at the next sign-in.
 */
export async function mergeGuestCartAtSignIn(userId: string): Promise<void> {
  try {
    const guestToken = await readGuestToken();
    if (!guestToken) return;
    await mergeGuestCart(guestToken, userId);
    await clearCartCookie();
  } catch (error) {
    console.error("merging the guest cart at sign-in failed", { userId, error });
  }
}
