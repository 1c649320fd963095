import type { Translate } from "@/lib/i18n/translate";
import { formatMoney } from "@/lib/money/format-money";
import type { OrderPaymentView } from "@/lib/orders/get-shop-order-for-operator";

/**
 * The whole order's payment as the operator reads it (docs/domain.md, capture): when the money is
 * taken, what was authorized, what was captured and when, or that the authorization was released.
 */
export function AdminOrderPayment({
  payment,
  currency,
  locale,
  t,
}: {
  payment: OrderPaymentView;
  currency: string;
  locale: string;
  t: Translate;
}) {
  const money = (amount: number) => formatMoney(amount, currency, locale);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
  const rows: { key: string; term: string; value: string }[] = [
    { key: "mode", term: t("payments.operator.mode"), value: t(`payments.operator.mode${payment.captureMode}`) },
    { key: "state", term: t("payments.state.label"), value: t(`payments.state.${payment.state}`) },
  ];
  if (payment.captureMode === "ON_ACCEPTANCE") {
    rows.push({ key: "authorized", term: t("payments.operator.authorized"), value: money(payment.authorizedAmount) });
    rows.push({
      key: "captured",
      term: t("payments.operator.captured"),
      value:
        payment.capturedAt && payment.capturedAmount !== null
          ? `${money(payment.capturedAmount)} · ${t("payments.operator.capturedOn", { date: date.format(payment.capturedAt) })}`
          : payment.authorizationReleasedAt
            ? t("payments.operator.releasedOn", { date: date.format(payment.authorizationReleasedAt) })
            : payment.authorizationExpiresAt
              ? `${t("payments.operator.notCaptured")} · ${t("payments.operator.expiresOn", { date: date.format(payment.authorizationExpiresAt) })}`
              : t("payments.operator.notCaptured"),
    });
  }
  return (
    <section aria-labelledby="order-payment-title" className="rounded-xl border border-stone-200 bg-white p-4">
      <h3 id="order-payment-title" className="mb-2 font-semibold">
        {t("payments.operator.title")}
      </h3>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        {rows.map((row) => (
          <div key={row.key} className="contents">
            <dt className="text-stone-600">{row.term}</dt>
            <dd className="tabular-nums">{row.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
