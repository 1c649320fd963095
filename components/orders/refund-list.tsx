import type { Translate } from "@/lib/i18n/translate";
import { formatMoney } from "@/lib/money/format-money";
import type { RefundView } from "@/lib/orders/order-detail";

type Props = {
  refunds: RefundView[];
  currency: string;
  locale: string;
  t: Translate;
  headingId: string;
  headingLevel?: "h2" | "h3";
  /** the vendor's page says so when there is none yet; the shopper's shows nothing then */
  showEmpty?: boolean;
};

/** The money given back for a part (docs/domain.md, Refund): amount, date, where it stands, why. */
export function RefundList({ refunds, currency, locale, t, headingId, headingLevel = "h2", showEmpty = false }: Props) {
  if (refunds.length === 0 && !showEmpty) return null;
  const Heading = headingLevel;
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
  const total = refunds.reduce((sum, refund) => sum + refund.amount, 0);
  return (
    <section aria-labelledby={headingId}>
      <Heading id={headingId} className={headingLevel === "h2" ? "mb-4 text-xl font-bold" : "mb-2 font-semibold"}>
        {t("orders.refund.history.title")}
      </Heading>
      {refunds.length === 0 ? (
        <p className="text-stone-600">{t("orders.refund.history.empty")}</p>
      ) : (
        <>
          <ul className="flex flex-col gap-2">
            {refunds.map((refund) => (
              <li key={refund.id} data-refund-status={refund.status}>
                <p>
                  <span className="font-medium">
                    {t("orders.refund.history.item", {
                      amount: formatMoney(refund.amount, currency, locale),
                      date: date.format(refund.createdAt),
                    })}
                  </span>{" "}
                  <span className="text-stone-700">({t(`orders.refund.status.${refund.status}`)})</span>
                </p>
                {refund.reason ? (
                  <p className="whitespace-pre-line text-stone-800">
                    {t("orders.refund.history.reason", { reason: refund.reason })}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
          <p className="mt-2 font-medium">
            {t("orders.refund.history.total", { amount: formatMoney(total, currency, locale) })}
          </p>
        </>
      )}
    </section>
  );
}
