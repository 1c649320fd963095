import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { getApprovedShop } from "@/lib/shops/get-approved-shop";

const HOURS = [
  [
    { open: "09:00", close: "12:30" },
    { open: "14:00", close: "19:00" },
  ],
  [],
  [],
  [],
  [],
  [{ open: "09:00", close: "13:00" }],
  [],
];

// Private values planted on every shop: none of them may come out of the public read.
const PRIVATE = {
  legalType: "COMPANY" as const,
  legalName: "SECRET LEGAL NAME SARL",
  registrationNumber: "SECRET-RCS-123456789",
  vatNumber: "FRSECRETVAT99",
  identityDocumentKey: "identity/secret-document-key.pdf",
  identityDocumentName: "secret-passport.pdf",
  identityDocumentType: "application/pdf",
  payoutHolderName: "SECRET HOLDER",
  payoutIban: "FR7630006000011234567890189",
  stripeAccountId: "acct_SECRET",
  statusReason: "SECRET REASON",
  changesRequestedMessage: "SECRET CHANGES",
};

let counter = 0;
async function createShop(
  status: "DRAFT" | "PENDING" | "APPROVED" | "REJECTED" | "SUSPENDED",
  extra: Record<string, unknown> = {},
) {
  counter += 1;
  const db = getDb();
  const owner = await db.user.create({
    data: { email: `owner${counter}@example.fr`, name: `Owner ${counter}`, passwordHash: "x", role: "VENDOR" },
  });
  return db.shop.create({
    data: {
      slug: `shop-${status.toLowerCase()}-${counter}`,
      name: `Shop ${counter}`,
      trade: "Épicerie",
      description: "Une épicerie fine.",
      status,
      ownerId: owner.id,
      addressLine: "1 rue du Port",
      postalCode: "17300",
      city: "Rochefort",
      latitude: 45.937,
      longitude: -0.961,
      phone: "05 46 00 00 00",
      email: "shop@example.fr",
      website: "https://shop.example",
      socials: { instagram: "https://www.instagram.com/shop", evil: "javascript:alert(1)", broken: 42 },
      openingHours: HOURS,
      logoUrl: "/files/shops/logo.webp",
      bannerUrl: "/files/shops/banner.webp",
      clickAndCollect: true,
      pickupInstructions: "Au comptoir",
      courierEnabled: true,
      courierRadiusKm: 5,
      postalEnabled: true,
      postalCountries: ["FR", "BE"],
      postageDueOnDelivery: true,
      handlingDays: 3,
      ...PRIVATE,
      ...extra,
    },
  });
}

describe("getApprovedShop", () => {
  it("returns everything the public page shows for an approved shop", async () => {
    const shop = await createShop("APPROVED");
    const page = await getApprovedShop(shop.slug);
    expect(page).toMatchObject({
      id: shop.id,
      slug: shop.slug,
      name: shop.name,
      trade: "Épicerie",
      description: "Une épicerie fine.",
      logoUrl: "/files/shops/logo.webp",
      bannerUrl: "/files/shops/banner.webp",
      addressLine: "1 rue du Port",
      postalCode: "17300",
      city: "Rochefort",
      country: "FR",
      latitude: 45.937,
      longitude: -0.961,
      phone: "05 46 00 00 00",
      email: "shop@example.fr",
      website: "https://shop.example",
      openingHours: HOURS,
      delivery: {
        clickAndCollect: true,
        pickupInstructions: "Au comptoir",
        courier: true,
        courierRadiusKm: 5,
        postal: true,
        postalCountries: ["FR", "BE"],
        postageDueOnDelivery: true,
        handlingDays: 3,
      },
    });
    // Only http(s) social links are kept.
    expect(page?.socials).toEqual({ instagram: "https://www.instagram.com/shop" });
  });

  it("never returns identity, payout, review or owner fields", async () => {
    const shop = await createShop("APPROVED");
    const page = await getApprovedShop(shop.slug);
    const serialized = JSON.stringify(page);
    for (const value of Object.values(PRIVATE)) expect(serialized).not.toContain(value);
    for (const key of [
      "legalName",
      "payoutIban",
      "stripeAccountId",
      "identityDocumentKey",
      "registrationNumber",
      "vatNumber",
      "ownerId",
      "owner",
      "planId",
      "status",
      "statusReason",
    ]) {
      expect(page).not.toHaveProperty(key);
    }
  });

  it.each(["DRAFT", "PENDING", "REJECTED", "SUSPENDED"] as const)("hides a %s shop", async (status) => {
    const shop = await createShop(status);
    expect(await getApprovedShop(shop.slug)).toBeNull();
  });

  it("answers null for an unknown or empty slug", async () => {
    expect(await getApprovedShop("no-such-shop")).toBeNull();
    expect(await getApprovedShop("")).toBeNull();
  });

  it("reads missing or malformed hours as closed all week and disabled modes as not offered", async () => {
    const shop = await createShop("APPROVED", {
      openingHours: [],
      socials: {},
      website: "javascript:alert(1)",
      courierEnabled: false,
      postalEnabled: false,
      postageDueOnDelivery: true,
      clickAndCollect: false,
    });
    const page = await getApprovedShop(shop.slug);
    expect(page?.openingHours).toEqual([[], [], [], [], [], [], []]);
    expect(page?.website).toBeNull();
    expect(page?.delivery).toMatchObject({
      clickAndCollect: false,
      pickupInstructions: null,
      courier: false,
      courierRadiusKm: null,
      postal: false,
      postalCountries: [],
      postageDueOnDelivery: false,
    });
  });
});
