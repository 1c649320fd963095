import type { Metadata } from "next";
import Link from "next/link";
import { PaginationNav } from "@/components/orders/pagination-nav";
import { SupportRequestList } from "@/components/support/support-request-list";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { SelectField } from "@/components/ui/select-field";
import { secondaryButton, textLink } from "@/components/ui/styles";
import { requireRole } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { listSupportQueue } from "@/lib/support/list-support-requests";
import { SUPPORT_STATUSES, type SupportQueueQuery } from "@/lib/support/schemas";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("admin.nav.support") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function queueHref(query: Partial<SupportQueueQuery>): string {
  const params = new URLSearchParams();
  if (query.status) params.set("status", query.status);
  if (query.shop) params.set("shop", query.shop);
  if (query.page && query.page > 1) params.set("page", String(query.page));
  const text = params.toString();
  return text ? `/admin/support?${text}` : "/admin/support";
}

/** The operators' support queue: OPEN first, oldest waiting first (docs/trust.md, vendor support). */
export default async function AdminSupportPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireRole("/admin/support", "OPERATOR");
  const { locale, t } = await getT();
  const raw = Object.fromEntries(
    Object.entries(await searchParams).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  );
  const queue = await listSupportQueue(actor, raw);
  const { status, shop } = queue.query;
  const filtered = Boolean(status || shop);

  return (
    <>
      <PageHeader title={t("support.admin.title")} description={t("support.admin.intro")} />
      {!queue.anyRequest ? (
        <EmptyState title={t("support.admin.emptyTitle")} text={t("support.admin.emptyText")} />
      ) : (
        <>
          <form method="get" action="/admin/support" className="mb-4 flex flex-wrap items-end gap-3">
            <div className="min-w-0 flex-1 basis-40 sm:max-w-xs">
              <SelectField
                id="support-filter-status"
                name="status"
                label={t("support.admin.statusFilter")}
                defaultValue={status ?? ""}
                options={[
                  { value: "", label: t("support.admin.allStatuses") },
                  ...SUPPORT_STATUSES.map((value) => ({ value, label: t(`support.status.operator.${value}`) })),
                ]}
              />
            </div>
            <div className="min-w-0 flex-1 basis-40 sm:max-w-xs">
              <SelectField
                id="support-filter-shop"
                name="shop"
                label={t("support.admin.shopFilter")}
                defaultValue={shop ?? ""}
                options={[
                  { value: "", label: t("support.admin.allShops") },
                  ...queue.shops.map((option) => ({ value: option.id, label: option.name })),
                ]}
              />
            </div>
            <div className="flex flex-wrap items-center gap-3">
              <button type="submit" className={secondaryButton}>
                {t("support.admin.filterSubmit")}
              </button>
              {filtered ? (
                <Link href="/admin/support" className={textLink}>
                  {t("support.admin.filterClear")}
                </Link>
              ) : null}
            </div>
          </form>
          <p className="sr-only" role="status">
            {t("support.admin.resultCount", { count: queue.total })}
          </p>
          {queue.rows.length === 0 ? (
            <EmptyState title={t("support.admin.noMatchTitle")} text={t("support.admin.noMatchText")} />
          ) : (
            <SupportRequestList
              rows={queue.rows}
              side="OPERATOR"
              hrefBase="/admin/support"
              showShop
              locale={locale}
              t={t}
            />
          )}
          <PaginationNav
            page={queue.page}
            pageCount={queue.pageCount}
            href={(page) => queueHref({ status, shop, page })}
            t={t}
          />
        </>
      )}
    </>
  );
}
