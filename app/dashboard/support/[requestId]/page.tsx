import type { Metadata } from "next";
import { SupportRequestDetail } from "@/components/support/support-request-detail";
import { requireRole } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { orNotFound } from "@/lib/or-not-found";
import { getSupportRequest } from "@/lib/support/get-support-request";
import { closeVendorSupportRequestAction, postVendorSupportMessageAction } from "../actions";

type PageProps = {
  params: Promise<{ requestId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("support.vendor.title") };
}

/** One of the vendor's support requests (docs/trust.md, vendor support); another's: 404. */
export default async function DashboardSupportRequestPage({ params, searchParams }: PageProps) {
  const { requestId } = await params;
  const actor = await requireRole(`/dashboard/support/${encodeURIComponent(requestId)}`, "VENDOR");
  const { locale, t } = await getT();
  const request = await orNotFound(getSupportRequest(actor, requestId));
  const query = await searchParams;
  return (
    <SupportRequestDetail
      request={request}
      reply={postVendorSupportMessageAction.bind(null, request.id)}
      close={closeVendorSupportRequestAction.bind(null, request.id)}
      links={{
        back: "/dashboard/support",
        shop: `/shops/${request.shop.slug}`,
        order: request.shopOrder ? `/dashboard/orders/${request.shopOrder.id}` : null,
      }}
      opened={query.opened === "1"}
      locale={locale}
      t={t}
    />
  );
}
