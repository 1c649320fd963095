import type { FormAction } from "@/lib/forms/form-state";
import type { Translate } from "@/lib/i18n/translate";
import { CartActionForm } from "./cart-action-form";

/** After a removal: says so, and offers to put the line back as it was. */
export function RemovedLineNotice({
  productId,
  quantity,
  undo,
  t,
}: {
  productId: string;
  quantity: number;
  /** the cart's "undo" server action, passed by the page */
  undo: FormAction;
  t: Translate;
}) {
  return (
    <div
      role="status"
      className="mb-6 flex flex-wrap items-center gap-x-4 gap-y-2 rounded-lg border border-brand-100 bg-brand-50 px-4 py-3"
    >
      <p className="font-medium text-brand-800">{t("cart.removed.text")}</p>
      <CartActionForm
        action={undo}
        submitLabel={t("cart.removed.undo")}
        submitClassName="min-h-11 rounded-lg px-2 font-medium text-brand-800 underline underline-offset-2 hover:bg-brand-100"
      >
        <input type="hidden" name="productId" value={productId} />
        <input type="hidden" name="quantity" value={quantity} />
      </CartActionForm>
    </div>
  );
}
