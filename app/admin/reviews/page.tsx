import type { Metadata } from "next";
import Link from "next/link";
import { PaginationNav } from "@/components/orders/pagination-nav";
import { TransitionForm } from "@/components/orders/transition-form";
import { AdminReviewCard } from "@/components/reviews/admin-review-card";
import { EmptyState } from "@/components/ui/empty-state";
import { FormMessage } from "@/components/ui/form-message";
import { PageHeader } from "@/components/ui/page-header";
import { inputBase, primaryButton, textLink } from "@/components/ui/styles";
import { requireRole } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { listReviewsForOperator, type OperatorReviewQuery } from "@/lib/reviews/list-reviews-for-operator";
import { REVIEW_LIMITS } from "@/lib/reviews/schemas";
import { hideReviewAction, showReviewAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("admin.nav.reviews") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function filterParams(query: OperatorReviewQuery, page = 1): URLSearchParams {
  const params = new URLSearchParams();
  if (query.status) params.set("status", query.status);
  if (query.shopId) params.set("shop", query.shopId);
  if (query.stars) params.set("stars", String(query.stars));
  if (page > 1) params.set("page", String(page));
  return params;
}

function listHref(query: OperatorReviewQuery, page = 1): string {
  const text = filterParams(query, page).toString();
  return text ? `/admin/reviews?${text}` : "/admin/reviews";
}

/** Every shop's reviews for the operators: filters, hide with a reason (confirmed), show again (docs/trust.md, reviews). */
export default async function AdminReviewsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireRole("/admin/reviews", "OPERATOR");
  const { locale, t } = await getT();
  const raw = Object.fromEntries(
    Object.entries(await searchParams).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  );
  const list = await listReviewsForOperator(actor, raw);
  const { query } = list;
  const filters = filterParams(query, list.page).toString();
  const filtered = Boolean(query.status || query.shopId || query.stars);
  const done = raw.done === "hidden" || raw.done === "shown" ? raw.done : null;

  return (
    <>
      <PageHeader title={t("reviews.title")} description={t("reviews.admin.intro")} />
      {done ? (
        <div className="mb-4">
          <FormMessage success={t(done === "hidden" ? "reviews.admin.done.hidden" : "reviews.admin.done.shown")} />
        </div>
      ) : null}
      <form
        method="get"
        action="/admin/reviews"
        aria-label={t("reviews.admin.filters")}
        className="mb-4 grid gap-3 rounded-xl border border-stone-200 bg-white p-4 sm:grid-cols-4 sm:items-end"
      >
        <div className="flex flex-col gap-1">
          <label htmlFor="reviews-status" className="font-medium">
            {t("reviews.admin.status")}
          </label>
          <select id="reviews-status" name="status" defaultValue={query.status ?? ""} className={inputBase}>
            <option value="">{t("reviews.admin.allStatuses")}</option>
            <option value="PUBLISHED">{t("reviews.status.PUBLISHED")}</option>
            <option value="HIDDEN">{t("reviews.status.HIDDEN")}</option>
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="reviews-shop" className="font-medium">
            {t("reviews.admin.shop")}
          </label>
          <select id="reviews-shop" name="shop" defaultValue={query.shopId ?? ""} className={inputBase}>
            <option value="">{t("reviews.admin.allShops")}</option>
            {list.shops.map((shop) => (
              <option key={shop.id} value={shop.id}>
                {shop.name}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="reviews-stars" className="font-medium">
            {t("reviews.admin.stars")}
          </label>
          <select
            id="reviews-stars"
            name="stars"
            defaultValue={query.stars ? String(query.stars) : ""}
            className={inputBase}
          >
            <option value="">{t("reviews.admin.allStars")}</option>
            {(["1", "2", "3", "4", "5"] as const).map((stars) => (
              <option key={stars} value={stars}>
                {t(`reviews.stars.${stars}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" className={primaryButton}>
            {t("reviews.admin.apply")}
          </button>
          {filtered ? (
            <Link href="/admin/reviews" className={textLink}>
              {t("reviews.admin.clear")}
            </Link>
          ) : null}
        </div>
      </form>
      <p className="mb-3 text-stone-700" role="status">
        {t("reviews.admin.matching", { count: list.matching })}
      </p>
      {list.rows.length === 0 ? (
        <EmptyState title={t("reviews.admin.emptyTitle")} text={t("reviews.admin.emptyText")} />
      ) : (
        <ul className="flex flex-col gap-3" aria-label={t("reviews.admin.listLabel")}>
          {list.rows.map((review) => (
            <li key={review.id}>
              <AdminReviewCard
                review={review}
                locale={locale}
                t={t}
                action={
                  review.status === "PUBLISHED" ? (
                    <TransitionForm
                      id={`hide-${review.id}`}
                      title={t("reviews.admin.hideTitle")}
                      text={t("reviews.admin.hideText")}
                      action={hideReviewAction.bind(null, review.id, filters)}
                      fields={[
                        {
                          kind: "textarea",
                          name: "reason",
                          label: t("reviews.admin.reason"),
                          required: true,
                          maxLength: REVIEW_LIMITS.hiddenReason,
                        },
                      ]}
                      submit={t("reviews.admin.hideSubmit")}
                      pending={t("reviews.admin.hidePending")}
                      tone="danger"
                      confirm={{
                        title: t("reviews.admin.hideConfirmTitle"),
                        text: t("reviews.admin.hideConfirmText"),
                        submit: t("reviews.admin.hideConfirmSubmit"),
                        back: t("reviews.admin.back"),
                      }}
                    />
                  ) : (
                    <TransitionForm
                      id={`show-${review.id}`}
                      title={t("reviews.admin.showTitle")}
                      text={t("reviews.admin.showText")}
                      action={showReviewAction.bind(null, review.id, filters)}
                      submit={t("reviews.admin.showSubmit")}
                      pending={t("reviews.admin.showPending")}
                      tone="secondary"
                    />
                  )
                }
              />
            </li>
          ))}
        </ul>
      )}
      <PaginationNav page={list.page} pageCount={list.pageCount} href={(page) => listHref(query, page)} t={t} />
    </>
  );
}
