import type { Translate } from "@/lib/i18n/translate";
import type { TimelineEvent } from "@/lib/orders/order-detail";

type Props = {
  events: TimelineEvent[];
  /** whose words: the vendor reads "by the shop", the shopper "by you" */
  viewer: "vendor" | "shopper";
  locale: string;
  t: Translate;
  headingId: string;
  headingLevel?: "h2" | "h3";
};

/** What happened to a part, oldest first: what, who (by role), when, and the reason given. */
export function ShopOrderTimeline({ events, viewer, locale, t, headingId, headingLevel = "h2" }: Props) {
  const Heading = headingLevel;
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
  const by = viewer === "vendor" ? "byVendorView" : "byShopperView";
  return (
    <section aria-labelledby={headingId}>
      <Heading id={headingId} className={headingLevel === "h2" ? "mb-4 text-xl font-bold" : "mb-2 font-semibold"}>
        {t("orders.life.timeline.title")}
      </Heading>
      {events.length === 0 ? (
        <p className="text-stone-600">{t("orders.life.timeline.empty")}</p>
      ) : (
        <ol className="flex flex-col gap-3 border-s-2 border-stone-200 ps-4">
          {events.map((event) => (
            <li key={event.id}>
              <p>
                <span className="font-medium">
                  {event.action === "OTHER" && event.toStatus
                    ? t(`orders.partStatus.${event.toStatus}`)
                    : t(`orders.life.timeline.event.${event.action}`)}
                </span>{" "}
                <span className="text-stone-700">{t(`orders.life.timeline.${by}.${event.actorKind}`)}</span>
              </p>
              <p className="text-sm text-stone-600">
                <time dateTime={event.createdAt.toISOString()}>{date.format(event.createdAt)}</time>
              </p>
              {event.reason ? (
                <p className="mt-1 whitespace-pre-line text-stone-800">
                  {t("orders.life.timeline.reason", { reason: event.reason })}
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
