import type { Metadata } from "next";
import Link from "next/link";
import { OrderPartCard } from "@/components/orders/order-part-card";
import { OrderTotals } from "@/components/orders/order-totals";
import { PageHeader } from "@/components/ui/page-header";
import { textLink } from "@/components/ui/styles";
import { requireSignedIn } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { orNotFound } from "@/lib/or-not-found";
import { getMyOrder } from "@/lib/orders/get-my-order";

type PageProps = { params: Promise<{ orderId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("orders.account.title") };
}

export default async function MyOrderPage({ params }: PageProps) {
  const { orderId } = await params;
  const actor = await requireSignedIn(`/account/orders/${encodeURIComponent(orderId)}`);
  const { locale, t } = await getT();
  const order = await orNotFound(getMyOrder(actor, orderId));
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "long" });

  return (
    <>
      <p className="mb-4">
        <Link href="/account/orders" className={textLink}>
          {t("orders.account.back")}
        </Link>
      </p>
      <PageHeader
        title={t("orders.account.orderTitle", { number: order.number })}
        description={`${t("orders.account.placedOn", { date: date.format(order.createdAt) })} · ${t(`orders.status.${order.status}`)}`}
      />
      <div className="flex flex-col gap-4">
        {order.parts.map((part) => (
          <OrderPartCard key={part.id} part={part} currency={order.currency} locale={locale} t={t} />
        ))}
        {order.shippingAddress.length > 0 ? (
          <section
            aria-labelledby="shipping-address"
            className="rounded-xl border border-stone-200 bg-white p-4 sm:p-6"
          >
            <h2 id="shipping-address" className="mb-2 text-lg font-semibold">
              {t("orders.account.shippingAddress")}
            </h2>
            <address className="not-italic">
              {order.shippingAddress.map((line) => (
                <span key={line} className="block">
                  {line}
                </span>
              ))}
            </address>
          </section>
        ) : null}
        <OrderTotals order={order} locale={locale} t={t} paid={order.status === "PAID"} />
      </div>
    </>
  );
}
