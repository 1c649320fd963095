import type { Metadata } from "next";
import { SupportRequestDetail } from "@/components/support/support-request-detail";
import { requireRole } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { orNotFound } from "@/lib/or-not-found";
import { getSupportRequest } from "@/lib/support/get-support-request";
import { closeOperatorSupportRequestAction, postOperatorSupportMessageAction } from "../actions";

type PageProps = { params: Promise<{ requestId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("admin.nav.support") };
}

/** A vendor's request, for the operators: conversation, reply, close, the shop and the order. */
export default async function AdminSupportRequestPage({ params }: PageProps) {
  const { requestId } = await params;
  const actor = await requireRole(`/admin/support/${encodeURIComponent(requestId)}`, "OPERATOR");
  const { locale, t } = await getT();
  const request = await orNotFound(getSupportRequest(actor, requestId));
  return (
    <SupportRequestDetail
      request={request}
      reply={postOperatorSupportMessageAction.bind(null, request.id)}
      close={closeOperatorSupportRequestAction.bind(null, request.id)}
      links={{
        back: "/admin/support",
        shop: `/admin/sellers/${request.shop.id}`,
        order: request.shopOrder ? `/admin/orders/${request.shopOrder.id}` : null,
      }}
      opened={false}
      locale={locale}
      t={t}
    />
  );
}
