import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { listMyAddresses, type SavedAddress } from "@/lib/addresses/list-my-addresses";
import { cartOwnerOf } from "@/lib/cart/cart-owner";
import { loadCart, type CartView } from "@/lib/cart/load-cart";
import type { LatLng } from "@/lib/geo/distance";
import { locatePostcode } from "@/lib/geo/gazetteer";
import { findCheckoutBlocker, type CheckoutBlocker } from "./checkout-blocker";
import { NEW_ADDRESS, type CheckoutDraft } from "./checkout-draft";
import { computeCheckoutTotals, type CheckoutTotals } from "./checkout-totals";

export type CheckoutView = {
  cart: CartView;
  totals: CheckoutTotals;
  savedAddresses: SavedAddress[];
  /** the saved address selected, or NEW_ADDRESS for the typed one */
  selectedAddressId: string;
  /** where the delivery options were worked out for, or why not */
  destination: { kind: "known"; place: string } | { kind: "unknown" } | { kind: "notFound" };
  /**
   * why "Pay" would be refused, known before the shopper clicks it (a courier out of its radius at
   * the address chosen, a product gone…); null when nothing is known against it. A courier whose
   * address is not given yet is not a refusal: the shopper types it and pays.
   */
  blocker: CheckoutBlocker | null;
};

/**
 * What the checkout page shows: the shopper's cart with a quote per delivery method at the
 * address they chose (a saved one — the first by default — or the one they typed), the totals
 * placeOrder will charge, their saved addresses, and what would refuse the order as it stands.
 * When every part is click & collect (`totals.deliveryAddressNeeded` false) no address is asked
 * for. Null when there is nothing to check out.
 */
export async function getCheckoutView(
  actor: Actor | null,
  guestToken: string | undefined,
  draft: CheckoutDraft,
): Promise<CheckoutView | null> {
  const owner = cartOwnerOf(actor, guestToken);
  if (!owner) return null;
  const savedAddresses = await listMyAddresses(actor);
  const selected =
    draft.addressId === NEW_ADDRESS
      ? undefined
      : (savedAddresses.find((a) => a.id === draft.addressId) ?? savedAddresses[0]);

  let point: LatLng | null = null;
  let destination: CheckoutView["destination"] = { kind: "unknown" };
  if (selected) {
    if (selected.latitude !== null && selected.longitude !== null)
      point = { lat: selected.latitude, lng: selected.longitude };
    destination = { kind: "known", place: `${selected.postalCode} ${selected.city}` };
  } else if (draft.address.postalCode !== "") {
    const place = locatePostcode(draft.address.postalCode.replace(/\s+/g, ""), draft.address.city || undefined);
    if (place) {
      point = { lat: place.lat, lng: place.lng };
      destination = { kind: "known", place: `${draft.address.postalCode} ${draft.address.city || place.name}` };
    } else destination = { kind: "notFound" };
  }

  const cart = await loadCart(owner, point);
  if (!cart || cart.lineCount === 0) return null;
  const totals = computeCheckoutTotals(cart);
  return {
    cart,
    totals,
    savedAddresses,
    selectedAddressId: selected?.id ?? NEW_ADDRESS,
    destination,
    blocker: findCheckoutBlocker(totals, { addressPending: point === null }),
  };
}
