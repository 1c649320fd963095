import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import { OrderPartCard } from "@/components/orders/order-part-card";
import { OrderTotals } from "@/components/orders/order-totals";
import { PageHeader } from "@/components/ui/page-header";
import { primaryButton, secondaryButton } from "@/components/ui/styles";
import { getActor } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { orNotFound } from "@/lib/or-not-found";
import { getOrderForViewer } from "@/lib/orders/get-order-for-viewer";
import { ORDER_ACCESS_COOKIE } from "@/lib/orders/order-access";
import { progressMessageKey } from "@/lib/payments/capture-rules";

type PageProps = { params: Promise<{ orderId: string }> };

export const metadata: Metadata = { robots: { index: false } };

/** After paying: the order, shop by shop; "being confirmed" while Stripe's webhook has not arrived. */
export default async function OrderCompletePage({ params }: PageProps) {
  const { orderId } = await params;
  const [{ locale, t }, actor, jar] = await Promise.all([getT(), getActor(), cookies()]);
  const order = await orNotFound(getOrderForViewer(actor, jar.get(ORDER_ACCESS_COOKIE)?.value, orderId));

  if (order.status === "AWAITING_PAYMENT") {
    return (
      <>
        <PageHeader title={t("orders.complete.pendingTitle")} />
        <div role="status" className="max-w-prose rounded-xl border border-stone-200 bg-white p-6">
          <p>{t("orders.complete.pendingText", { number: order.number })}</p>
          <Link href={`/checkout/complete/${order.id}`} prefetch={false} className={`${primaryButton} mt-4`}>
            {t("orders.complete.refresh")}
          </Link>
        </div>
      </>
    );
  }

  return (
    <>
      <PageHeader
        title={t("orders.complete.title")}
        description={t("orders.complete.intro", { number: order.number, email: order.email })}
      />
      <p role="status" className="mb-2 font-semibold">
        {t(progressMessageKey(order.progress, order.payment))}
      </p>
      <p className="mb-6 text-stone-700">{t("orders.complete.nextSteps")}</p>
      <div className="flex flex-col gap-4">
        {order.parts.map((part) => (
          <OrderPartCard key={part.id} part={part} currency={order.currency} locale={locale} t={t} />
        ))}
        <OrderTotals order={order} locale={locale} t={t} paid />
      </div>
      <div className="mt-6 flex flex-wrap gap-3">
        {actor ? (
          <Link href="/account/orders" className={primaryButton}>
            {t("orders.complete.myOrders")}
          </Link>
        ) : null}
        <Link href="/" className={secondaryButton}>
          {t("orders.complete.continue")}
        </Link>
      </div>
    </>
  );
}
