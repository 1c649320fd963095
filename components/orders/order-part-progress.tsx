import { weekdayNames } from "@/components/shop-page/weekdays";
import { textLink } from "@/components/ui/styles";
import type { FormAction } from "@/lib/forms/form-state";
import type { Translate } from "@/lib/i18n/translate";
import type { MyOrderPartView } from "@/lib/orders/order-detail";
import { DeadlineText } from "./deadline-text";
import { ShopOrderTimeline } from "./shop-order-timeline";
import { TransitionForm, type TransitionFormState } from "./transition-form";

type Props = {
  part: MyOrderPartView;
  /** the server actions, bound to the order and this part; shown only for part.actions */
  handlers: { CONFIRM: FormAction<TransitionFormState>; CANCEL: FormAction<TransitionFormState> };
  locale: string;
  t: Translate;
};

/**
 * Where one shop's part of the shopper's order is: the tracking link or the pickup code and hours,
 * the shop's message or reason, the next deadline, the timeline, and the shopper's buttons
 * (allowedActions for SHOPPER, computed by the read model).
 */
export function OrderPartProgress({ part, handlers, locale, t }: Props) {
  const headingId = `progress-${part.id}`;
  const reason = [...part.timeline]
    .reverse()
    .find((event) => event.toStatus === part.status && event.actorKind !== "SHOPPER" && event.reason)?.reason;
  const days = part.openingHours ? weekdayNames(locale) : [];
  return (
    <section aria-labelledby={headingId} className="rounded-xl border border-stone-200 bg-stone-50 p-4 sm:p-6">
      <h3 id={headingId} className="sr-only">
        {t("orders.life.shopper.actionsTitle", { shop: part.shopName })}
      </h3>
      <div className="flex flex-col gap-2">
        {part.deadline?.kind === "autoConfirm" ? (
          <p>
            <DeadlineText deadline={part.deadline} locale={locale} t={t} />
          </p>
        ) : null}
        {part.trackingCode ? (
          <p>
            {part.carrierName
              ? t("orders.life.shopper.tracking", { carrier: part.carrierName, code: part.trackingCode })
              : t("orders.life.shopper.trackingNoCarrier", { code: part.trackingCode })}
          </p>
        ) : null}
        {part.trackingUrl ? (
          <p>
            <a href={part.trackingUrl} className={textLink} target="_blank" rel="noopener noreferrer">
              {t("orders.life.shopper.track")}
            </a>
          </p>
        ) : null}
        {part.pickupCode ? (
          <div className="rounded-lg border border-brand-100 bg-white p-3">
            <p className="text-lg font-semibold">{t("orders.life.shopper.pickupCode", { code: part.pickupCode })}</p>
            <p className="text-stone-700">{t("orders.life.shopper.pickupCodeHint")}</p>
          </div>
        ) : null}
        {part.openingHours ? (
          <div>
            <h4 className="font-semibold">{t("orders.life.shopper.openingHours")}</h4>
            <dl className="grid grid-cols-[auto_1fr] gap-x-4">
              {part.openingHours.map((ranges, day) => (
                <div key={day} className="contents">
                  <dt className="capitalize">{days[day]}</dt>
                  <dd className="tabular-nums">
                    {ranges.length === 0
                      ? t("orders.life.shopper.closed")
                      : ranges.map((range) => `${range.open}–${range.close}`).join(", ")}
                  </dd>
                </div>
              ))}
            </dl>
          </div>
        ) : null}
        {part.availabilityNote ? (
          <p className="whitespace-pre-line">
            {t("orders.life.shopper.availabilityNote", { note: part.availabilityNote })}
          </p>
        ) : null}
        {reason ? (
          <p className="font-medium whitespace-pre-line">{t("orders.life.shopper.reasonGiven", { reason })}</p>
        ) : null}
      </div>
      <div className="mt-4">
        <ShopOrderTimeline
          events={part.timeline}
          viewer="shopper"
          locale={locale}
          t={t}
          headingId={`timeline-${part.id}`}
          headingLevel="h3"
        />
      </div>
      {part.actions.length > 0 ? (
        <div className="mt-4 grid gap-4 md:grid-cols-2">
          {part.actions.includes("CONFIRM") ? (
            <TransitionForm
              id={`confirm-${part.id}`}
              title={t("orders.life.shopper.CONFIRM.title")}
              text={t("orders.life.shopper.CONFIRM.text")}
              action={handlers.CONFIRM}
              submit={t("orders.life.shopper.CONFIRM.submit")}
              pending={t("orders.life.vendor.pending")}
            />
          ) : null}
          {part.actions.includes("CANCEL") ? (
            <TransitionForm
              id={`cancel-${part.id}`}
              title={t("orders.life.shopper.CANCEL.title")}
              text={t("orders.life.shopper.CANCEL.text")}
              action={handlers.CANCEL}
              fields={[
                { kind: "textarea", name: "reason", label: t("orders.life.shopper.reasonOptional"), maxLength: 1000 },
              ]}
              submit={t("orders.life.shopper.CANCEL.submit")}
              pending={t("orders.life.vendor.pending")}
              tone="secondary"
              confirm={{
                title: t("orders.life.shopper.CANCEL.confirmTitle"),
                text: t("orders.life.shopper.CANCEL.confirmText"),
                submit: t("orders.life.shopper.CANCEL.confirmSubmit"),
                back: t("orders.life.vendor.back"),
              }}
            />
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
