import {
  TransitionForm,
  type TransitionFormProps,
  type TransitionFormState,
} from "@/components/orders/transition-form";
import type { FormAction } from "@/lib/forms/form-state";
import type { Translate } from "@/lib/i18n/translate";
import { CARRIER_CHOICES, carrierName } from "@/lib/orders/rules/carriers";
import type { ShopOrderAction } from "@/lib/orders/rules/transitions";

export type VendorAction = Exclude<ShopOrderAction, "EXPIRE" | "CONFIRM" | "AUTO_CONFIRM">;

type Props = {
  /** allowedActions(part, "VENDOR"), computed by the read model */
  actions: ShopOrderAction[];
  /** the server actions, bound to the part */
  handlers: Record<VendorAction, FormAction<TransitionFormState>>;
  t: Translate;
};

const DESTRUCTIVE = new Set<ShopOrderAction>(["REFUSE", "CANCEL"]);

/** One form per action the vendor may take now, in the transition table's order; refusing and cancelling ask to confirm. */
export function ShopOrderActions({ actions, handlers, t }: Props) {
  const vendorActions = actions.filter((action): action is VendorAction => action in handlers);
  if (vendorActions.length === 0) return <p className="text-stone-600">{t("orders.life.vendor.noActions")}</p>;
  const reason = {
    kind: "textarea",
    name: "reason",
    label: t("orders.life.vendor.fields.reason"),
    hint: t("orders.life.vendor.fields.reasonHint"),
    required: true,
    maxLength: 1000,
  } as const;
  const fields: Partial<Record<VendorAction, TransitionFormProps["fields"]>> = {
    REFUSE: [reason],
    CANCEL: [reason],
    SHIP: [
      {
        kind: "select",
        name: "carrier",
        label: t("orders.life.vendor.fields.carrier"),
        options: [
          { value: "", label: t("orders.life.vendor.fields.carrierChoose") },
          ...CARRIER_CHOICES.map((choice) => ({
            value: choice,
            label: carrierName(choice) ?? t("orders.life.vendor.fields.carrierOther"),
          })),
        ],
      },
      {
        kind: "text",
        name: "trackingCode",
        label: t("orders.life.vendor.fields.trackingCode"),
        hint: t("orders.life.vendor.fields.trackingCodeHint"),
        maxLength: 60,
      },
    ],
    HAND_OVER: [
      {
        kind: "text",
        name: "pickupCode",
        label: t("orders.life.vendor.fields.pickupCode"),
        hint: t("orders.life.vendor.fields.pickupCodeHint"),
        required: true,
        maxLength: 12,
      },
    ],
    MAKE_AVAILABLE: [
      {
        kind: "textarea",
        name: "availabilityNote",
        label: t("orders.life.vendor.fields.availabilityNote"),
        hint: t("orders.life.vendor.fields.availabilityNoteHint"),
        maxLength: 2000,
      },
    ],
  };
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      {vendorActions.map((action) => {
        const destructive = DESTRUCTIVE.has(action);
        const words = `orders.life.vendor.${action}` as const;
        return (
          <TransitionForm
            key={action}
            id={`action-${action.toLowerCase()}`}
            title={t(`${words}.title`)}
            text={t(`${words}.text`)}
            action={handlers[action]}
            fields={fields[action]}
            submit={t(`${words}.submit`)}
            pending={t("orders.life.vendor.pending")}
            tone={destructive ? "danger" : "primary"}
            confirm={
              action === "REFUSE" || action === "CANCEL"
                ? {
                    title: t(`orders.life.vendor.${action}.confirmTitle`),
                    text: t(`orders.life.vendor.${action}.confirmText`),
                    submit: t(`orders.life.vendor.${action}.confirmSubmit`),
                    back: t("orders.life.vendor.back"),
                  }
                : undefined
            }
          />
        );
      })}
    </div>
  );
}
