import type { Metadata } from "next";
import Link from "next/link";
import { adminMoneyFormat } from "@/components/admin/money/format";
import { MoneyNav } from "@/components/admin/money/money-nav";
import { AdminPayoutsTable } from "@/components/admin/money/payouts-table";
import { PaginationNav } from "@/components/orders/pagination-nav";
import { EmptyState } from "@/components/ui/empty-state";
import { FormMessage } from "@/components/ui/form-message";
import { PageHeader } from "@/components/ui/page-header";
import { SelectField } from "@/components/ui/select-field";
import { secondaryButton, textLink } from "@/components/ui/styles";
import { TextField } from "@/components/ui/text-field";
import { requireRole } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { listPayouts, PAYOUT_METHODS, PAYOUT_STATUSES, type PayoutFilters } from "@/lib/payouts/admin-payouts";
import { getPublicSettings } from "@/lib/settings/get-public-settings";
import { retryPayoutAction } from "./actions";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: `${t("adminMoney.payouts.title")} · ${t("adminMoney.title")}` };
}

function queryOf(filters: PayoutFilters, page = 1): URLSearchParams {
  const query = new URLSearchParams();
  if (filters.status) query.set("status", filters.status);
  if (filters.method) query.set("method", filters.method);
  if (filters.periodKey) query.set("periodKey", filters.periodKey);
  if (page > 1) query.set("page", String(page));
  return query;
}

/** Every payout, filtered by state, method and run, a page at a time; failed Stripe transfers can be retried now. */
export default async function AdminPayoutsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireRole("/admin/money/payouts", "OPERATOR");
  const { locale, t } = await getT();
  const params = await searchParams;
  const [list, { currency }] = await Promise.all([
    listPayouts(actor, {
      status: first(params.status),
      method: first(params.method),
      periodKey: first(params.periodKey),
      page: first(params.page) || 1,
    }),
    getPublicSettings(),
  ]);
  const f = adminMoneyFormat(t, locale, currency);
  const filtered = Boolean(list.filters.status || list.filters.method || list.filters.periodKey);
  const retried = first(params.retried);
  const back = queryOf(list.filters, list.page).toString();

  return (
    <>
      <PageHeader title={t("adminMoney.payouts.title")} description={t("adminMoney.payouts.intro")} />
      <MoneyNav current="payouts" t={t} />
      {retried === "1" ? (
        <div className="mb-4">
          <FormMessage success={t("adminMoney.payouts.retried")} />
        </div>
      ) : retried === "0" ? (
        <div className="mb-4">
          <FormMessage error={t("adminMoney.errors.notRetryable")} />
        </div>
      ) : null}
      <form
        method="get"
        action="/admin/money/payouts"
        aria-label={t("adminMoney.payouts.filters")}
        className="mb-6 grid gap-3 rounded-xl border border-stone-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4 lg:items-end"
      >
        <SelectField
          id="payouts-status"
          name="status"
          label={t("adminMoney.payouts.status")}
          defaultValue={list.filters.status ?? ""}
          options={[
            { value: "", label: t("adminMoney.payouts.any") },
            ...PAYOUT_STATUSES.map((status) => ({ value: status, label: t(`payouts.status.${status}`) })),
          ]}
        />
        <SelectField
          id="payouts-method"
          name="method"
          label={t("adminMoney.payouts.method")}
          defaultValue={list.filters.method ?? ""}
          options={[
            { value: "", label: t("adminMoney.payouts.any") },
            ...PAYOUT_METHODS.map((method) => ({ value: method, label: t(`payouts.method.${method}`) })),
          ]}
        />
        <TextField
          id="payouts-periodKey"
          name="periodKey"
          label={t("adminMoney.payouts.periodKey")}
          defaultValue={list.filters.periodKey ?? ""}
          maxLength={10}
          autoComplete="off"
        />
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" className={secondaryButton}>
            {t("adminMoney.payouts.submit")}
          </button>
          {filtered ? (
            <Link href="/admin/money/payouts" className={textLink}>
              {t("adminMoney.payouts.reset")}
            </Link>
          ) : null}
        </div>
      </form>
      <p className="mb-3 text-sm text-stone-700" role="status">
        {t("adminMoney.payouts.count", { count: list.total })}
      </p>
      {list.rows.length === 0 ? (
        <EmptyState
          title={filtered ? t("adminMoney.payouts.emptyFiltered") : t("adminMoney.payouts.empty")}
          text={filtered ? undefined : t("adminMoney.runs.emptyText")}
        />
      ) : (
        <>
          <AdminPayoutsTable rows={list.rows} f={f} retry={retryPayoutAction} back={back} />
          <PaginationNav
            page={list.page}
            pageCount={list.pages}
            href={(page) => `/admin/money/payouts?${queryOf(list.filters, page).toString()}`}
            t={t}
          />
        </>
      )}
    </>
  );
}
