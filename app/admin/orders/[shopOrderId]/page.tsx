import type { Metadata } from "next";
import Link from "next/link";
import { AdminOrderActions } from "@/components/admin/orders/admin-order-actions";
import { AdminOrderMoney } from "@/components/admin/orders/admin-order-money";
import { AdminOrderPayment } from "@/components/admin/orders/admin-order-payment";
import { OrderLines } from "@/components/orders/order-lines";
import { ShopOrderAmounts, ShopOrderCustomer } from "@/components/orders/shop-order-summary";
import { ShopOrderHeadline } from "@/components/orders/shop-order-headline";
import { ShopOrderTimeline } from "@/components/orders/shop-order-timeline";
import { FormMessage } from "@/components/ui/form-message";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { textLink } from "@/components/ui/styles";
import { requireRole } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { formatMoney } from "@/lib/money/format-money";
import { orNotFound } from "@/lib/or-not-found";
import { getShopOrderForOperator } from "@/lib/orders/get-shop-order-for-operator";
import { TRANSITION_LIMITS } from "@/lib/orders/transition-shop-order";
import { ConversationSection } from "@/app/orders/conversation-section";
import { acceptReturnAction, cancelAction, markDeliveredAction, receiveReturnAction } from "./actions";
import { decideEscalationAction, operatorRefundAction } from "./return-actions";
import { OperatorReturnSection } from "@/components/orders/operator-return-section";
import { REFUNDABLE_STATES } from "@/lib/orders/refund-shop-order";
import { postOperatorMessageAction } from "./message-actions";

type PageProps = {
  params: Promise<{ shopOrderId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("admin.nav.orders") };
}

const DONE_MESSAGES = ["CANCEL", "MARK_DELIVERED"] as const;
/** Returns and refunds (docs/domain.md, returns and escalations): their own words. */
const RETURN_DONE = {
  ACCEPT_RETURN: "orders.life.vendor.done.ACCEPT_RETURN",
  RECEIVE_RETURN: "orders.life.vendor.done.RECEIVE_RETURN",
  REFUND: "orders.life.vendor.done.REFUND",
  DECIDE_ESCALATION: "orders.returns.operator.done",
} as const;

/** One part of an order as the marketplace sees it: everything, the money included, and its actions. */
export default async function AdminOrderPage({ params, searchParams }: PageProps) {
  const { shopOrderId } = await params;
  const actor = await requireRole(`/admin/orders/${encodeURIComponent(shopOrderId)}`, "OPERATOR");
  const { locale, t } = await getT();
  const part = await orNotFound(getShopOrderForOperator(actor, shopOrderId));
  const query = await searchParams;
  const doneMessage = DONE_MESSAGES.find((action) => action === query.done) ?? null;
  const returnDone = Object.entries(RETURN_DONE).find(([action]) => action === query.done)?.[1] ?? null;
  const money = (amount: number) => formatMoney(amount, part.currency, locale);

  return (
    <>
      <p className="mb-4">
        <Link href="/admin/orders" className={textLink}>
          {t("orders.admin.back")}
        </Link>
      </p>
      {query.moved ? (
        <div className="mb-4">
          <FormMessage error={t("orders.life.moved")} />
        </div>
      ) : doneMessage ? (
        <div className="mb-4">
          <FormMessage success={t(`orders.admin.done.${doneMessage}`)} />
        </div>
      ) : returnDone ? (
        <div className="mb-4">
          <FormMessage success={t(returnDone)} />
        </div>
      ) : null}
      <PageHeader title={t("orders.dashboard.detailTitle", { number: part.orderNumber })} description={part.shopName} />
      {part.testMode ? (
        <p
          role="note"
          className="mb-4 rounded-lg border-2 border-dashed border-amber-500 bg-amber-50 p-3 font-semibold text-amber-900"
        >
          {t("security.production.testOrder")}
        </p>
      ) : null}
      <ShopOrderHeadline part={part} locale={locale} t={t} />
      <div className="flex flex-col gap-8">
        <Section id="next-step" title={t("orders.admin.actionsTitle")}>
          <AdminOrderActions
            actions={part.actions}
            handlers={{
              CANCEL: cancelAction.bind(null, part.id),
              MARK_DELIVERED: markDeliveredAction.bind(null, part.id),
              ACCEPT_RETURN: acceptReturnAction.bind(null, part.id),
              RECEIVE_RETURN: receiveReturnAction.bind(null, part.id),
            }}
            reasonMaxLength={TRANSITION_LIMITS.reason}
            t={t}
          />
        </Section>
        <OperatorReturnSection
          part={part}
          refundableStates={REFUNDABLE_STATES}
          handlers={{
            decide: decideEscalationAction.bind(null, part.id),
            refund: operatorRefundAction.bind(null, part.id),
          }}
          locale={locale}
          t={t}
        />
        <Section id="shop" title={t("orders.admin.shopSection")}>
          <p>
            <Link href={`/admin/sellers/${part.shopId}`} className={textLink}>
              {t("orders.admin.openShop", { shop: part.shopName })}
            </Link>
          </p>
          {part.carrierName ? (
            <p className="mt-2">{t("orders.life.vendor.shipment.carrier", { carrier: part.carrierName })}</p>
          ) : null}
          {part.trackingCode ? (
            <p>{t("orders.life.vendor.shipment.trackingCode", { code: part.trackingCode })}</p>
          ) : null}
          {part.trackingUrl ? (
            <p>
              <a href={part.trackingUrl} className={textLink} target="_blank" rel="noopener noreferrer">
                {t("orders.life.vendor.shipment.track")}
              </a>
            </p>
          ) : null}
        </Section>
        <Section id="customer" title={t("orders.dashboard.customerSection")}>
          <ShopOrderCustomer part={part} t={t} pickup={part.pickup} />
        </Section>
        <Section id="lines" title={t("orders.dashboard.lines")}>
          <OrderLines lines={part.lines} currency={part.currency} locale={locale} t={t} />
        </Section>
        <Section id="amounts" title={t("orders.dashboard.amounts")}>
          <div className="flex max-w-md flex-col gap-2">
            <ShopOrderAmounts part={part} locale={locale} t={t} />
            <p className="text-stone-700">{t("orders.admin.orderTotal", { amount: money(part.orderTotalAmount) })}</p>
            {part.paymentProvider ? (
              <p className="text-stone-700">{t("orders.admin.paymentProvider", { provider: part.paymentProvider })}</p>
            ) : null}
            <AdminOrderPayment payment={part.payment} currency={part.currency} locale={locale} t={t} />
          </div>
        </Section>
        <ShopOrderTimeline
          events={part.timeline}
          viewer="vendor"
          locale={locale}
          t={t}
          headingId="timeline"
          headingLevel="h2"
        />
        <ConversationSection
          actor={actor}
          shopOrderId={part.id}
          action={postOperatorMessageAction.bind(null, part.id)}
        />
        <Section id="money" title={t("orders.admin.money.title")}>
          <p className="mb-4">{t("orders.admin.money.refunded", { amount: money(part.refundedAmount) })}</p>
          <AdminOrderMoney ledger={part.ledger} refunds={part.refunds} locale={locale} t={t} />
        </Section>
      </div>
    </>
  );
}
