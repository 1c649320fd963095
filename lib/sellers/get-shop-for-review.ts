import "server-only";
import { assertRole, type Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { maskIban } from "@/lib/payouts/iban";
import { readOpeningHours, type OpeningHours } from "@/lib/shops/opening-hours";
import { alertIndicatorsOf, type AlertIndicator } from "@/lib/quality/alert-figures";

const SELECT = {
  id: true,
  slug: true,
  name: true,
  trade: true,
  description: true,
  status: true,
  statusReason: true,
  changesRequestedMessage: true,
  reviewPending: true,
  submittedAt: true,
  approvedAt: true,
  createdAt: true,
  logoUrl: true,
  bannerUrl: true,
  phone: true,
  email: true,
  website: true,
  socials: true,
  addressLine: true,
  postalCode: true,
  city: true,
  country: true,
  latitude: true,
  longitude: true,
  openingHours: true,
  clickAndCollect: true,
  pickupInstructions: true,
  courierEnabled: true,
  courierRadiusKm: true,
  postalEnabled: true,
  postalCountries: true,
  handlingDays: true,
  legalType: true,
  legalName: true,
  registrationNumber: true,
  vatNumber: true,
  identityDocumentKey: true,
  identityDocumentName: true,
  identityDocumentType: true,
  payoutHolderName: true,
  payoutIban: true,
  stripeAccountId: true,
  plan: { select: { name: true, code: true, currency: true, monthlyFeeAmount: true, defaultCommissionBps: true } },
  owner: { select: { name: true, email: true } },
} satisfies Prisma.ShopSelect;

type ShopRow = Prisma.ShopGetPayload<{ select: typeof SELECT }>;

export type ShopAuditEntry = {
  id: string;
  action: string;
  reason: string | null;
  createdAt: Date;
  actorName: string | null;
  /** a suspension for quality (docs/trust.md, warnings before exclusion): the flag's crossed indicators, its evidence */
  evidence: AlertIndicator[];
};

export type ShopForReview = Omit<ShopRow, "identityDocumentKey" | "payoutIban" | "socials" | "openingHours"> & {
  socials: Record<string, string>;
  openingHours: OpeningHours;
  hasIdentityDocument: boolean;
  /** only the first four and last four characters show */
  maskedIban: string | null;
  history: ShopAuditEntry[];
};

function readSocials(value: unknown): Record<string, string> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === "string" && entry[1] !== ""),
  );
}

/**
 * Everything a shop submitted, for the operator's review, and its audit history (newest first).
 * The identity document is only named here; its bytes go through readIdentityDocument.
 */
export async function getShopForReview(actor: Actor | null, shopId: string): Promise<ShopForReview> {
  assertRole(actor, "OPERATOR");
  const db = getDb();
  const shop = await db.shop.findUnique({ where: { id: shopId }, select: SELECT });
  if (!shop) throw new AppError("NOT_FOUND");
  const history = await db.auditLog.findMany({
    where: { entityType: "Shop", entityId: shop.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 100,
    select: { id: true, action: true, reason: true, createdAt: true, data: true, actor: { select: { name: true } } },
  });
  const { identityDocumentKey, payoutIban, socials, openingHours, ...rest } = shop;
  return {
    ...rest,
    socials: readSocials(socials),
    openingHours: readOpeningHours(openingHours),
    hasIdentityDocument: identityDocumentKey !== null,
    maskedIban: payoutIban ? maskIban(payoutIban) : null,
    history: history.map(({ actor: who, data, ...entry }) => ({
      ...entry,
      actorName: who?.name ?? null,
      evidence:
        entry.action === "quality.flag.suspended"
          ? alertIndicatorsOf((data as { figures?: unknown } | null)?.figures)
          : [],
    })),
  };
}
