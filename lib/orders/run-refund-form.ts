import "server-only";
import { getActor } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { refundShopOrder, type RefundShopOrderInput } from "./refund-shop-order";
import { runPreviewForm, type PreviewFormState } from "./run-preview-form";

/** The refund form's fields besides one "quantity.<orderLineId>" per line (components/dashboard/orders/refund-form.tsx). */
const REFUND_FIELDS = ["reason", "mode", "amount", "lines"];
const QUANTITY_PREFIX = "quantity.";

/**
 * The refund form's action, the vendor's and the operator's alike (docs/domain.md, Refund;
 * refundShopOrder checks who may refund): read the whole remaining amount, an amount, or quantities
 * per line, preview and ask to confirm with the exact amount, then refund (runPreviewForm).
 */
export async function runRefundForm({
  shopOrderId,
  formData,
  page,
  alsoRevalidate,
  context = "refundShopOrder",
}: {
  shopOrderId: string;
  formData: FormData;
  /** the page the form is on, shown again after the refund */
  page: string;
  alsoRevalidate?: string[];
  /** for the log of an unexpected error */
  context?: string;
}): Promise<PreviewFormState> {
  const [actor, { locale, t }] = await Promise.all([getActor(), getT()]);
  const values: Record<string, string> = {};
  for (const [name, value] of formData.entries())
    if (typeof value === "string" && (REFUND_FIELDS.includes(name) || name.startsWith(QUANTITY_PREFIX)))
      values[name] = value;
  const mode = values.mode ?? "";
  const input: RefundShopOrderInput = { shopOrderId, reason: values.reason ?? "", locale };
  if (mode === "all") input.all = true;
  else if (mode === "amount") input.amount = values.amount ?? "";
  else if (mode === "lines")
    input.lines = Object.entries(values)
      .filter(
        ([name, quantity]) => name.startsWith(QUANTITY_PREFIX) && quantity.trim() !== "" && quantity.trim() !== "0",
      )
      .map(([name, quantity]) => ({ orderLineId: name.slice(QUANTITY_PREFIX.length), quantity }));
  return runPreviewForm({
    t,
    context,
    formData,
    values,
    fields: [...REFUND_FIELDS, ...Object.keys(values).filter((name) => name.startsWith(QUANTITY_PREFIX))],
    preview: async () => (await refundShopOrder(actor, input, { preview: true })).amount,
    act: () => refundShopOrder(actor, input),
    page,
    alsoRevalidate,
    done: "REFUND",
  });
}
