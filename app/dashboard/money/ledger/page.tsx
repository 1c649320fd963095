import type { Metadata } from "next";
import Link from "next/link";
import { LedgerFiltersForm, type LedgerFilterValues } from "@/components/money/ledger-filters-form";
import { LedgerTable } from "@/components/money/ledger-table";
import { moneyFormat } from "@/components/money/money-format";
import { PaginationNav } from "@/components/orders/pagination-nav";
import { EmptyState } from "@/components/ui/empty-state";
import { FormMessage } from "@/components/ui/form-message";
import { PageHeader } from "@/components/ui/page-header";
import { primaryButton, textLink } from "@/components/ui/styles";
import { requireRole } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { getT } from "@/lib/i18n/server";
import type { MessageKey } from "@/lib/i18n/translate";
import { orNotFound } from "@/lib/or-not-found";
import { LEDGER_ENTRY_TYPES, LEDGER_STATES, listLedgerEntries } from "@/lib/payouts/list-ledger-entries";
import { getDashboardShop } from "@/lib/shops/get-dashboard-shop";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("money.ledger.title") };
}

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const FILTERS = ["type", "state", "from", "to"] as const;

/** The query string of the filters (and a page), as the form sends it: empty ones left out. */
function queryOf(values: LedgerFilterValues, page?: number): string {
  const query = new URLSearchParams();
  for (const name of FILTERS) if (values[name]) query.set(name, values[name]);
  if (page && page > 1) query.set("page", String(page));
  const text = query.toString();
  return text ? `?${text}` : "";
}

/** The shop's ledger (docs/payouts.md, the vendor's money page): filters, 50 entries a page, CSV export. */
export default async function LedgerPage({ searchParams }: PageProps) {
  const actor = await requireRole("/dashboard/money/ledger", "VENDOR");
  const { locale, t } = await getT();
  const shop = await getDashboardShop(actor);
  if (!shop) {
    return (
      <>
        <PageHeader title={t("money.ledger.title")} />
        <EmptyState title={t("money.noShopTitle")} text={t("money.noShopText")}>
          <Link href="/dashboard/shops/new" className={primaryButton}>
            {t("money.createShop")}
          </Link>
        </EmptyState>
      </>
    );
  }
  const params = await searchParams;
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";
  const values: LedgerFilterValues = {
    type: first(params.type),
    state: first(params.state),
    from: first(params.from),
    to: first(params.to),
  };
  let errors: Record<string, string> = {};
  let ledger: Awaited<ReturnType<typeof listLedgerEntries>> | null = null;
  try {
    ledger = await orNotFound(
      listLedgerEntries(actor, shop.id, { filters: values, page: Number(first(params.page)) || 1 }),
    );
  } catch (error) {
    if (!isAppError(error, "VALIDATION")) throw error;
    errors = Object.fromEntries(Object.entries(error.fieldErrors).map(([field, key]) => [field, t(key as MessageKey)]));
  }
  // each row is written in its own currency (LedgerTable): this one formats nothing else
  const f = moneyFormat(t, locale, ledger?.rows[0]?.currency ?? "EUR");
  const filtered = FILTERS.some((name) => values[name]);

  return (
    <>
      <PageHeader title={t("money.ledger.title")} description={t("money.ledger.intro", { shop: shop.name })} />
      <p className="mb-4">
        <Link href="/dashboard/money" className={textLink}>
          {t("money.links.back")}
        </Link>
      </p>
      <LedgerFiltersForm
        values={values}
        errors={errors}
        exportHref={`/dashboard/money/ledger/export${queryOf(values)}`}
        types={LEDGER_ENTRY_TYPES}
        states={LEDGER_STATES}
        t={t}
      />
      {!ledger ? (
        <FormMessage error={t("forms.errors.summary")} />
      ) : ledger.rows.length === 0 ? (
        <EmptyState
          title={t("money.ledger.empty")}
          text={filtered ? t("money.ledger.emptyFiltered") : t("money.ledger.emptyText")}
        />
      ) : (
        <>
          <p className="mb-2 text-sm text-stone-600" aria-live="polite">
            {t("money.ledger.count", { count: ledger.total })}
          </p>
          <LedgerTable rows={ledger.rows} caption={t("money.ledger.caption")} f={f} />
          <PaginationNav
            page={ledger.page}
            pageCount={ledger.pageCount}
            href={(page) => `/dashboard/money/ledger${queryOf(values, page)}`}
            t={t}
          />
        </>
      )}
    </>
  );
}
