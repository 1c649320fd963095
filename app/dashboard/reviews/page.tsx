import type { Metadata } from "next";
import Link from "next/link";
import { PaginationNav } from "@/components/orders/pagination-nav";
import { TransitionForm } from "@/components/orders/transition-form";
import { ReviewReplyCard } from "@/components/reviews/review-reply-card";
import { EmptyState } from "@/components/ui/empty-state";
import { FormMessage } from "@/components/ui/form-message";
import { PageHeader } from "@/components/ui/page-header";
import { primaryButton, secondaryButton } from "@/components/ui/styles";
import { requireRole } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { listVendorReviews, type VendorReviewFilter } from "@/lib/reviews/list-vendor-reviews";
import { REVIEW_LIMITS } from "@/lib/reviews/schemas";
import { getDashboardShop } from "@/lib/shops/get-dashboard-shop";
import { replyToReviewAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("dashboard.nav.reviews") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function listHref(filter: VendorReviewFilter, page = 1): string {
  const params = new URLSearchParams();
  if (filter !== "all") params.set("filter", filter);
  if (page > 1) params.set("page", String(page));
  const text = params.toString();
  return text ? `/dashboard/reviews?${text}` : "/dashboard/reviews";
}

/** The current shop's reviews, newest first, with a reply form under each unanswered one (docs/trust.md, reviews). */
export default async function DashboardReviewsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireRole("/dashboard/reviews", "VENDOR");
  const { locale, t } = await getT();
  const shop = await getDashboardShop(actor);
  if (!shop) {
    return (
      <>
        <PageHeader title={t("reviews.title")} />
        <EmptyState title={t("reviews.dashboard.noShopTitle")} text={t("reviews.dashboard.noShopText")}>
          <Link href="/dashboard/shops/new" className={primaryButton}>
            {t("reviews.dashboard.createShop")}
          </Link>
        </EmptyState>
      </>
    );
  }
  const raw = Object.fromEntries(
    Object.entries(await searchParams).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  );
  const list = await listVendorReviews(actor, shop.id, raw);
  const tabs = [
    { filter: "all", label: t("reviews.dashboard.all", { count: list.total }) },
    { filter: "awaitingReply", label: t("reviews.dashboard.awaitingReply", { count: list.awaitingReply }) },
  ] as const;

  return (
    <>
      <PageHeader title={t("reviews.title")} description={t("reviews.dashboard.intro", { shop: shop.name })} />
      {raw.done === "replied" ? (
        <div className="mb-4">
          <FormMessage success={t("reviews.dashboard.replied")} />
        </div>
      ) : null}
      {list.total === 0 ? (
        <EmptyState title={t("reviews.dashboard.emptyTitle")} text={t("reviews.dashboard.emptyText")} />
      ) : (
        <>
          <nav aria-label={t("reviews.dashboard.filterLabel")} className="mb-4 flex flex-wrap gap-2">
            {tabs.map((tab) => (
              <Link
                key={tab.filter}
                href={listHref(tab.filter)}
                aria-current={list.filter === tab.filter ? "page" : undefined}
                className={`${secondaryButton} aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-50`}
              >
                {tab.label}
              </Link>
            ))}
          </nav>
          {list.rows.length === 0 ? (
            <EmptyState title={t("reviews.dashboard.noneAwaitingTitle")} text={t("reviews.dashboard.noneAwaitingText")}>
              <Link href={listHref("all")} className={secondaryButton}>
                {t("reviews.dashboard.showAll")}
              </Link>
            </EmptyState>
          ) : (
            <ul className="flex flex-col gap-3" aria-label={t("reviews.dashboard.listLabel")}>
              {list.rows.map((review) => (
                <li key={review.id}>
                  <ReviewReplyCard
                    review={review}
                    locale={locale}
                    t={t}
                    replyForm={
                      <TransitionForm
                        id={`reply-${review.id}`}
                        title={t("reviews.dashboard.replyTitle")}
                        text={t("reviews.dashboard.replyText")}
                        action={replyToReviewAction.bind(null, review.id)}
                        fields={[
                          {
                            kind: "textarea",
                            name: "reply",
                            label: t("reviews.dashboard.reply"),
                            required: true,
                            maxLength: REVIEW_LIMITS.reply,
                          },
                        ]}
                        submit={t("reviews.dashboard.replySubmit")}
                        pending={t("reviews.dashboard.replyPending")}
                      />
                    }
                  />
                </li>
              ))}
            </ul>
          )}
          <PaginationNav
            page={list.page}
            pageCount={list.pageCount}
            href={(page) => listHref(list.filter, page)}
            t={t}
          />
        </>
      )}
    </>
  );
}
