import { textLink } from "@/components/ui/styles";
import type { Translate } from "@/lib/i18n/translate";
import type { ReturnRequestView } from "@/lib/orders/return-request-view";

type Props = {
  request: ReturnRequestView;
  locale: string;
  t: Translate;
};

/**
 * A part's return request (docs/domain.md, returns and escalations), the same for the shopper, the
 * shop and the operator: the kind and the shopper's reason, the photos (private links), the shop's
 * instructions or refusal, the escalation and the marketplace's decision.
 */
export function ReturnRequestDetails({ request, locale, t }: Props) {
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
  return (
    <div className="flex flex-col gap-2">
      <p>{t("orders.returns.request.kind", { kind: t(`orders.returns.kind.${request.kind}`) })}</p>
      <p className="whitespace-pre-line">{t("orders.returns.request.reason", { reason: request.reason })}</p>
      {request.photos.length > 0 ? (
        <div>
          <p className="font-semibold">{t("orders.returns.request.photos")}</p>
          <ul className="flex flex-wrap gap-3">
            {request.photos.map((photo, index) => (
              <li key={photo.id}>
                <a href={photo.url} className={textLink} target="_blank" rel="noopener noreferrer">
                  {t("orders.returns.request.photo", { index: index + 1, name: photo.fileName })}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {request.instructions ? (
        <p className="whitespace-pre-line">
          {t("orders.returns.request.instructions", { instructions: request.instructions })}
        </p>
      ) : null}
      {request.refusalReason ? (
        <p className="whitespace-pre-line">{t("orders.returns.request.refusal", { reason: request.refusalReason })}</p>
      ) : null}
      {request.escalatedAt ? (
        <p>{t("orders.returns.request.escalated", { date: date.format(request.escalatedAt) })}</p>
      ) : null}
      {request.escalationNote ? (
        <p className="whitespace-pre-line">
          {t("orders.returns.request.escalationNote", { note: request.escalationNote })}
        </p>
      ) : null}
      {request.decision ? (
        <p className="font-medium">
          {t("orders.returns.request.decision", { decision: t(`orders.returns.decision.${request.decision}`) })}
        </p>
      ) : null}
      {request.decisionNote ? (
        <p className="whitespace-pre-line">
          {t("orders.returns.request.decisionNote", { note: request.decisionNote })}
        </p>
      ) : null}
    </div>
  );
}
