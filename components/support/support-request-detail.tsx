import Link from "next/link";
import { ConfirmActionForm } from "@/components/admin/confirm-action-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { OrderConversationForm, type MessageFormState } from "@/components/orders/order-conversation-form";
import { SUPPORT_REPLY_FORM_MESSAGES } from "@/components/orders/order-conversation-form-words";
import { FormMessage } from "@/components/ui/form-message";
import { PageHeader } from "@/components/ui/page-header";
import { textLink } from "@/components/ui/styles";
import type { FormAction } from "@/lib/forms/form-state";
import type { Locale } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";
import type { SupportRequestView } from "@/lib/support/get-support-request";
import { SUPPORT_LIMITS } from "@/lib/support/schemas";
import { SupportStatusBadge } from "./support-status-badge";
import { SupportThread } from "./support-thread";

type Props = {
  request: SupportRequestView;
  reply: FormAction<MessageFormState>;
  close: FormAction;
  /** where the shop and the order link to, for this side */
  links: { back: string; shop: string; order: string | null };
  opened: boolean;
  locale: Locale;
  t: Translate;
};

/**
 * One support request, as its vendor or an operator sees it: number, status, shop and order,
 * the conversation, the reply form (writing reopens a closed request) and the close button
 * (confirmed first).
 */
export function SupportRequestDetail({ request, reply, close, links, opened, locale, t }: Props) {
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
  const side = request.side;
  return (
    <>
      <p className="mb-4">
        <Link href={links.back} className={textLink}>
          {t("support.detail.back")}
        </Link>
      </p>
      {opened ? (
        <div className="mb-4">
          <FormMessage success={t("support.form.opened")} />
        </div>
      ) : null}
      <PageHeader title={request.subject} description={t("support.detail.number", { number: request.number })} />
      <dl className="mb-6 grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
        <dt className="font-medium">{t("support.detail.status")}</dt>
        <dd>
          <SupportStatusBadge status={request.status} side={side} t={t} />
        </dd>
        <dt className="font-medium">{t("support.detail.shop")}</dt>
        <dd>
          <Link href={links.shop} className={textLink}>
            {request.shop.name}
          </Link>
        </dd>
        <dt className="font-medium">{t("support.detail.order")}</dt>
        <dd>
          {request.shopOrder && links.order ? (
            <Link href={links.order} className={textLink}>
              {request.shopOrder.orderNumber}
            </Link>
          ) : (
            t("support.detail.noOrder")
          )}
        </dd>
        <dt className="font-medium">{t("support.detail.openedAt")}</dt>
        <dd>
          <time dateTime={request.createdAt.toISOString()}>{date.format(request.createdAt)}</time>
          {request.openedByName ? ` — ${request.openedByName}` : null}
        </dd>
      </dl>
      <section aria-labelledby="support-conversation-title" className="mb-8">
        <h2 id="support-conversation-title" className="mb-4 text-xl font-bold">
          {t("support.detail.conversation")}
        </h2>
        <SupportThread request={request} locale={locale} t={t} />
        {request.status === "CLOSED" ? (
          <p className="mb-4 text-stone-700">
            {t(side === "VENDOR" ? "support.detail.closedVendor" : "support.detail.closedOperator")}
          </p>
        ) : null}
        <ClientMessages locale={locale} namespaces={SUPPORT_REPLY_FORM_MESSAGES}>
          <OrderConversationForm id="support-reply" action={reply} maxLength={SUPPORT_LIMITS.bodyMax} kind="support" />
        </ClientMessages>
      </section>
      {request.status !== "CLOSED" ? (
        <section aria-labelledby="support-close-title">
          <h2 id="support-close-title" className="mb-2 text-xl font-bold">
            {t("support.close.title")}
          </h2>
          <ConfirmActionForm
            id="support-close"
            action={close}
            hidden={{}}
            tone="danger"
            labels={{
              open: t("support.close.open"),
              confirmText: t(side === "VENDOR" ? "support.close.confirmVendor" : "support.close.confirmOperator"),
              submit: t("support.close.submit"),
              pending: t("support.close.pending"),
            }}
          />
        </section>
      ) : null}
    </>
  );
}
