import { ClientMessages } from "@/components/i18n/client-messages";
import type { FormAction } from "@/lib/forms/form-state";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import type { MyOrderPartView } from "@/lib/orders/order-detail";
import { canEscalate } from "@/lib/orders/rules/returns";
import { ReturnRequestDetails } from "./return-request-panel";
import { ReturnRequestForm, type ReturnRequestFormState } from "./return-request-form";
import { TransitionForm, type TransitionFormState } from "./transition-form";

type Props = {
  part: MyOrderPartView;
  handlers: { REQUEST_RETURN: FormAction<ReturnRequestFormState>; ESCALATE: FormAction<TransitionFormState> };
  locale: Locale;
  t: Translate;
};

// What the return request form translates for itself.
const RETURN_REQUEST_FORM_MESSAGES = [
  "orders.returns.kind",
  "orders.returns.shopper.title",
  "orders.returns.shopper.text",
  "orders.returns.shopper.kind",
  "orders.returns.shopper.reason",
  "orders.returns.shopper.reasonHint",
  "orders.returns.shopper.photos",
  "orders.returns.shopper.photosHint",
  "orders.returns.shopper.businessWithdrawal",
  "orders.returns.shopper.submit",
  "orders.returns.shopper.pending",
  "orders.returns.shopper.confirmTitle",
  "orders.returns.shopper.confirmText",
  "orders.returns.shopper.confirmSubmit",
  "orders.returns.shopper.back",
];

const RETURN_STATES = ["RETURN_REQUESTED", "RETURN_ACCEPTED", "RETURN_REFUSED", "ESCALATED", "RETURNED"] as const;

/**
 * The shopper's side of a return (docs/domain.md, returns and escalations): the form to ask while
 * the window is open, where the request stands with the shop's instructions or refusal, and the
 * button to take a refusal to the marketplace when it may be. Only what part.actions allows.
 */
export function ShopperReturnSection({ part, handlers, locale, t }: Props) {
  const request = part.returnRequest;
  const canAsk = part.actions.includes("REQUEST_RETURN");
  const canEscalateNow = part.actions.includes("ESCALATE");
  if (!request && !canAsk) return null;
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "Europe/Paris" });
  if (!request)
    return (
      <ClientMessages locale={locale} namespaces={RETURN_REQUEST_FORM_MESSAGES}>
        <ReturnRequestForm
          id={`request-return-${part.id}`}
          action={handlers.REQUEST_RETURN}
          returnBy={part.returnBy ? date.format(part.returnBy) : null}
          buyerIsBusiness={part.buyerIsBusiness}
        />
      </ClientMessages>
    );
  const headingId = `return-${part.id}`;
  const state = RETURN_STATES.find((status) => status === part.status);
  return (
    <section aria-labelledby={headingId} className="rounded-xl border border-stone-200 bg-white p-4 sm:p-6">
      <h3 id={headingId} className="mb-2 text-lg font-semibold">
        {t("orders.returns.request.sectionTitle")}
      </h3>
      <div className="flex flex-col gap-3">
        {state ? <p className="font-medium">{t(`orders.returns.status.${state}`)}</p> : null}
        <ReturnRequestDetails request={request} locale={locale} t={t} />
        {part.status === "RETURN_REFUSED" && !canEscalate(request, part.buyerIsBusiness) ? (
          <p className="text-stone-700">{t("orders.returns.shopper.notEscalatable")}</p>
        ) : null}
        {canEscalateNow ? (
          <TransitionForm
            id={`escalate-${part.id}`}
            title={t("orders.returns.shopper.ESCALATE.title")}
            text={t("orders.returns.shopper.ESCALATE.text")}
            action={handlers.ESCALATE}
            fields={[
              { kind: "textarea", name: "reason", label: t("orders.returns.shopper.ESCALATE.note"), maxLength: 1000 },
            ]}
            submit={t("orders.returns.shopper.ESCALATE.submit")}
            pending={t("orders.returns.shopper.pending")}
            tone="secondary"
            confirm={{
              title: t("orders.returns.shopper.ESCALATE.confirmTitle"),
              text: t("orders.returns.shopper.ESCALATE.confirmText"),
              submit: t("orders.returns.shopper.ESCALATE.confirmSubmit"),
              back: t("orders.returns.shopper.back"),
            }}
          />
        ) : null}
      </div>
    </section>
  );
}
