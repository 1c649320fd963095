import type { Prisma, ReturnDecision, ReturnKind } from "@/lib/generated/prisma/client";

// A part's return request as the shopper's, the vendor's and the operator's pages show it
// (docs/domain.md, returns and escalations): what was asked and why, the photos (served privately
// by /orders/attachments/[id]), the shop's answer, the escalation and the operator's decision.

export type ReturnRequestView = {
  kind: ReturnKind;
  reason: string;
  instructions: string | null;
  refusalReason: string | null;
  escalatedAt: Date | null;
  escalationNote: string | null;
  decision: ReturnDecision | null;
  decisionNote: string | null;
  decidedAt: Date | null;
  createdAt: Date;
  photos: { id: string; fileName: string; url: string }[];
};

export const RETURN_REQUEST_SELECT = {
  select: {
    kind: true,
    reason: true,
    instructions: true,
    refusalReason: true,
    escalatedAt: true,
    escalationNote: true,
    decision: true,
    decisionNote: true,
    decidedAt: true,
    createdAt: true,
    attachments: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, fileName: true } },
  },
} as const satisfies Prisma.ShopOrder$returnRequestArgs;

type Row = Prisma.ReturnRequestGetPayload<typeof RETURN_REQUEST_SELECT>;

export function toReturnRequestView(row: Row | null): ReturnRequestView | null {
  if (!row) return null;
  const { attachments, ...request } = row;
  return {
    ...request,
    photos: attachments.map((file) => ({
      id: file.id,
      fileName: file.fileName,
      url: `/orders/attachments/${encodeURIComponent(file.id)}`,
    })),
  };
}

/** The buyer's company, when they ordered as a business (docs/domain.md, business buyer). */
export type BusinessBuyerView = { companyName: string | null; vatNumber: string | null } | null;

export function businessBuyerOf(order: {
  buyerIsBusiness: boolean;
  buyerCompanyName: string | null;
  buyerVatNumber: string | null;
}): BusinessBuyerView {
  return order.buyerIsBusiness ? { companyName: order.buyerCompanyName, vatNumber: order.buyerVatNumber } : null;
}
