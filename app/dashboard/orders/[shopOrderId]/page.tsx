import type { Metadata } from "next";
import Link from "next/link";
import { finalPriceFields } from "@/components/dashboard/orders/final-price-fields";
import { PackingSlip } from "@/components/dashboard/orders/packing-slip";
import { showsToman } from "@/lib/money/display-unit";
import { RefundForm } from "@/components/dashboard/orders/refund-form";
import { refundFormLines } from "@/components/dashboard/orders/refund-form-props";
import { ShopOrderActions } from "@/components/dashboard/orders/shop-order-actions";
import { FinalPriceNote } from "@/components/orders/final-price-note";
import { OrderLines } from "@/components/orders/order-lines";
import { RefundList } from "@/components/orders/refund-list";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PrintButton } from "@/components/orders/print-button";
import { ShopOrderAmounts, ShopOrderCustomer } from "@/components/orders/shop-order-summary";
import { ShopOrderHeadline } from "@/components/orders/shop-order-headline";
import { ShopOrderTimeline } from "@/components/orders/shop-order-timeline";
import { ReturnRequestDetails } from "@/components/orders/return-request-panel";
import { FormMessage } from "@/components/ui/form-message";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { textLink } from "@/components/ui/styles";
import { requireRole } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { formatMoney } from "@/lib/money/format-money";
import { orNotFound } from "@/lib/or-not-found";
import { getShopOrder } from "@/lib/orders/get-shop-order";
import { getShopPickup } from "@/lib/shops/get-shop-pickup";
import {
  acceptAction,
  acceptReturnAction,
  cancelAction,
  handOverAction,
  makeAvailableAction,
  markDeliveredAction,
  readyForPickupAction,
  receiveReturnAction,
  refundAction,
  refuseAction,
  refuseReturnAction,
  shipAction,
} from "./actions";
import { ConversationSection } from "@/app/orders/conversation-section";
import { postVendorMessageAction } from "../message-actions";

type PageProps = {
  params: Promise<{ shopOrderId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("dashboard.nav.orders") };
}

const DONE_MESSAGES = [
  "ACCEPT",
  "REFUSE",
  "CANCEL",
  "SHIP",
  "READY_FOR_PICKUP",
  "HAND_OVER",
  "MARK_DELIVERED",
  "MAKE_AVAILABLE",
  "REFUND",
  "ACCEPT_RETURN",
  "REFUSE_RETURN",
  "RECEIVE_RETURN",
] as const;

