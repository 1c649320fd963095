import type { Metadata } from "next";
import Link from "next/link";
import { PaginationNav } from "@/components/orders/pagination-nav";
import { ShopOrderStatusBadge } from "@/components/orders/shop-order-status-badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { secondaryButton, textLink } from "@/components/ui/styles";
import { requireSignedIn } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { formatMoney } from "@/lib/money/format-money";
import { listMyOrders } from "@/lib/orders/list-my-orders";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("orders.account.title") };
}

type PageProps = { searchParams: Promise<{ page?: string | string[] }> };

const pageHref = (page: number) => (page > 1 ? `/account/orders?page=${page}` : "/account/orders");

export default async function MyOrdersPage({ searchParams }: PageProps) {
  const actor = await requireSignedIn("/account/orders");
  const { locale, t } = await getT();
  const raw = (await searchParams).page;
  const list = await listMyOrders(actor, { page: Number(Array.isArray(raw) ? raw[0] : raw) || 1 });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "long" });

  return (
    <>
      <PageHeader title={t("orders.account.title")} />
      {list.orders.length === 0 ? (
        <EmptyState title={t("orders.account.emptyTitle")} text={t("orders.account.emptyText")}>
          <Link href="/#shops" className={secondaryButton}>
            {t("home.heroCta")}
          </Link>
        </EmptyState>
      ) : (
        <ul className="flex flex-col gap-4">
          {list.orders.map((order) => (
            <li key={order.id} className="rounded-xl border border-stone-200 bg-white p-4 sm:p-6">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h2 className="text-lg font-semibold">
                  <Link href={`/account/orders/${order.id}`} className={textLink}>
                    {t("orders.account.orderTitle", { number: order.number })}
                  </Link>
                </h2>
                <span className="font-medium tabular-nums">
                  {t("orders.account.total", { amount: formatMoney(order.totalAmount, order.currency, locale) })}
                </span>
              </div>
              <p className="text-stone-600">
                {t("orders.account.placedOn", { date: date.format(order.createdAt) })} ·{" "}
                {t(`orders.status.${order.status}`)}
              </p>
              <ul className="mt-3 grid gap-2">
                {order.parts.map((part) => (
                  <li
                    key={part.id}
                    className="flex flex-wrap items-center justify-between gap-2 border-t border-stone-100 pt-2"
                  >
                    <span>
                      <span className="font-medium">{part.shopName}</span>
                      <span className="ms-2 text-stone-600">{t(`orders.deliveryMethod.${part.deliveryMethod}`)}</span>
                    </span>
                    <ShopOrderStatusBadge status={part.status} t={t} />
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      <PaginationNav page={list.page} pageCount={list.pageCount} href={pageHref} t={t} />
    </>
  );
}
