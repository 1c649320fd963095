import { returnInstructionsField } from "@/components/orders/transition-fields";
import {
  TransitionForm,
  type TransitionField,
  type TransitionFormProps,
  type TransitionFormState,
} from "@/components/orders/transition-form";
import type { FormAction } from "@/lib/forms/form-state";
import type { Translate } from "@/lib/i18n/translate";
import { CARRIER_CHOICES, carrierName } from "@/lib/orders/rules/carriers";
import { FINAL_PRICE_ACTIONS } from "@/lib/orders/rules/final-prices";
import type { ShopOrderAction } from "@/lib/orders/rules/transitions";

export type VendorAction = Exclude<
  ShopOrderAction,
  "EXPIRE" | "CONFIRM" | "AUTO_CONFIRM" | "REQUEST_RETURN" | "ESCALATE"
>;

type Props = {
  /** allowedActions(part, "VENDOR"), computed by the read model */
  actions: ShopOrderAction[];
  /** the server actions, bound to the part */
  handlers: Record<VendorAction, FormAction<TransitionFormState>>;
  /** the estimated lines' final prices, asked where the goods leave (components/dashboard/orders/final-price-fields.ts) */
  finalPriceFields?: TransitionField[];
  t: Translate;
};

const FINAL_PRICE_FORMS = new Set<ShopOrderAction>(FINAL_PRICE_ACTIONS);

const DESTRUCTIVE = new Set<ShopOrderAction>(["REFUSE", "CANCEL", "REFUSE_RETURN"]);
/** Asked to confirm first: they refund, or cannot be undone. */
const CONFIRMED_ACTIONS = ["REFUSE", "CANCEL", "REFUSE_RETURN", "RECEIVE_RETURN"] as const;

/** One form per action the vendor may take now, in the transition table's order; refusing and cancelling ask to confirm. */
export function ShopOrderActions({ actions, handlers, finalPriceFields, t }: Props) {
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
    ACCEPT_RETURN: [returnInstructionsField(t)],
    REFUSE_RETURN: [reason],
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
            fields={[...(fields[action] ?? []), ...(FINAL_PRICE_FORMS.has(action) ? (finalPriceFields ?? []) : [])]}
            submit={t(`${words}.submit`)}
            pending={t("orders.life.vendor.pending")}
            tone={destructive ? "danger" : "primary"}
            confirm={
              (CONFIRMED_ACTIONS as readonly string[]).includes(action)
                ? {
                    title: t(`orders.life.vendor.${action as (typeof CONFIRMED_ACTIONS)[number]}.confirmTitle`),
                    text: t(`orders.life.vendor.${action as (typeof CONFIRMED_ACTIONS)[number]}.confirmText`),
                    submit: t(`orders.life.vendor.${action as (typeof CONFIRMED_ACTIONS)[number]}.confirmSubmit`),
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
