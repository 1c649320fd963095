import type { Metadata } from "next";
import Link from "next/link";
import { OrderPartCard } from "@/components/orders/order-part-card";
import { OrderPartProgress } from "@/components/orders/order-part-progress";
import { OrderTotals } from "@/components/orders/order-totals";
import { RefundList } from "@/components/orders/refund-list";
import { FormMessage } from "@/components/ui/form-message";
import { PageHeader } from "@/components/ui/page-header";
import { textLink } from "@/components/ui/styles";
import { requireSignedIn } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { orNotFound } from "@/lib/or-not-found";
import { getMyOrder } from "@/lib/orders/get-my-order";
import { ConversationSection } from "@/app/orders/conversation-section";
import { cancelPartAction, confirmReceiptAction } from "./actions";
import { escalateAction, requestReturnAction } from "./return-actions";
import { ShopperReturnSection } from "@/components/orders/shopper-return-section";
import { postShopperMessageAction } from "./message-actions";
import { progressMessageKey } from "@/lib/payments/capture-rules";
import { MyReview } from "@/components/reviews/my-review";
import { ReviewForm } from "@/components/reviews/review-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { getMyOrderReviews } from "@/lib/reviews/get-my-order-reviews";
import { REVIEW_LIMITS } from "@/lib/reviews/schemas";
import { writeReviewAction } from "./review-actions";

type PageProps = {
  params: Promise<{ orderId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const DONE_MESSAGES = ["CONFIRM", "CANCEL", "REQUEST_RETURN", "ESCALATE"] as const;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("orders.account.title") };
}

export default async function MyOrderPage({ params, searchParams }: PageProps) {
  const { orderId } = await params;
  const actor = await requireSignedIn(`/account/orders/${encodeURIComponent(orderId)}`);
  const { locale, t } = await getT();
  const order = await orNotFound(getMyOrder(actor, orderId));
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "long" });
  const query = await searchParams;
  const done = DONE_MESSAGES.find((action) => action === query.done) ?? null;
  // docs/trust.md, reviews: each confirmed part may be reviewed once, then shows its review.
  const reviews = await getMyOrderReviews(actor, order.id);

  return (
    <>
      <p className="mb-4">
        <Link href="/account/orders" className={textLink}>
          {t("orders.account.back")}
        </Link>
      </p>
      <PageHeader
        title={t("orders.account.orderTitle", { number: order.number })}
        description={`${t("orders.account.placedOn", { date: date.format(order.createdAt) })} · ${t(progressMessageKey(order.progress, order.payment))}`}
      />
      {query.moved ? (
        <div className="mb-4">
          <FormMessage error={t("orders.life.moved")} />
        </div>
      ) : done ? (
        <div className="mb-4">
          <FormMessage success={t(`orders.life.shopper.done.${done}`)} />
        </div>
      ) : null}
      <div className="flex flex-col gap-4">
        {order.parts.map((part) => (
          <div key={part.id} className="flex flex-col gap-2">
            <OrderPartCard part={part} currency={order.currency} locale={locale} t={t} />
            <OrderPartProgress
              part={part}
              handlers={{
                CONFIRM: confirmReceiptAction.bind(null, order.id, part.id),
                CANCEL: cancelPartAction.bind(null, order.id, part.id),
              }}
              locale={locale}
              t={t}
            />
            <ShopperReturnSection
              part={part}
              handlers={{
                REQUEST_RETURN: requestReturnAction.bind(null, order.id, part.id),
                ESCALATE: escalateAction.bind(null, order.id, part.id),
              }}
              locale={locale}
              t={t}
            />
            {reviews[part.id]?.review ? (
              <MyReview
                id={`review-${part.id}`}
                review={reviews[part.id].review!}
                locale={locale}
                t={t}
                notice={query.reviewed === part.id ? <FormMessage success={t("reviews.form.done")} /> : undefined}
              />
            ) : reviews[part.id]?.canReview ? (
              <ClientMessages locale={locale} namespaces={["reviews.form", "reviews.stars"]}>
                <ReviewForm
                  id={`review-${part.id}`}
                  action={writeReviewAction.bind(null, order.id, part.id)}
                  shopName={part.shopName}
                  lines={reviews[part.id].lines.map((line) => ({ id: line.id, title: line.title }))}
                  maxLengths={{ comment: REVIEW_LIMITS.comment, productComment: REVIEW_LIMITS.productComment }}
                />
              </ClientMessages>
            ) : null}
            {part.refunds.length > 0 ? (
              <div className="rounded-xl border border-stone-200 bg-white p-4 sm:p-6">
                <RefundList
                  refunds={part.refunds}
                  currency={order.currency}
                  locale={locale}
                  t={t}
                  headingId={`refunds-${part.id}`}
                  headingLevel="h3"
                />
              </div>
            ) : null}
            {part.status !== "AWAITING_PAYMENT" ? (
              <div className="rounded-xl border border-stone-200 bg-white p-4 sm:p-6">
                <ConversationSection
                  actor={actor}
                  shopOrderId={part.id}
                  action={postShopperMessageAction.bind(null, order.id, part.id)}
                  id={`conversation-${part.id}`}
                  headingLevel="h3"
                />
              </div>
            ) : null}
          </div>
        ))}
        {/* The delivery address is the delivered parts' only: a click & collect part shows its shop's
            pickup address (in its card), never a delivery address (docs/product.md). */}
        {order.shippingAddress.length > 0 && order.parts.some((part) => part.deliveryMethod !== "CLICK_AND_COLLECT") ? (
          <section
            aria-labelledby="shipping-address"
            className="rounded-xl border border-stone-200 bg-white p-4 sm:p-6"
          >
            <h2 id="shipping-address" className="mb-2 text-lg font-semibold">
              {t("orders.account.shippingAddress")}
            </h2>
            <address className="not-italic">
              {order.shippingAddress.map((line) => (
                <span key={line} className="block">
                  {line}
                </span>
              ))}
            </address>
          </section>
        ) : null}
        <OrderTotals order={order} locale={locale} t={t} paid={order.status === "PAID"} />
      </div>
    </>
  );
}
