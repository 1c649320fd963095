import Link from "next/link";
import { textLink } from "@/components/ui/styles";
import type { Translate } from "@/lib/i18n/translate";
import { setupPath } from "@/lib/onboarding/steps";
import type { CurrentShop } from "@/lib/shops/get-current-shop";

type Tone = "info" | "warning" | "danger";

const TONES: Record<Tone, string> = {
  info: "border-sky-200 bg-sky-50 text-sky-950",
  warning: "border-amber-200 bg-amber-50 text-amber-950",
  danger: "border-red-200 bg-red-50 text-red-950",
};

function Banner({
  tone,
  title,
  lines,
  action,
}: {
  tone: Tone;
  title: string;
  lines: (string | null)[];
  action?: { href: string; label: string };
}) {
  return (
    <div role="region" aria-label={title} className={`mb-6 rounded-xl border px-4 py-3 ${TONES[tone]}`}>
      <p className="font-semibold">{title}</p>
      {lines.filter(Boolean).map((line) => (
        <p key={line} className="mt-1 whitespace-pre-line">
          {line}
        </p>
      ))}
      {action ? (
        <p className="mt-2">
          <Link href={action.href} className={textLink}>
            {action.label}
          </Link>
        </p>
      ) : null}
    </div>
  );
}

/**
 * What the current shop's status means for the vendor, on every dashboard page: what to finish,
 * that it is under review, the operator's reason or message, or nothing for a live shop.
 */
export function ShopStatusBanner({ shop, t }: { shop: CurrentShop; t: Translate }) {
  const name = shop.name;
  const review = setupPath(shop.id, "review");
  switch (shop.status) {
    case "SUSPENDED":
      return (
        <Banner
          tone="danger"
          title={t("dashboard.banner.suspendedTitle", { name })}
          lines={[
            shop.statusReason ? t("dashboard.banner.reason", { reason: shop.statusReason }) : null,
            t("dashboard.banner.suspendedText"),
          ]}
        />
      );
    case "REJECTED":
      return (
        <Banner
          tone="danger"
          title={t("dashboard.banner.rejectedTitle", { name })}
          lines={[
            shop.statusReason ? t("dashboard.banner.reason", { reason: shop.statusReason }) : null,
            t("dashboard.banner.rejectedText"),
          ]}
          action={{ href: review, label: t("dashboard.banner.rejectedAction") }}
        />
      );
    case "DRAFT":
      if (shop.changesRequestedMessage) {
        return (
          <Banner
            tone="warning"
            title={t("dashboard.banner.changesTitle", { name })}
            lines={[t("dashboard.banner.message", { message: shop.changesRequestedMessage })]}
            action={{ href: review, label: t("dashboard.banner.changesAction") }}
          />
        );
      }
      return (
        <Banner
          tone="info"
          title={t("dashboard.banner.draftTitle", { name })}
          lines={[t("dashboard.banner.draftText")]}
          action={
            shop.firstIncompleteStep
              ? {
                  href: setupPath(shop.id, shop.firstIncompleteStep),
                  label: t("dashboard.banner.draftAction", { step: t(`onboarding.steps.${shop.firstIncompleteStep}`) }),
                }
              : { href: review, label: t("dashboard.banner.draftReadyAction") }
          }
        />
      );
    case "PENDING":
      return (
        <Banner
          tone="info"
          title={t("dashboard.banner.pendingTitle", { name })}
          lines={[t("dashboard.banner.pendingText")]}
        />
      );
    case "LAPSED":
      return (
        <Banner
          tone="warning"
          title={t("dashboard.banner.lapsedTitle", { name })}
          lines={[t("dashboard.banner.lapsedText")]}
          action={{ href: "/dashboard/plan", label: t("dashboard.banner.lapsedAction") }}
        />
      );
    case "CLOSED":
      return (
        <Banner
          tone="danger"
          title={t("dashboard.banner.closedTitle", { name })}
          lines={[t("dashboard.banner.closedText")]}
        />
      );
    case "APPROVED":
      return shop.reviewPending ? (
        <Banner
          tone="info"
          title={t("dashboard.banner.reviewPendingTitle")}
          lines={[t("dashboard.banner.reviewPendingText", { name })]}
        />
      ) : null;
  }
}
