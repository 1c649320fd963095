import type { Metadata } from "next";
import Link from "next/link";
import { moneyFormat } from "@/components/money/money-format";
import { PayoutsTable } from "@/components/money/payouts-table";
import { holdText } from "@/components/money/pending-parts-table";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { textLink } from "@/components/ui/styles";
import { TotalsList } from "@/components/ui/totals-list";
import { requireRole } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { orNotFound } from "@/lib/or-not-found";
import { getPartBreakdown } from "@/lib/payouts/part-breakdown";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("money.title") };
}

type PageProps = { params: Promise<{ shopOrderId: string }> };

/**
 * What one part of an order brings the shop (docs/payouts.md, the vendor's money page): its items,
 * each figure of its ledger, the net, when it becomes available and which payout pays it.
 */
export default async function PartBreakdownPage({ params }: PageProps) {
  const { shopOrderId } = await params;
  const actor = await requireRole(`/dashboard/money/orders/${shopOrderId}`, "VENDOR");
  const { locale, t } = await getT();
  const part = await orNotFound(getPartBreakdown(actor, shopOrderId));
  const f = moneyFormat(t, locale, part.currency);
  const hold = holdText(f, part.hold);

  return (
    <>
      <PageHeader
        title={t("money.part.title", { number: part.orderNumber })}
        description={t("money.part.intro", { shop: part.shopName })}
      />
      <p className="mb-6 flex flex-wrap gap-x-6 gap-y-2">
        <Link href="/dashboard/money" className={textLink}>
          {t("money.links.back")}
        </Link>
        <Link href={`/dashboard/orders/${part.id}`} className={textLink}>
          {t("money.part.openOrder")}
        </Link>
      </p>
      <div className="flex flex-col gap-8">
        <Section id="breakdown" title={t("money.part.breakdownTitle")}>
          <div className="grid gap-3 rounded-xl border border-stone-200 bg-white p-4">
            {part.paidAt ? (
              <p className="text-stone-700">{t("money.part.paidOn", { date: f.date(part.paidAt) })}</p>
            ) : null}
            <TotalsList
              rows={part.lines.map((line) => ({
                key: line.line,
                label: t(`money.part.lines.${line.line}`),
                value: f.money(line.amount),
              }))}
              total={{ label: t("money.part.net"), value: f.money(part.net) }}
              totalTestId="part-net"
            />
            <p className="text-sm text-stone-600">
              {t("money.part.commissionDetail", {
                charged: f.money(part.commission.charged),
                shipping: f.money(part.commission.onShipping),
              })}
            </p>
            {part.commission.givenBack > 0 || part.feesVat.givenBack > 0 ? (
              <p className="text-sm text-stone-600">
                {t("money.part.commissionGivenBack", {
                  amount: f.money(part.commission.givenBack),
                  vat: f.money(part.feesVat.givenBack),
                })}
              </p>
            ) : null}
          </div>
        </Section>
        {part.ambassadorShare > 0 ? (
          <Section id="ambassador" title={t("money.part.ambassadorTitle")}>
            <p className="rounded-xl border border-stone-200 bg-white p-4">
              {t("money.part.ambassadorText", { amount: f.money(part.ambassadorShare) })}
            </p>
          </Section>
        ) : null}
        <Section id="hold" title={t("money.part.holdTitle")}>
          <div className="grid gap-2 rounded-xl border border-stone-200 bg-white p-4">
            {part.released && part.hold.endsAt ? (
              <p>{t("money.part.released", { date: f.date(part.hold.endsAt) })}</p>
            ) : (
              <p>
                <span className="block font-medium" data-testid="part-available-on">
                  {hold.when}
                </span>
                <span className="text-stone-600">{hold.reason}</span>
              </p>
            )}
            {part.unsettledAmount === 0 && part.payouts.length > 0 ? (
              <p>{t("money.part.allSettled")}</p>
            ) : part.payoutSchedule === "ON_REQUEST" ? (
              <p>{t("money.part.expectedOnRequest", { amount: f.money(part.unsettledAmount) })}</p>
            ) : part.expectedPayoutDate ? (
              <p data-testid="part-expected-payout">
                {t("money.part.expectedPayout", {
                  date: f.runDate(part.expectedPayoutDate),
                  amount: f.money(part.unsettledAmount),
                })}
              </p>
            ) : null}
          </div>
        </Section>
        {part.payouts.length > 0 ? (
          <Section id="payouts" title={t("money.part.payoutsTitle")}>
            <PayoutsTable payouts={part.payouts} caption={t("money.part.payoutsTitle")} f={f} />
          </Section>
        ) : null}
        <Section id="items" title={t("money.part.itemsTitle")}>
          <div className="overflow-x-auto rounded-xl border border-stone-200 bg-white">
            <table className="w-full text-start text-sm">
              <caption className="sr-only">{t("money.part.itemsCaption")}</caption>
              <thead className="bg-stone-50 text-stone-700">
                <tr>
                  <th scope="col" className="px-3 py-2 text-start">
                    {t("money.part.product")}
                  </th>
                  <th scope="col" className="px-3 py-2 text-end">
                    {t("money.part.quantity")}
                  </th>
                  <th scope="col" className="px-3 py-2 text-end">
                    {t("money.part.lineAmount")}
                  </th>
                  <th scope="col" className="px-3 py-2 text-end">
                    {t("money.part.commissionRate")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {part.items.map((item) => (
                  <tr key={item.id} className="border-t border-stone-200 align-top">
                    <td className="px-3 py-2">{item.title}</td>
                    <td className="px-3 py-2 text-end tabular-nums">
                      {item.quantity}
                      {item.refundedQuantity > 0 ? (
                        <span className="block text-stone-600">
                          {t("money.part.refundedQuantity", { count: item.refundedQuantity })}
                        </span>
                      ) : null}
                    </td>
                    <td className="px-3 py-2 text-end whitespace-nowrap tabular-nums">{f.money(item.lineAmount)}</td>
                    <td className="px-3 py-2 text-end whitespace-nowrap tabular-nums">
                      {f.money(item.commissionAmount)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Section>
      </div>
    </>
  );
}
