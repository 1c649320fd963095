import type { Metadata } from "next";
import { cookies } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { OrderPartCard } from "@/components/orders/order-part-card";
import { OrderTotals } from "@/components/orders/order-totals";
import { ClientMessages } from "@/components/i18n/client-messages";
import { TestCardForm } from "@/components/payments/test-card-form";
import { PageHeader } from "@/components/ui/page-header";
import { secondaryButton } from "@/components/ui/styles";
import { getActor } from "@/lib/auth/session";
import { testPaymentsAllowed } from "@/lib/config/production-mode";
import { getT } from "@/lib/i18n/server";
import { formatMoney } from "@/lib/money/format-money";
import { orNotFound } from "@/lib/or-not-found";
import { getOrderForViewer } from "@/lib/orders/get-order-for-viewer";
import { ORDER_ACCESS_COOKIE } from "@/lib/orders/order-access";
import { testPaymentWords } from "@/lib/payments/payment-wording";
import { TEST_CARD_DECLINED, TEST_CARD_SUCCESS } from "@/lib/payments/test-cards";
import { payWithTestCardAction } from "./actions";
import { cancelPaymentPath } from "@/lib/orders/order-tokens";

type PageProps = { params: Promise<{ orderId: string }> };

export const metadata: Metadata = { robots: { index: false } };

/** The built-in test provider's payment page: only the order's shopper (or the guest's browser). */
export default async function TestPaymentPage({ params }: PageProps) {
  const { orderId } = await params;
  const [{ locale, t }, actor, jar] = await Promise.all([getT(), getActor(), cookies()]);
  const order = await orNotFound(getOrderForViewer(actor, jar.get(ORDER_ACCESS_COOKIE)?.value, orderId));
  if (order.status === "PAID") redirect(`/checkout/complete/${order.id}`);
  // Never in production without the test mode's opt-in (docs/security.md); payWithTestCard refuses too.
  if (order.status !== "AWAITING_PAYMENT" || order.paymentProvider !== "test" || !testPaymentsAllowed(process.env))
    notFound();
  // Capture on acceptance: the card is only authorized here (docs/domain.md, capture).
  const words = testPaymentWords(order.captureMode);

  return (
    <>
      <PageHeader
        title={t(words.title, { number: order.number })}
        description={words.intro ? t(words.intro) : undefined}
      />
      <div role="note" className="mb-6 rounded-xl border-2 border-dashed border-amber-500 bg-amber-50 p-4">
        <p className="text-lg font-bold text-amber-900">{t("orders.pay.testBanner")}</p>
        <p className="mt-1 text-amber-900">{t("orders.pay.testBannerText")}</p>
      </div>
      <div className="grid gap-8 lg:grid-cols-[1fr_24rem]">
        <div className="flex flex-col gap-4">
          {order.parts.map((part) => (
            <OrderPartCard key={part.id} part={part} currency={order.currency} locale={locale} t={t} />
          ))}
          <OrderTotals order={order} locale={locale} t={t} paid={false} />
        </div>
        <div className="flex flex-col gap-6">
          <section aria-labelledby="test-cards" className="rounded-xl border border-stone-200 bg-white p-4">
            <h2 id="test-cards" className="mb-2 text-lg font-semibold">
              {t("orders.pay.testCardsTitle")}
            </h2>
            <ul className="grid gap-1">
              <li className="font-mono">{t(words.testCardSuccess, { number: TEST_CARD_SUCCESS })}</li>
              <li className="font-mono">{t("orders.pay.testCardDeclined", { number: TEST_CARD_DECLINED })}</li>
            </ul>
            <p className="mt-2 text-sm text-stone-600">{t("orders.pay.testCardAny")}</p>
          </section>
          <ClientMessages
            locale={locale}
            namespaces={["orders.pay.cardNumber", "orders.pay.expiry", "orders.pay.cvc", words.submit, words.pending]}
          >
            <TestCardForm
              action={payWithTestCardAction.bind(null, order.id)}
              amount={formatMoney(order.totalAmount, order.currency, locale)}
              words={{ submit: words.submit, pending: words.pending }}
            />
          </ClientMessages>
          {/* Like "back" on Stripe's page: releases the order. A plain link, never prefetched (the GET acts). */}
          <a href={cancelPaymentPath(order.id)} className={`${secondaryButton} self-start`}>
            {t("orders.pay.cancel")}
          </a>
        </div>
      </div>
    </>
  );
}
