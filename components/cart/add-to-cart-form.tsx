"use client";

import { useActionState, useId } from "react";
import { COUNT_INPUT, COUNT_PATTERN } from "@/components/ui/count-input";
import { inputBase, primaryButton } from "@/components/ui/styles";
import type { FormAction, FormState } from "@/lib/forms/form-state";
import { useT } from "@/lib/i18n/client";
import { AddedToCartNotice } from "./added-to-cart-notice";
import { FormFeedback } from "./form-feedback";

/** The outcome of "Add to cart", with the product it was for (a listing's cards share one form). */
export type AddToCartState = FormState<{ productId?: string }>;

const IDLE: AddToCartState = { status: "idle", fieldErrors: {} };

type AddToCartFormProps = { productId: string; action: FormAction<AddToCartState> };

/**
 * The product page's quantity and "Add to cart" (listings share one form: listing-add-to-cart.tsx).
 * Adds a product to the cart through a server action: a plain form without JavaScript (the page
 * comes back with the confirmation), in place with it. The confirmation links to the cart.
 */
export function AddToCartForm({ productId, action }: AddToCartFormProps) {
  const t = useT();
  const [state, formAction, pending] = useActionState(action, IDLE);
  const id = useId();
  const inputId = `${id}-quantity`;
  const feedbackId = `${id}-feedback`;
  const invalid = state.status === "error";
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <input type="hidden" name="productId" value={productId} />
      <div className="flex flex-col gap-1">
        <label htmlFor={inputId} className="font-medium">
          {t("cart.add.quantity")}
        </label>
        <div className="w-24">
          <input
            id={inputId}
            name="quantity"
            {...COUNT_INPUT}
            pattern={COUNT_PATTERN}
            required
            defaultValue={1}
            aria-invalid={invalid || undefined}
            aria-describedby={invalid ? feedbackId : undefined}
            className={inputBase}
          />
        </div>
      </div>
      <button type="submit" disabled={pending} className={`${primaryButton} self-start`}>
        {pending ? t("cart.add.pending") : t("cart.add.submit")}
      </button>
      {state.status === "success" ? (
        <AddedToCartNotice id={feedbackId} message={state.message} />
      ) : (
        <FormFeedback id={feedbackId} state={state} />
      )}
    </form>
  );
}
