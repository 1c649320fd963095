import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { ClientMessages } from "@/components/i18n/client-messages";
import { TestCardForm } from "@/components/payments/test-card-form";
import { PageHeader } from "@/components/ui/page-header";
import { secondaryButton } from "@/components/ui/styles";
import { requireRole } from "@/lib/auth/session";
import { getRentCardCharge } from "@/lib/billing/pay-rent-with-test-card";
import { getT } from "@/lib/i18n/server";
import { formatMoney } from "@/lib/money/format-money";
import { orNotFound } from "@/lib/or-not-found";
import { TEST_CARD_DECLINED, TEST_CARD_SUCCESS } from "@/lib/payments/test-cards";
import { payRentWithTestCardAction } from "../../actions";

type PageProps = { params: Promise<{ chargeId: string }> };

export const metadata: Metadata = { robots: { index: false } };

/** The built-in test provider's payment of a rent charge: only the shop's owner. */
export default async function RentTestPaymentPage({ params }: PageProps) {
  const { chargeId } = await params;
  const actor = await requireRole(`/dashboard/plan/pay/${chargeId}`, "VENDOR");
  const { locale, t } = await getT();
  const charge = await orNotFound(getRentCardCharge(actor, chargeId));
  if (charge.status === "PAID") redirect("/dashboard/plan?status=rent-paid");
  if (charge.status !== "PENDING" || charge.paymentProvider !== "test") notFound();
  const money = (amount: number) => formatMoney(amount, charge.currency, locale);
  return (
    <>
      <PageHeader
        title={t("billing.pay.title")}
        description={t("billing.pay.summary", {
          plan: charge.plan.name,
          shop: charge.shop.name,
          months: charge.plan.termMonths,
        })}
      />
      <div role="note" className="mb-6 rounded-xl border-2 border-dashed border-amber-500 bg-amber-50 p-4">
        <p className="text-lg font-bold text-amber-900">{t("orders.pay.testBanner")}</p>
        <p className="mt-1 text-amber-900">{t("orders.pay.testBannerText")}</p>
      </div>
      <p className="mb-4 text-lg">
        {t("billing.pay.amounts", {
          amount: money(charge.amountExclVat),
          vat: money(charge.vatAmount),
          total: money(charge.totalAmount),
        })}
      </p>
      <div className="flex flex-col gap-6">
        <section aria-labelledby="test-cards" className="max-w-md rounded-xl border border-stone-200 bg-white p-4">
          <h2 id="test-cards" className="mb-2 text-lg font-semibold">
            {t("orders.pay.testCardsTitle")}
          </h2>
          <ul className="grid gap-1">
            <li className="font-mono">{t("orders.pay.testCardSuccess", { number: TEST_CARD_SUCCESS })}</li>
            <li className="font-mono">{t("orders.pay.testCardDeclined", { number: TEST_CARD_DECLINED })}</li>
          </ul>
          <p className="mt-2 text-sm text-stone-600">{t("orders.pay.testCardAny")}</p>
        </section>
        <ClientMessages
          locale={locale}
          namespaces={[
            "orders.pay.cardNumber",
            "orders.pay.expiry",
            "orders.pay.cvc",
            "orders.pay.submit",
            "orders.pay.pending",
          ]}
        >
          <TestCardForm action={payRentWithTestCardAction.bind(null, charge.id)} amount={money(charge.totalAmount)} />
        </ClientMessages>
        <Link href="/dashboard/plan?status=rent-cancelled" className={`${secondaryButton} self-start`}>
          {t("billing.pay.back")}
        </Link>
      </div>
    </>
  );
}
