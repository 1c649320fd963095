import type { Metadata } from "next";
import Link from "next/link";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ReviewStep } from "@/components/onboarding/review-step";
import { ReviewSummary } from "@/components/onboarding/review-summary";
import { PageHeader } from "@/components/ui/page-header";
import { textLink } from "@/components/ui/styles";
import { requireRole } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { getShopReview, type ShopReview } from "@/lib/onboarding/get-shop-review";
import { setupPath } from "@/lib/onboarding/steps";
import type { Translate } from "@/lib/i18n/translate";
import { orNotFound } from "@/lib/or-not-found";
import { submitForReview } from "./actions";

type PageProps = { params: Promise<{ shopId: string }>; searchParams: Promise<{ submitted?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("onboarding.review.title") };
}

/** Where the shop stands: the operator's reason or message, or what its status means. */
function StatusNotice({ review, locale, t }: { review: ShopReview; locale: string; t: Translate }) {
  const box = "rounded-xl border px-4 py-3";
  if (review.status === "REJECTED") {
    return (
      <div className={`${box} border-red-200 bg-red-50 text-red-900`}>
        <h2 className="font-semibold">{t("onboarding.review.rejectedTitle")}</h2>
        {review.statusReason ? (
          <p className="mt-1">{t("onboarding.review.reason", { reason: review.statusReason })}</p>
        ) : null}
        <p className="mt-1">{t("onboarding.review.rejectedText")}</p>
      </div>
    );
  }
  if (review.status === "DRAFT" && review.changesRequestedMessage) {
    return (
      <div className={`${box} border-amber-200 bg-amber-50 text-amber-950`}>
        <h2 className="font-semibold">{t("onboarding.review.changesTitle")}</h2>
        <blockquote className="mt-1 border-s-4 border-amber-300 ps-3 whitespace-pre-line">
          {review.changesRequestedMessage}
        </blockquote>
        <p className="mt-1">{t("onboarding.review.changesText")}</p>
      </div>
    );
  }
  const statusText =
    review.status === "PENDING"
      ? t("onboarding.review.statusPending", {
          date: new Intl.DateTimeFormat(locale, { dateStyle: "long" }).format(review.submittedAt ?? new Date()),
        })
      : review.status === "APPROVED"
        ? t("onboarding.review.statusApproved")
        : review.status === "SUSPENDED"
          ? t("onboarding.review.statusSuspended")
          : null;
  return statusText ? (
    <p role="status" className={`${box} border-stone-200 bg-white`}>
      {statusText}
    </p>
  ) : null;
}

export default async function ReviewStepPage({ params, searchParams }: PageProps) {
  const { shopId } = await params;
  const { submitted } = await searchParams;
  const actor = await requireRole(`/dashboard/shops/${shopId}/setup/review`, "VENDOR");
  const { locale, t } = await getT();
  const review = await orNotFound(getShopReview(actor, shopId));
  const submittable = review.status === "DRAFT" || review.status === "REJECTED";
  return (
    <>
      <PageHeader
        title={t("onboarding.review.title")}
        description={submittable ? t("onboarding.review.intro") : undefined}
      />
      <div className="flex flex-col gap-6">
        {submitted && review.status === "PENDING" ? (
          <p
            role="status"
            className="rounded-xl border border-brand-100 bg-brand-50 px-4 py-3 font-medium text-brand-800"
          >
            {t("onboarding.review.submitted")}
          </p>
        ) : null}
        <StatusNotice review={review} locale={locale} t={t} />
        {submittable && review.missing.length > 0 ? (
          <section
            aria-labelledby="review-missing"
            className="rounded-xl border border-amber-200 bg-amber-50 px-4 py-3"
          >
            <h2 id="review-missing" className="font-semibold text-amber-950">
              {t("onboarding.review.missingTitle")}
            </h2>
            <ul className="mt-2 list-disc ps-6">
              {review.missing.map((step) => (
                <li key={step}>
                  <Link href={setupPath(review.id, step)} className={textLink}>
                    {t(`onboarding.steps.${step}`)}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <ReviewSummary review={review} locale={locale} t={t} />
        {submittable ? (
          <ClientMessages locale={locale} namespaces={["onboarding.review"]}>
            <ReviewStep
              action={submitForReview.bind(null, review.id)}
              canSubmit={review.canSubmit}
              resubmit={review.status === "REJECTED"}
            />
          </ClientMessages>
        ) : null}
      </div>
    </>
  );
}
