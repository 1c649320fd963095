"use client";

import { createContext, useActionState, useContext, useState } from "react";
import type { FormAction } from "@/lib/forms/form-state";
import { useT } from "@/lib/i18n/client";
import type { AddToCartState } from "./add-to-cart-form";
import { AddedToCartNotice } from "./added-to-cart-notice";
import { FormFeedback } from "./form-feedback";

const IDLE: AddToCartState = { status: "idle", fieldErrors: {} };

type ListingCart = {
  state: AddToCartState;
  pending: boolean;
  pressed: string | null;
  press: (productId: string) => void;
};
const ListingCartContext = createContext<ListingCart | null>(null);

/**
 * One "Add to cart" form for a whole listing: each card's button submits it with its product
 * (the button's name and value), one unit. A form per card made the server encode the action 24
 * times per page. Works without JavaScript (the page comes back with the confirmation on the
 * card), in place with it. Cards inside must hold no form of their own.
 */
export function ListingAddToCartForm({
  action,
  className,
  children,
}: {
  action: FormAction<AddToCartState>;
  className?: string;
  children: React.ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const [pressed, setPressed] = useState<string | null>(null);
  return (
    <form action={formAction} className={className}>
      <input type="hidden" name="quantity" value="1" />
      <ListingCartContext value={{ state, pending, pressed, press: setPressed }}>{children}</ListingCartContext>
    </form>
  );
}

/** A card's button and, after it was pressed, its confirmation (with a link to the cart) or error. */
export function ListingAddToCartButton({ productId, title }: { productId: string; title: string }) {
  const t = useT();
  const listing = useContext(ListingCartContext);
  if (!listing) throw new Error("ListingAddToCartButton belongs inside a ListingAddToCartForm");
  const { state, pending, pressed, press } = listing;
  const mine = state.productId === productId;
  const feedbackId = `add-${productId}-feedback`;
  return (
    // Styles by name (app/globals.css, "listing-add"): one button per card of a listing.
    <div className="listing-add">
      <button
        type="submit"
        name="productId"
        value={productId}
        disabled={pending}
        aria-label={t("cart.add.submitOf", { title })}
        aria-describedby={mine && state.status === "error" ? feedbackId : undefined}
        onClick={() => press(productId)}
      >
        {pending && pressed === productId ? t("cart.add.pending") : t("cart.add.submitCompact")}
      </button>
      {mine && state.status === "success" ? (
        <AddedToCartNotice id={feedbackId} message={state.message} />
      ) : mine ? (
        <FormFeedback id={feedbackId} state={state} />
      ) : null}
    </div>
  );
}
