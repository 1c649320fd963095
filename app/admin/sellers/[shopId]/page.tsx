import type { Metadata } from "next";
import Link from "next/link";
import { ConfirmActionForm } from "@/components/admin/confirm-action-form";
import { ReviewFields } from "@/components/admin/review-fields";
import { PayoutChangeReview } from "@/components/admin/payout-change-review";
import { ShopHistory } from "@/components/admin/shop-history";
import { ShopStatusBadge } from "@/components/back-office/shop-status-badge";
import { EmptyState } from "@/components/ui/empty-state";
import { FormMessage } from "@/components/ui/form-message";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { textLink } from "@/components/ui/styles";
import { LtrText } from "@/components/layout/ltr-text";
import { requireRole } from "@/lib/auth/session";
import type { Locale } from "@/lib/i18n/config";
import { getT } from "@/lib/i18n/server";
import type { MessageKey, Translate } from "@/lib/i18n/translate";
import { formatMoney } from "@/lib/money/format-money";
import { orNotFound } from "@/lib/or-not-found";
import { getPendingPayoutChange } from "@/lib/payouts/payout-change/get-pending-payout-change";
import { getShopForReview, type ShopForReview } from "@/lib/sellers/get-shop-for-review";
import { REASON_MAX } from "@/lib/sellers/schemas";
import {
  approveShopAction,
  decidePayoutChangeAction,
  rejectShopAction,
  reinstateShopAction,
  requestShopChangesAction,
  suspendShopAction,
} from "./actions";

type PageProps = { params: Promise<{ shopId: string }>; searchParams: Promise<{ done?: string | string[] }> };

const DONE_MESSAGES: Record<string, MessageKey> = {
  approved: "sellers.done.approved",
  "changes-approved": "sellers.done.changesApproved",
  rejected: "sellers.done.rejected",
  "changes-requested": "sellers.done.changesRequested",
  suspended: "sellers.done.suspended",
  reinstated: "sellers.done.reinstated",
  "payout-approved": "security.review.payout.approved",
  "payout-refused": "security.review.payout.refused",
};

async function loadShop(shopId: string) {
  const actor = await requireRole(`/admin/sellers/${shopId}`, "OPERATOR");
  return orNotFound(getShopForReview(actor, shopId));
}

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { t } = await getT();
  const { shopId } = await params;
  const shop = await loadShop(shopId);
  return { title: t("sellers.detail.title", { name: shop.name }) };
}

function weekdayNames(locale: Locale): string[] {
  const format = new Intl.DateTimeFormat(locale, { weekday: "long", timeZone: "UTC" });
  // 1 January 2024 was a Monday: opening hours are stored Monday first.
  return Array.from({ length: 7 }, (_, day) => format.format(new Date(Date.UTC(2024, 0, 1 + day))));
}

