// The search tests' small marketplace (shops in Saintes, La Rochelle, Paris; products that must
// never be found), plus what the public API must never tell (docs/api.md): a shop's identity and
// payout details, its owner's e-mail, a product's SKU and stock count, a moderation hold.
import { getDb } from "@/lib/db";
import { createSearchMarketplace } from "../search/search-fixtures";

export { LA_ROCHELLE, PARIS, SAINTES } from "../search/search-fixtures";

export const PRIVATE = {
  legalName: "SARL Secrète du Rucher",
  registrationNumber: "RCS-SECRET-4242",
  vatNumber: "FR-TVA-SECRET-99",
  identityDocumentKey: "identity/secret-passport.pdf",
  identityDocumentName: "passeport-secret.pdf",
  payoutHolderName: "Titulaire Secret",
  payoutIban: "FR7630006000011234567890189",
  pendingPayoutIban: "FR7611111111111111111111111",
  statusReason: "note interne secrète",
  sku: "SKU-SECRET-HONEY",
  moderationReason: "Motif de retrait secret",
} as const;

export async function createApiMarketplace() {
  const market = await createSearchMarketplace();
  const db = getDb();
  await db.marketplaceSettings.upsert({
    where: { id: 1 },
    create: { id: 1, locales: ["fr", "en", "fa"] },
    update: { locales: ["fr", "en", "fa"] },
  });
  const { saintes } = market.shops;
  await db.shop.update({
    where: { id: saintes.id },
    data: {
      legalName: PRIVATE.legalName,
      registrationNumber: PRIVATE.registrationNumber,
      vatNumber: PRIVATE.vatNumber,
      identityDocumentKey: PRIVATE.identityDocumentKey,
      identityDocumentName: PRIVATE.identityDocumentName,
      payoutHolderName: PRIVATE.payoutHolderName,
      payoutIban: PRIVATE.payoutIban,
      pendingPayoutIban: PRIVATE.pendingPayoutIban,
      statusReason: PRIVATE.statusReason,
      email: "bonjour@rucher.test",
      phone: "05 46 00 00 00",
      addressLine: "3 rue des Abeilles",
      postalCode: "17100",
      city: "Saintes",
      logoUrl: "/files/logos/rucher.webp",
      openingHours: [[{ open: "09:00", close: "18:00" }], [], [], [], [], [], []],
    },
  });
  await db.product.update({
    where: { id: market.visible.saintesHoney.id },
    data: {
      sku: PRIVATE.sku,
      stock: 4321,
      weightGrams: 500,
      compareAtAmount: 1500,
      description: "Un **miel** de fleurs.",
      images: {
        create: [
          {
            url: "/files/products/miel.webp",
            alt: "Pot de miel",
            width: 800,
            height: 600,
            variants: [{ width: 320, url: "/files/products/miel-320.webp" }],
          },
        ],
      },
    },
  });
  // held by an operator (docs/security.md, moderation): off line until the operator lifts it
  const held = await db.product.create({
    data: {
      shopId: saintes.id,
      title: "Miel retenu par la modération",
      slug: `held-${saintes.id}`,
      priceAmount: 1000,
      stock: 5,
      status: "DRAFT",
      moderationReason: PRIVATE.moderationReason,
      moderatedAt: new Date(),
      categoryId: market.categories.honey.id,
    },
  });
  const owner = await db.user.findUniqueOrThrow({ where: { id: saintes.ownerId }, select: { email: true } });
  return { ...market, hidden: { ...market.hidden, held }, ownerEmail: owner.email };
}

export type ApiMarketplace = Awaited<ReturnType<typeof createApiMarketplace>>;

/** A GET to a route handler as scripts/server.ts hands it over (the client address set by it). */
export function apiRequest(path: string, headers: Record<string, string> = {}): Request {
  return new Request(new URL(path, "http://localhost:3100"), { headers });
}

export const slugParams = (slug: string) => ({ params: Promise.resolve({ slug }) });
