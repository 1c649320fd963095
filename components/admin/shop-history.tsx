import type { Locale } from "@/lib/i18n/config";
import type { MessageKey, Translate } from "@/lib/i18n/translate";
import type { ShopAuditEntry } from "@/lib/sellers/get-shop-for-review";
import { AlertIndicatorList } from "@/components/quality/alert-indicator-list";

const ACTION_LABELS: Record<string, MessageKey> = {
  "shop.submitted": "sellers.history.actions.submitted",
  "shop.approved": "sellers.history.actions.approved",
  "shop.rejected": "sellers.history.actions.rejected",
  "shop.changes-requested": "sellers.history.actions.changesRequested",
  "shop.suspended": "sellers.history.actions.suspended",
  "shop.reinstated": "sellers.history.actions.reinstated",
  "shop.changes-approved": "sellers.history.actions.changesApproved",
  "shop.review-requested": "sellers.history.actions.reviewRequested",
  "quality.flag.suspended": "sellers.history.actions.qualitySuspended",
  "quality.flag.dismissed": "sellers.history.actions.qualityDismissed",
};

/** The shop's audit trail, newest first: who did what, when and why. */
export function ShopHistory({ entries, locale, t }: { entries: ShopAuditEntry[]; locale: Locale; t: Translate }) {
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
  return (
    <ol className="flex flex-col gap-3">
      {entries.map((entry) => (
        <li key={entry.id} className="rounded-xl border border-stone-200 bg-white p-4">
          <p className="font-semibold">{ACTION_LABELS[entry.action] ? t(ACTION_LABELS[entry.action]) : entry.action}</p>
          <p className="text-sm text-stone-600">
            <time dateTime={entry.createdAt.toISOString()}>{date.format(entry.createdAt)}</time>
            {" · "}
            {entry.actorName ? t("sellers.history.by", { name: entry.actorName }) : t("sellers.history.bySystem")}
          </p>
          {entry.evidence.length > 0 ? (
            <div className="mt-2">
              <p className="text-sm font-medium">{t("sellers.history.evidence")}</p>
              <AlertIndicatorList indicators={entry.evidence} t={t} locale={locale} />
            </div>
          ) : null}
          {entry.reason ? (
            <p className="mt-2 whitespace-pre-wrap text-stone-800">
              {t("sellers.history.reason", { reason: entry.reason })}
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
