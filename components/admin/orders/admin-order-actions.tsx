import { returnInstructionsField } from "@/components/orders/transition-fields";
import {
  TransitionForm,
  type TransitionFormProps,
  type TransitionFormState,
} from "@/components/orders/transition-form";
import type { FormAction } from "@/lib/forms/form-state";
import type { Translate } from "@/lib/i18n/translate";
import type { ShopOrderAction } from "@/lib/orders/rules/transitions";

export type OperatorAction = Extract<ShopOrderAction, "CANCEL" | "MARK_DELIVERED" | "ACCEPT_RETURN" | "RECEIVE_RETURN">;

type Props = {
  /** allowedActions(part, "OPERATOR"), computed by the read model */
  actions: ShopOrderAction[];
  /** the server actions, bound to the part */
  handlers: Record<OperatorAction, FormAction<TransitionFormState>>;
  reasonMaxLength: number;
  t: Translate;
};

/**
 * The operator's forms on one part, in the transition table's order (docs/domain.md, ShopOrder
 * states): cancelling asks for a reason and a confirmation; marking delivered is one click.
 */
export function AdminOrderActions({ actions, handlers, reasonMaxLength, t }: Props) {
  const mine = actions.filter((action): action is OperatorAction => action in handlers);
  if (mine.length === 0) return <p className="text-stone-600">{t("orders.admin.noActions")}</p>;
  const forms: Record<OperatorAction, Omit<TransitionFormProps, "id" | "action" | "pending">> = {
    CANCEL: {
      title: t("orders.admin.CANCEL.title"),
      text: t("orders.admin.CANCEL.text"),
      fields: [
        {
          kind: "textarea",
          name: "reason",
          label: t("orders.admin.fields.reason"),
          hint: t("orders.admin.fields.reasonHint"),
          required: true,
          maxLength: reasonMaxLength,
        },
      ],
      submit: t("orders.admin.CANCEL.submit"),
      tone: "danger",
      confirm: {
        title: t("orders.admin.CANCEL.confirmTitle"),
        text: t("orders.admin.CANCEL.confirmText"),
        submit: t("orders.admin.CANCEL.confirmSubmit"),
        back: t("orders.admin.goBack"),
      },
    },
    // Returns (docs/domain.md, returns and escalations): the marketplace may answer for the shop, with the shop's words.
    ACCEPT_RETURN: {
      title: t("orders.life.vendor.ACCEPT_RETURN.title"),
      text: t("orders.life.vendor.ACCEPT_RETURN.text"),
      fields: [returnInstructionsField(t)],
      submit: t("orders.life.vendor.ACCEPT_RETURN.submit"),
    },
    RECEIVE_RETURN: {
      title: t("orders.life.vendor.RECEIVE_RETURN.title"),
      text: t("orders.life.vendor.RECEIVE_RETURN.text"),
      submit: t("orders.life.vendor.RECEIVE_RETURN.submit"),
      confirm: {
        title: t("orders.life.vendor.RECEIVE_RETURN.confirmTitle"),
        text: t("orders.life.vendor.RECEIVE_RETURN.confirmText"),
        submit: t("orders.life.vendor.RECEIVE_RETURN.confirmSubmit"),
        back: t("orders.admin.goBack"),
      },
    },
    MARK_DELIVERED: {
      title: t("orders.admin.MARK_DELIVERED.title"),
      text: t("orders.admin.MARK_DELIVERED.text"),
      submit: t("orders.admin.MARK_DELIVERED.submit"),
    },
  };
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      {mine.map((action) => (
        <TransitionForm
          key={action}
          id={`action-${action.toLowerCase()}`}
          action={handlers[action]}
          pending={t("orders.admin.pending")}
          {...forms[action]}
        />
      ))}
    </div>
  );
}