function Actions({ shop, t }: { shop: ShopForReview; t: Translate }) {
  const hidden = { shopId: shop.id };
  const pending = t("sellers.actions.pending");
  const reasonField = {
    name: "reason",
    label: t("sellers.actions.reasonLabel"),
    hint: t("sellers.actions.reasonHint"),
    maxLength: REASON_MAX,
  };
  const forms: React.ReactNode[] = [];
  if (shop.status === "PENDING") {
    forms.push(
      <ConfirmActionForm
        key="approve"
        id="approve"
        action={approveShopAction}
        hidden={hidden}
        labels={{
          open: t("sellers.actions.approve"),
          confirmText: t("sellers.actions.approveConfirm", { name: shop.name }),
          submit: t("sellers.actions.approveSubmit"),
          pending,
        }}
      />,
      <ConfirmActionForm
        key="request-changes"
        id="request-changes"
        action={requestShopChangesAction}
        hidden={hidden}
        labels={{
          open: t("sellers.actions.requestChanges"),
          confirmText: t("sellers.actions.requestChangesConfirm"),
          submit: t("sellers.actions.requestChangesSubmit"),
          pending,
        }}
        field={{
          name: "message",
          label: t("sellers.actions.messageLabel"),
          hint: t("sellers.actions.reasonHint"),
          maxLength: REASON_MAX,
        }}
      />,
      <ConfirmActionForm
        key="reject"
        id="reject"
        tone="danger"
        action={rejectShopAction}
        hidden={hidden}
        labels={{
          open: t("sellers.actions.reject"),
          confirmText: t("sellers.actions.rejectConfirm", { name: shop.name }),
          submit: t("sellers.actions.rejectSubmit"),
          pending,
        }}
        field={reasonField}
      />,
    );
  }
  if (shop.status === "APPROVED" && shop.reviewPending) {
    forms.push(
      <ConfirmActionForm
        key="approve-changes"
        id="approve-changes"
        action={approveShopAction}
        hidden={hidden}
        labels={{
          open: t("sellers.actions.approveChanges"),
          confirmText: t("sellers.actions.approveChangesConfirm"),
          submit: t("sellers.actions.approveChangesSubmit"),
          pending,
        }}
      />,
    );
  }
  if (shop.status === "APPROVED") {
    forms.push(
      <ConfirmActionForm
        key="suspend"
        id="suspend"
        tone="danger"
        action={suspendShopAction}
        hidden={hidden}
        labels={{
          open: t("sellers.actions.suspend"),
          confirmText: t("sellers.actions.suspendConfirm", { name: shop.name }),
          submit: t("sellers.actions.suspendSubmit"),
          pending,
        }}
        field={reasonField}
      />,
    );
  }
  if (shop.status === "SUSPENDED") {
    forms.push(
      <ConfirmActionForm
        key="reinstate"
        id="reinstate"
        action={reinstateShopAction}
        hidden={hidden}
        labels={{
          open: t("sellers.actions.reinstate"),
          confirmText: t("sellers.actions.reinstateConfirm", { name: shop.name }),
          submit: t("sellers.actions.reinstateSubmit"),
          pending,
        }}
      />,
    );
  }
  if (forms.length === 0) {
    return (
      <EmptyState
        headingLevel="h3"
        title={t("sellers.actions.none")}
        text={t(shop.status === "DRAFT" ? "sellers.actions.noneDraft" : "sellers.actions.noneRejected")}
      />
    );
  }
  return <div className="flex flex-col gap-3">{forms}</div>;
}

