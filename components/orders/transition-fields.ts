import type { Translate } from "@/lib/i18n/translate";
import type { TransitionField } from "./transition-form";

/** The return instructions the shop (or the marketplace for it) gives when accepting a return (docs/domain.md, returns and escalations). */
export function returnInstructionsField(t: Translate): TransitionField {
  return {
    kind: "textarea",
    name: "instructions",
    label: t("orders.life.vendor.fields.instructions"),
    hint: t("orders.life.vendor.fields.instructionsHint"),
    required: true,
    maxLength: 2000,
  };
}
