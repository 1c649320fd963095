"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/session";
import { addToCart } from "@/lib/cart/add-to-cart";
import { cartOwnerForWriting, readCartOwner } from "@/lib/cart/cart-cookie";
import type { CartOwner } from "@/lib/cart/cart-owner";
import { removeCartLine, type RemovedCartLine } from "@/lib/cart/remove-cart-line";
import { setShopDelivery } from "@/lib/cart/set-shop-delivery";
import { setShopNote } from "@/lib/cart/set-shop-note";
import { updateCartLine } from "@/lib/cart/update-cart-line";
import { isCartStockError } from "@/lib/cart/cart-stock-error";
import { AppError } from "@/lib/errors";
import { runFormAction, type FormErrorOptions, type FormState } from "@/lib/forms/form-state";
import { formText } from "@/lib/forms/form-text";
import { getT } from "@/lib/i18n/server";
import type { Translate } from "@/lib/i18n/translate";
import type { AddToCartState } from "@/components/cart/add-to-cart-form";

// Every page shows the cart's item count in the header: a cart change refreshes the whole tree.
function revalidateCart() {
  revalidatePath("/", "layout");
}

// A stock refusal carries its figures: "only 3 left, 2 of them already in your cart" beside the quantity.
const CART_ERRORS: FormErrorOptions = {
  overrides: {
    OUT_OF_STOCK: (error, t) => {
      if (!isCartStockError(error)) return undefined;
      if (error.available === 0) return { fieldErrors: { quantity: t("cart.errors.outOfStock") } };
      const figures = { available: error.available, inCart: error.inCart };
      return {
        fieldErrors: {
          quantity: error.inCart > 0 ? t("cart.errors.onlyLeftInCart", figures) : t("cart.errors.onlyLeft", figures),
        },
      };
    },
  },
};

function runCartAction(t: Translate, context: string, run: () => Promise<string | void>): Promise<FormState> {
  return runFormAction(t, context, run, CART_ERRORS);
}

/** The viewer's cart for a change to an existing line or choice: without one there is nothing to change. */
async function existingOwner(): Promise<CartOwner> {
  const owner = await readCartOwner(await getActor());
  if (!owner) throw new AppError("NOT_FOUND", "no cart", { form: "cart.errors.lineNotFound" });
  return owner;
}

export async function addToCartAction(_previous: AddToCartState, formData: FormData): Promise<AddToCartState> {
  const { t } = await getT();
  const productId = formData.get("productId");
  const state = await runCartAction(t, "addToCart", async () => {
    const owner = await cartOwnerForWriting(await getActor());
    await addToCart(owner, formText(formData, "productId"), formText(formData, "quantity"));
    revalidateCart();
    return t("cart.add.added");
  });
  return typeof productId === "string" ? { ...state, productId } : state;
}

export async function updateCartLineAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { t } = await getT();
  return runCartAction(t, "updateCartLine", async () => {
    await updateCartLine(await existingOwner(), formText(formData, "lineId"), formText(formData, "quantity"));
    revalidateCart();
  });
}

/** Removes a line, then shows the cart with an undo (a redirect: works the same with or without JavaScript). */
export async function removeCartLineAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { t } = await getT();
  const done: { removed?: RemovedCartLine } = {};
  const state = await runCartAction(t, "removeCartLine", async () => {
    done.removed = await removeCartLine(await existingOwner(), formText(formData, "lineId"));
    revalidateCart();
  });
  if (!done.removed) return state;
  const { productId, quantity } = done.removed;
  redirect(`/cart?${new URLSearchParams({ removed: productId, quantity: String(quantity) })}`);
}

/** Puts a removed line back, as it was. */
export async function undoRemoveAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { t } = await getT();
  const state = await runCartAction(t, "undoRemove", async () => {
    const owner = await cartOwnerForWriting(await getActor());
    await addToCart(owner, formText(formData, "productId"), formText(formData, "quantity"));
    revalidateCart();
  });
  if (state.status === "success") redirect("/cart");
  return state;
}

export async function setShopDeliveryAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { t } = await getT();
  return runCartAction(t, "setShopDelivery", async () => {
    await setShopDelivery(await existingOwner(), formText(formData, "shopId"), formText(formData, "method"));
    revalidateCart();
    return t("cart.delivery.chosen");
  });
}

export async function setShopNoteAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { t } = await getT();
  return runCartAction(t, "setShopNote", async () => {
    await setShopNote(await existingOwner(), formText(formData, "shopId"), formText(formData, "note"));
    revalidateCart();
    return t("cart.note.saved");
  });
}
