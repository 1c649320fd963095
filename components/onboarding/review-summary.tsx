import Link from "next/link";
import type { Translate } from "@/lib/i18n/translate";
import type { ShopReview } from "@/lib/onboarding/get-shop-review";
import { setupPath, type OnboardingStep } from "@/lib/onboarding/steps";
import { textLink } from "@/components/ui/styles";
import { LtrText } from "@/components/layout/ltr-text";

/** `ltr`: a code or number that keeps its left to right order in a right to left page (docs/i18n.md). */
type Row = { label: string; value: string | null; ltr?: boolean };

function StepSummary({
  shopId,
  step,
  rows,
  missing,
  t,
}: {
  shopId: string;
  step: OnboardingStep;
  rows: Row[];
  missing: boolean;
  t: Translate;
}) {
  const title = t(`onboarding.steps.${step}`);
  const headingId = `review-${step}`;
  return (
    <section aria-labelledby={headingId} className="rounded-xl border border-stone-200 bg-white p-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={headingId} className="text-lg font-semibold">
          {title}
        </h2>
        <span
          className={`rounded-full px-2.5 py-0.5 text-sm font-medium ${missing ? "bg-amber-100 text-amber-900" : "bg-brand-100 text-brand-800"}`}
        >
          {missing ? t("onboarding.review.incomplete") : t("onboarding.review.complete")}
        </span>
      </div>
      <dl className="mt-3 grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-2">
        {rows.map((row) => (
          <div key={row.label} className="flex min-w-0 flex-col">
            <dt className="text-sm text-stone-600">{row.label}</dt>
            <dd className={`break-words ${row.value ? "" : "text-stone-500 italic"}`}>
              {row.value && row.ltr ? <LtrText>{row.value}</LtrText> : row.value || t("onboarding.review.notProvided")}
            </dd>
          </div>
        ))}
      </dl>
      <p className="mt-3">
        <Link
          href={setupPath(shopId, step)}
          className={textLink}
          aria-label={t("onboarding.review.editStep", { step: title })}
        >
          {t("onboarding.review.edit")}
        </Link>
      </p>
    </section>
  );
}

/** Everything the vendor entered, step by step, each with a link back to its page. */
export function ReviewSummary({ review, locale, t }: { review: ShopReview; locale: string; t: Translate }) {
  const regions = new Intl.DisplayNames([locale], { type: "region" });
  const country = (code: string) => {
    try {
      return regions.of(code) ?? code;
    } catch {
      return code; // not a region code: show it as stored
    }
  };
  const address = [
    review.address.line,
    [review.address.postalCode, review.address.city].filter(Boolean).join(" "),
    country(review.address.country),
  ]
    .filter(Boolean)
    .join(", ");
  const modes = [
    review.delivery.clickAndCollect ? t("onboarding.review.clickAndCollect") : null,
    review.delivery.courierRadiusKm ? t("onboarding.review.courier", { km: review.delivery.courierRadiusKm }) : null,
    review.delivery.postalCountries?.length
      ? t("onboarding.review.postal", { countries: review.delivery.postalCountries.map(country).join(", ") })
      : null,
  ].filter((mode): mode is string => mode !== null);
  const legalType =
    review.identity.legalType === "COMPANY"
      ? t("onboarding.identity.company")
      : review.identity.legalType === "INDIVIDUAL"
        ? t("onboarding.identity.individual")
        : null;
  const isMissing = (step: OnboardingStep) => review.missing.includes(step);

  const steps: { step: OnboardingStep; rows: Row[] }[] = [
    {
      step: "profile",
      rows: [
        { label: t("onboarding.review.name"), value: review.name },
        { label: t("onboarding.review.trade"), value: review.trade },
        { label: t("onboarding.review.description"), value: review.description },
      ],
    },
    { step: "location", rows: [{ label: t("onboarding.review.address"), value: address }] },
    {
      step: "delivery",
      rows: [
        { label: t("onboarding.review.deliveryModes"), value: modes.join(" · ") },
        {
          label: t("onboarding.review.handlingLabel"),
          value: t("onboarding.review.handlingDays", { count: review.delivery.handlingDays }),
        },
      ],
    },
    {
      step: "identity",
      rows: [
        { label: t("onboarding.review.legalType"), value: legalType },
        { label: t("onboarding.review.legalName"), value: review.identity.legalName },
        { label: t("onboarding.review.registrationNumber"), value: review.identity.registrationNumber, ltr: true },
        { label: t("onboarding.review.vatNumber"), value: review.identity.vatNumber, ltr: true },
        { label: t("onboarding.review.document"), value: review.identity.documentName },
      ],
    },
    {
      step: "payout",
      rows: [
        { label: t("onboarding.review.holderName"), value: review.payout.holderName },
        { label: t("onboarding.review.iban"), value: review.payout.maskedIban, ltr: true },
        ...(review.payout.stripeConnected
          ? [{ label: t("onboarding.review.stripe"), value: t("onboarding.review.stripeConnected") }]
          : []),
      ],
    },
    { step: "plan", rows: [{ label: t("onboarding.review.plan"), value: review.planName }] },
  ];

  return (
    <div className="grid gap-4 lg:grid-cols-2">
      {steps.map(({ step, rows }) => (
        <StepSummary key={step} shopId={review.id} step={step} rows={rows} missing={isMissing(step)} t={t} />
      ))}
    </div>
  );
}
