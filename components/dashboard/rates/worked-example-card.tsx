import type { Translate } from "@/lib/i18n/translate";
import { formatMoney } from "@/lib/money/format-money";
import { formatRate } from "@/lib/plans/format-rate";
import type { ExampleAmounts, WorkedExample } from "@/lib/rates/worked-examples";

type WorkedExampleCardProps = {
  example: WorkedExample;
  amounts: ExampleAmounts;
  currency: string;
  /** the rate of VAT on fees and of the ambassador's share, from the marketplace's settings */
  feesVatBps: number;
  ambassadorShareBps: number;
  /** the plan's commission-free first sales */
  commissionFreeSales: number;
  /** the category of a category rule's example, in the viewer's language */
  categoryName: string | null;
  locale: string;
  t: Translate;
};

function titleOf(props: WorkedExampleCardProps, money: (amount: number) => string): string {
  const { example, amounts, t } = props;
  const price = money(example.itemsAmount);
  switch (example.kind) {
    case "product":
      return t("rates.examples.product", { price });
    case "service":
      return t("rates.examples.service", { price });
    case "digital":
      return t("rates.examples.digital", { price });
    case "shipping":
      return t("rates.examples.shipping", { price, delivery: money(amounts.shipping) });
    case "ambassador":
      return t("rates.examples.ambassador", { price });
    case "firstSales":
      return t("rates.examples.firstSales", { price, count: props.commissionFreeSales });
    case "category": {
      const category = props.categoryName ?? t("rates.examples.unknownCategory");
      if (example.productKind === "SERVICE") return t("rates.examples.categoryService", { price, category });
      if (example.productKind === "DIGITAL") return t("rates.examples.categoryDigital", { price, category });
      return t("rates.examples.category", { price, category });
    }
  }
}

/** One sale worked through the fee engine: what the shopper pays, each fee, and the vendor's net. */
export function WorkedExampleCard(props: WorkedExampleCardProps) {
  const { example, currency, locale, t } = props;
  const money = (amount: number) => formatMoney(amount, currency, locale);
  const minus = (amount: number) => (amount === 0 ? money(0) : `− ${money(amount)}`);
  const headingId = `example-${example.key.replace(/[^a-zA-Z0-9_-]/g, "-")}`;
  const rows: { key: string; label: string; value: string; sub?: boolean }[] = [
    { key: "paid", label: t("rates.examples.shopperPays"), value: money(example.shopperPaysAmount) },
    {
      key: "commission",
      label: t("rates.examples.commission", { rate: formatRate(example.rateBps, locale) }),
      value: minus(example.commissionAmount),
    },
  ];
  if (example.shippingCommissionAmount > 0) {
    rows.push({
      key: "shipping",
      label: t("rates.examples.ofWhichShipping"),
      value: money(example.shippingCommissionAmount),
      sub: true,
    });
  }
  if (props.feesVatBps > 0) {
    rows.push({
      key: "vat",
      label: t("rates.examples.feesVat", { rate: formatRate(props.feesVatBps, locale) }),
      value: minus(example.feesVatAmount),
    });
  }
  if (example.paymentFeeAmount > 0 || example.orderPaymentFeeAmount === 0) {
    rows.push({ key: "paymentFee", label: t("rates.examples.paymentFee"), value: minus(example.paymentFeeAmount) });
  } else {
    rows.push({
      key: "paymentFee",
      label: t("rates.examples.paymentFeeAbsorbed", { amount: money(example.orderPaymentFeeAmount) }),
      value: money(0),
    });
  }
  return (
    <article aria-labelledby={headingId} className="rounded-xl border border-stone-200 bg-white p-4 sm:p-5">
      <h3 id={headingId} className="mb-3 font-semibold">
        {titleOf(props, money)}
      </h3>
      <dl className="flex flex-col gap-1">
        {rows.map((row) => (
          <div key={row.key} className={`flex justify-between gap-4 ${row.sub ? "ps-4 text-sm text-stone-600" : ""}`}>
            <dt>{row.label}</dt>
            <dd className="shrink-0 tabular-nums">{row.value}</dd>
          </div>
        ))}
        <div className="mt-1 flex justify-between gap-4 border-t border-stone-200 pt-2 text-lg font-bold">
          <dt>{t("rates.examples.vendorNet")}</dt>
          <dd className="shrink-0 tabular-nums">{money(example.vendorNetAmount)}</dd>
        </div>
      </dl>
      {example.kind === "ambassador" ? (
        <div className="mt-3 rounded-lg bg-brand-50 px-3 py-2 text-sm">
          <p className="flex justify-between gap-4">
            <span>{t("rates.examples.ambassadorShare", { rate: formatRate(props.ambassadorShareBps, locale) })}</span>
            <span className="shrink-0 tabular-nums">{money(example.ambassadorShareAmount)}</span>
          </p>
          <p className="mt-1 text-stone-700">{t("rates.examples.ambassadorNote")}</p>
        </div>
      ) : null}
    </article>
  );
}
