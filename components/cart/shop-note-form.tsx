import { TextareaField } from "@/components/ui/textarea-field";
import { secondaryButton } from "@/components/ui/styles";
import type { CartShopGroup } from "@/lib/cart/load-cart";
import { MAX_NOTE_LENGTH } from "@/lib/cart/schemas";
import type { FormAction } from "@/lib/forms/form-state";
import type { Translate } from "@/lib/i18n/translate";
import { CartActionForm } from "./cart-action-form";

/** The shopper's message to one shop ("I'll come Saturday morning"). */
export function ShopNoteForm({ group, action, t }: { group: CartShopGroup; action: FormAction; t: Translate }) {
  return (
    <CartActionForm
      action={action}
      submitLabel={t("cart.note.save")}
      pendingLabel={t("cart.note.saving")}
      submitClassName={`${secondaryButton} self-start`}
      className="flex flex-col gap-2"
      showSuccess
    >
      <input type="hidden" name="shopId" value={group.shopId} />
      <TextareaField
        id={`note-${group.shopId}`}
        name="note"
        label={t("cart.note.label", { shop: group.shopName })}
        hint={t("cart.note.hint")}
        defaultValue={group.note ?? ""}
        maxLength={MAX_NOTE_LENGTH}
        rows={2}
      />
    </CartActionForm>
  );
}