export default async function AdminSellerPage({ params, searchParams }: PageProps) {
  const { shopId } = await params;
  const shop = await loadShop(shopId);
  const { locale, t } = await getT();
  const payoutChange = await getPendingPayoutChange(await requireRole(`/admin/sellers/${shopId}`, "OPERATOR"), shop.id);
  const done = (await searchParams).done;
  const doneKey = typeof done === "string" ? DONE_MESSAGES[done] : undefined;
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short" });
  const days = weekdayNames(locale);
  const notProvided = t("sellers.detail.notProvided");
  const yesNo = (value: boolean) => (value ? t("sellers.detail.yes") : t("sellers.detail.no"));
  const socials = Object.entries(shop.socials);

  return (
    <>
      <p className="mb-4">
        <Link href="/admin/sellers" className={textLink}>
          {t("sellers.detail.back")}
        </Link>
      </p>
      <PageHeader
        title={shop.name}
        description={shop.city ? t("shop.tradeInCity", { trade: shop.trade, city: shop.city }) : shop.trade}
      />
      {doneKey ? (
        <div className="mb-6">
          <FormMessage success={t(doneKey)} />
        </div>
      ) : null}

      <div className="grid gap-8 lg:grid-cols-[1fr_20rem]">
        <div className="flex min-w-0 flex-col gap-8">
          <Section id="status" title={t("sellers.detail.sections.status")}>
            <ReviewFields
              emptyLabel={notProvided}
              fields={[
                { label: t("sellers.detail.status"), value: <ShopStatusBadge status={shop.status} t={t} /> },
                ...(shop.reviewPending
                  ? [{ label: t("sellers.list.reviewPending"), value: t("sellers.detail.reviewPendingText") }]
                  : []),
                ...(shop.statusReason
                  ? [
                      {
                        label: t("sellers.detail.statusReason"),
                        value: <span className="whitespace-pre-wrap">{shop.statusReason}</span>,
                      },
                    ]
                  : []),
                ...(shop.changesRequestedMessage
                  ? [
                      {
                        label: t("sellers.detail.changesRequested"),
                        value: <span className="whitespace-pre-wrap">{shop.changesRequestedMessage}</span>,
                      },
                    ]
                  : []),
                {
                  label: t("sellers.detail.owner"),
                  value: (
                    <>
                      <span className="block">{shop.owner.name}</span>
                      <a href={`mailto:${shop.owner.email}`} dir="ltr" className={textLink}>
                        {shop.owner.email}
                      </a>
                    </>
                  ),
                },
                {
                  label: t("sellers.detail.submittedAt"),
                  value: shop.submittedAt ? date.format(shop.submittedAt) : null,
                },
                { label: t("sellers.detail.approvedAt"), value: shop.approvedAt ? date.format(shop.approvedAt) : null },
                { label: t("sellers.detail.createdAt"), value: date.format(shop.createdAt) },
              ]}
            />
          </Section>

          <Section id="shop" title={t("sellers.detail.sections.shop")}>
            <ReviewFields
              emptyLabel={notProvided}
              fields={[
                { label: t("sellers.detail.name"), value: shop.name },
                {
                  label: t("sellers.detail.slug"),
                  value:
                    shop.status === "APPROVED" ? (
                      <Link href={`/shops/${shop.slug}`} className={textLink}>
                        /shops/{shop.slug}
                      </Link>
                    ) : (
                      `/shops/${shop.slug}`
                    ),
                },
                { label: t("sellers.detail.trade"), value: shop.trade },
                {
                  label: t("sellers.detail.description"),
                  value: shop.description ? <span className="whitespace-pre-wrap">{shop.description}</span> : null,
                },
                {
                  label: t("sellers.detail.logo"),
                  value: shop.logoUrl ? (
                    // eslint-disable-next-line @next/next/no-img-element -- uploaded files, already resized
                    <img
                      src={shop.logoUrl}
                      alt={t("sellers.detail.logoAlt", { name: shop.name })}
                      className="size-20 rounded-lg object-cover"
                    />
                  ) : null,
                },
                {
                  label: t("sellers.detail.banner"),
                  value: shop.bannerUrl ? (
                    // eslint-disable-next-line @next/next/no-img-element -- uploaded files, already resized
                    <img
                      src={shop.bannerUrl}
                      alt={t("sellers.detail.bannerAlt", { name: shop.name })}
                      className="h-24 w-full max-w-md rounded-lg object-cover"
                    />
                  ) : null,
                },
                { label: t("sellers.detail.phone"), value: shop.phone ? <LtrText>{shop.phone}</LtrText> : null },
                { label: t("sellers.detail.email"), value: shop.email ? <LtrText>{shop.email}</LtrText> : null },
                { label: t("sellers.detail.website"), value: shop.website ? <LtrText>{shop.website}</LtrText> : null },
                {
                  label: t("sellers.detail.socials"),
                  value:
                    socials.length > 0 ? (
                      <ul>
                        {socials.map(([network, url]) => (
                          <li key={network}>
                            {network} : <span className="break-all">{url}</span>
                          </li>
                        ))}
                      </ul>
                    ) : null,
                },
              ]}
            />
          </Section>

          <Section id="location" title={t("sellers.detail.sections.location")}>
            <ReviewFields
              emptyLabel={notProvided}
              fields={[
                { label: t("sellers.detail.address"), value: shop.addressLine },
                {
                  label: t("sellers.detail.postalCode"),
                  value: shop.postalCode ? <LtrText>{shop.postalCode}</LtrText> : null,
                },
                { label: t("sellers.detail.city"), value: shop.city },
                { label: t("sellers.detail.country"), value: shop.country },
                {
                  label: t("sellers.detail.coordinates"),
                  value:
                    shop.latitude !== null && shop.longitude !== null
                      ? `${shop.latitude.toFixed(5)}, ${shop.longitude.toFixed(5)}`
                      : null,
                },
                ...shop.openingHours.map((ranges, day) => ({
                  label: days[day],
                  value:
                    ranges.length > 0
                      ? ranges
                          .map((range) => t("sellers.detail.timeRange", { open: range.open, close: range.close }))
                          .join(", ")
                      : t("sellers.detail.closed"),
                })),
              ]}
            />
          </Section>

          <Section id="delivery" title={t("sellers.detail.sections.delivery")}>
            <ReviewFields
              emptyLabel={notProvided}
              fields={[
                { label: t("sellers.detail.clickAndCollect"), value: yesNo(shop.clickAndCollect) },
                ...(shop.clickAndCollect
                  ? [{ label: t("sellers.detail.pickupInstructions"), value: shop.pickupInstructions }]
                  : []),
                {
                  label: t("sellers.detail.courier"),
                  value: shop.courierEnabled
                    ? t("sellers.detail.courierRadius", { km: shop.courierRadiusKm ?? 0 })
                    : yesNo(false),
                },
                {
                  label: t("sellers.detail.postal"),
                  value: shop.postalEnabled ? shop.postalCountries.join(", ") || yesNo(true) : yesNo(false),
                },
                {
                  label: t("sellers.detail.handlingDays"),
                  value: t("sellers.detail.days", { count: shop.handlingDays }),
                },
              ]}
            />
          </Section>

          <Section id="identity" title={t("sellers.detail.sections.identity")}>
            <ReviewFields
              emptyLabel={notProvided}
              fields={[
                {
                  label: t("sellers.detail.legalType"),
                  value: shop.legalType
                    ? t(shop.legalType === "COMPANY" ? "sellers.detail.company" : "sellers.detail.individual")
                    : null,
                },
                { label: t("sellers.detail.legalName"), value: shop.legalName },
                {
                  label: t("sellers.detail.registrationNumber"),
                  value: shop.registrationNumber ? <LtrText>{shop.registrationNumber}</LtrText> : null,
                },
                {
                  label: t("sellers.detail.vatNumber"),
                  value: shop.vatNumber ? <LtrText>{shop.vatNumber}</LtrText> : null,
                },
                {
                  label: t("sellers.detail.identityDocument"),
                  value: shop.hasIdentityDocument ? (
                    <span className="flex flex-col gap-1">
                      <span>
                        {shop.identityDocumentName ?? notProvided}
                        {shop.identityDocumentType ? ` (${shop.identityDocumentType})` : ""}
                      </span>
                      <a
                        href={`/admin/sellers/${shop.id}/document`}
                        target="_blank"
                        rel="noopener"
                        className={textLink}
                      >
                        {t("sellers.detail.openDocument")}
                      </a>
                    </span>
                  ) : null,
                },
              ]}
            />
          </Section>

          <Section id="payout" title={t("sellers.detail.sections.payout")}>
            <ReviewFields
              emptyLabel={notProvided}
              fields={[
                { label: t("sellers.detail.holderName"), value: shop.payoutHolderName },
                {
                  label: t("sellers.detail.iban"),
                  value: shop.maskedIban ? <LtrText className="font-mono">{shop.maskedIban}</LtrText> : null,
                },
                {
                  label: t("sellers.detail.stripeAccount"),
                  value: shop.stripeAccountId ? <span className="font-mono">{shop.stripeAccountId}</span> : null,
                },
              ]}
            />
          </Section>

          {payoutChange ? (
            <Section id="payout-change" title={t("security.review.payout.sectionTitle")}>
              <PayoutChangeReview
                shopId={shop.id}
                change={payoutChange}
                approveAction={decidePayoutChangeAction.bind(null, "approved")}
                refuseAction={decidePayoutChangeAction.bind(null, "refused")}
                emptyLabel={notProvided}
                locale={locale}
                t={t}
              />
            </Section>
          ) : null}

          <Section id="plan" title={t("sellers.detail.sections.plan")}>
            <ReviewFields
              emptyLabel={notProvided}
              fields={[
                { label: t("sellers.detail.planName"), value: shop.plan?.name },
                {
                  label: t("sellers.detail.monthlyFee"),
                  value: shop.plan ? formatMoney(shop.plan.monthlyFeeAmount, shop.plan.currency, locale) : null,
                },
                {
                  label: t("sellers.detail.commission"),
                  value: shop.plan
                    ? t("sellers.detail.percent", {
                        rate: (shop.plan.defaultCommissionBps / 100).toLocaleString(locale),
                      })
                    : null,
                },
              ]}
            />
          </Section>

          <Section id="history" title={t("sellers.detail.sections.history")}>
            {shop.history.length > 0 ? (
              <ShopHistory entries={shop.history} locale={locale} t={t} />
            ) : (
              <EmptyState headingLevel="h3" title={t("sellers.history.empty")} />
            )}
          </Section>
        </div>

        <aside aria-labelledby="actions-title" className="lg:sticky lg:top-4 lg:self-start">
          <h2 id="actions-title" className="mb-4 text-xl font-bold">
            {t("sellers.detail.sections.actions")}
          </h2>
          <Actions shop={shop} t={t} />
        </aside>
      </div>
    </>
  );
}
