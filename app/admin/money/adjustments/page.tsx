import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { ClientMessages } from "@/components/i18n/client-messages";
import { AdjustmentForm } from "@/components/admin/money/adjustment-form";
import { AdjustmentsTable } from "@/components/admin/money/adjustments-table";
import { adminMoneyFormat } from "@/components/admin/money/format";
import { MoneyNav } from "@/components/admin/money/money-nav";
import { PaginationNav } from "@/components/orders/pagination-nav";
import { EmptyState } from "@/components/ui/empty-state";
import { FormMessage } from "@/components/ui/form-message";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { inputBase, secondaryButton } from "@/components/ui/styles";
import { requireRole } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { listAdjustments, listShopsForAdjustment } from "@/lib/payouts/adjust-balance";
import { parseId } from "@/lib/parse-id";
import { getPublicSettings } from "@/lib/settings/get-public-settings";
import { adjustBalanceAction } from "./actions";

type SearchParams = Promise<{
  q?: string | string[];
  shop?: string | string[];
  page?: string | string[];
  done?: string | string[];
}>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: `${t("adminMoney.adjustments.title")} · ${t("adminMoney.title")}` };
}

/**
 * Balance adjustments (docs/payouts.md, adjustments): find a shop, type a signed amount and a reason,
 * confirm what will be written; then the latest adjustments.
 */
export default async function AdminAdjustmentsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireRole("/admin/money/adjustments", "OPERATOR");
  const { locale, t } = await getT();
  const params = await searchParams;
  const query = first(params.q).trim().slice(0, 100);
  const [shops, adjustments, { currency }] = await Promise.all([
    listShopsForAdjustment(actor, query),
    listAdjustments(actor, { page: Number(first(params.page)) || 1 }),
    getPublicSettings(),
  ]);
  const f = adminMoneyFormat(t, locale, currency);
  const chosen = parseId(first(params.shop)) ?? (shops.length === 1 ? shops[0].id : "");

  return (
    <>
      <PageHeader title={t("adminMoney.adjustments.title")} description={t("adminMoney.adjustments.intro")} />
      <MoneyNav current="adjustments" t={t} />
      {first(params.done) === "1" ? (
        <div className="mb-4">
          <FormMessage success={t("adminMoney.adjustments.done")} />
        </div>
      ) : null}
      <div className="flex min-w-0 flex-col gap-10">
        <Section id="new-adjustment" title={t("adminMoney.adjustments.formTitle")}>
          <form
            method="get"
            action="/admin/money/adjustments"
            role="search"
            className="mb-6 flex max-w-xl flex-wrap items-end gap-2"
          >
            <div className="flex min-w-0 flex-1 flex-col gap-1">
              <label htmlFor="adjustment-search" className="font-medium">
                {t("adminMoney.adjustments.search")}
              </label>
              <input
                id="adjustment-search"
                name="q"
                type="search"
                defaultValue={query}
                maxLength={100}
                aria-describedby="adjustment-search-hint"
                className={inputBase}
              />
              <p id="adjustment-search-hint" className="text-sm text-stone-600">
                {t("adminMoney.adjustments.searchHint")}
              </p>
            </div>
            <button type="submit" className={secondaryButton}>
              {t("adminMoney.adjustments.searchSubmit")}
            </button>
          </form>
          {query && shops.length === 0 ? (
            <p className="mb-4 text-stone-700" role="status">
              {t("adminMoney.adjustments.noShop", { query })}
            </p>
          ) : null}
          <ClientMessages locale={locale} namespaces={["adminMoney.adjustments"]}>
            <AdjustmentForm
              // A new form (new request id) for a new search.
              key={`${query}:${chosen}`}
              action={adjustBalanceAction}
              shops={shops.map((shop) => ({
                value: shop.id,
                label: shop.city ? `${shop.name} (${shop.city})` : shop.name,
              }))}
              currency={currency}
              initial={{ shopId: chosen, amount: "", reason: "", requestId: randomUUID() }}
            />
          </ClientMessages>
        </Section>

        <Section id="adjustments" title={t("adminMoney.adjustments.listTitle")}>
          {adjustments.rows.length === 0 ? (
            <EmptyState
              title={t("adminMoney.adjustments.empty")}
              text={t("adminMoney.adjustments.emptyText")}
              headingLevel="h3"
            />
          ) : (
            <>
              <AdjustmentsTable rows={adjustments.rows} f={f} />
              <PaginationNav
                page={adjustments.page}
                pageCount={adjustments.pages}
                href={(page) => `/admin/money/adjustments?page=${page}#adjustments`}
                t={t}
              />
            </>
          )}
        </Section>
      </div>
    </>
  );
}
