import type { Metadata } from "next";
import Link from "next/link";
import { PaginationNav } from "@/components/orders/pagination-nav";
import { MyOrderCard } from "@/components/orders/my-order-card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { secondaryButton } from "@/components/ui/styles";
import { requireSignedIn } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
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
            <li key={order.id}>
              <MyOrderCard order={order} locale={locale} t={t} />
            </li>
          ))}
        </ul>
      )}
      <PaginationNav page={list.page} pageCount={list.pageCount} href={pageHref} t={t} />
    </>
  );
}