export default async function DashboardOrderPage({ params, searchParams }: PageProps) {
  const { shopOrderId } = await params;
  const actor = await requireRole(`/dashboard/orders/${encodeURIComponent(shopOrderId)}`, "VENDOR");
  const { locale, t } = await getT();
  const part = await orNotFound(getShopOrder(actor, shopOrderId));
  // A click & collect part shows where the shop hands it over, never a delivery address.
  const pickup = part.deliveryMethod === "CLICK_AND_COLLECT" ? await getShopPickup(actor, part.shopId) : null;
  const query = await searchParams;
  const doneMessage = DONE_MESSAGES.find((action) => action === query.done) ?? null;
  const money = (amount: number) => formatMoney(amount, part.currency, locale);
  const shipped = part.carrierName || part.trackingCode || part.availabilityNote || part.status === "READY_FOR_PICKUP";

  return (
    // One root: the packing slip's print styles hide every other child of <main>.
    <div>
      <div className="print:hidden">
        <p className="mb-4">
          <Link href="/dashboard/orders" className={textLink}>
            {t("orders.dashboard.back")}
          </Link>
        </p>
        <p className="mb-4">
          <Link href={`/dashboard/money/orders/${part.id}`} className={textLink}>
            {t("money.part.fromOrderLink")}
          </Link>
        </p>
        {query.moved ? (
          <div className="mb-4">
            <FormMessage error={t("orders.life.moved")} />
          </div>
        ) : doneMessage ? (
          <div className="mb-4">
            <FormMessage success={t(`orders.life.vendor.done.${doneMessage}`)} />
          </div>
        ) : null}
        <PageHeader
          title={t("orders.dashboard.detailTitle", { number: part.orderNumber })}
          description={part.shopName}
        />
        <ShopOrderHeadline part={part} locale={locale} t={t}>
          <span className="ms-auto">
            <ClientMessages locale={locale} namespaces={["orders.life.vendor.print"]}>
              <PrintButton />
            </ClientMessages>
          </span>
        </ShopOrderHeadline>
        <div className="flex flex-col gap-8">
          <Section id="next-step" title={t("orders.life.vendor.actionsTitle")}>
            <ShopOrderActions
              actions={part.actions}
              handlers={{
                ACCEPT: acceptAction.bind(null, part.id),
                REFUSE: refuseAction.bind(null, part.id),
                CANCEL: cancelAction.bind(null, part.id),
                SHIP: shipAction.bind(null, part.id),
                READY_FOR_PICKUP: readyForPickupAction.bind(null, part.id),
                HAND_OVER: handOverAction.bind(null, part.id),
                MARK_DELIVERED: markDeliveredAction.bind(null, part.id),
                MAKE_AVAILABLE: makeAvailableAction.bind(null, part.id),
                ACCEPT_RETURN: acceptReturnAction.bind(null, part.id),
                REFUSE_RETURN: refuseReturnAction.bind(null, part.id),
                RECEIVE_RETURN: receiveReturnAction.bind(null, part.id),
              }}
              finalPriceFields={finalPriceFields(part, locale, t)}
              t={t}
            />
          </Section>
          {part.returnRequest ? (
            <Section id="return" title={t("orders.returns.request.sectionTitle")}>
              <ReturnRequestDetails request={part.returnRequest} locale={locale} t={t} />
            </Section>
          ) : null}
          {shipped ? (
            <Section id="shipment" title={t("orders.life.vendor.shipment.title")}>
              <div className="flex flex-col gap-1">
                {part.carrierName ? (
                  <p>{t("orders.life.vendor.shipment.carrier", { carrier: part.carrierName })}</p>
                ) : part.trackingCode ? (
                  <p>{t("orders.life.vendor.shipment.otherCarrier")}</p>
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
                {part.status === "READY_FOR_PICKUP" ? (
                  <p>{t("orders.life.vendor.shipment.pickupCodeWithCustomer")}</p>
                ) : null}
                {part.availabilityNote ? (
                  <p className="whitespace-pre-line">
                    {t("orders.life.vendor.shipment.availabilityNote", { note: part.availabilityNote })}
                  </p>
                ) : null}
              </div>
            </Section>
          ) : null}
          <ConversationSection
            actor={actor}
            shopOrderId={part.id}
            action={postVendorMessageAction.bind(null, part.id)}
          />
          <Section id="customer" title={t("orders.dashboard.customerSection")}>
            <ShopOrderCustomer part={part} t={t} pickup={pickup} />
          </Section>
          <Section id="lines" title={t("orders.dashboard.lines")}>
            <OrderLines lines={part.lines} currency={part.currency} locale={locale} t={t} />
            <FinalPriceNote summary={part.finalPrices} currency={part.currency} locale={locale} t={t} />
          </Section>
          <Section id="amounts" title={t("orders.dashboard.amounts")}>
            <div className="max-w-md">
              <ShopOrderAmounts part={part} locale={locale} t={t} />
            </div>
          </Section>
          {part.canRefund ? (
            <ClientMessages locale={locale} namespaces={["orders.refund"]}>
              <RefundForm
                id="refund"
                action={refundAction.bind(null, part.id)}
                currency={part.currency}
                toman={showsToman(part.currency)}
                remaining={money(part.refundableAmount)}
                lines={refundFormLines(part.lines, money, t)}
                viewer="vendor"
              />
            </ClientMessages>
          ) : null}
          <RefundList
            refunds={part.refunds}
            currency={part.currency}
            locale={locale}
            t={t}
            headingId="refunds"
            showEmpty={part.canRefund || part.refundedAmount > 0}
          />
          <ShopOrderTimeline
            events={part.timeline}
            viewer="vendor"
            locale={locale}
            t={t}
            headingId="timeline"
            headingLevel="h2"
          />
        </div>
      </div>
      <PackingSlip part={part} locale={locale} t={t} />
    </div>
  );
}
