import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { createShop } from "@/lib/onboarding/create-shop";
import { saveShopDelivery } from "@/lib/onboarding/save-shop-delivery";
import { saveShopLocation } from "@/lib/onboarding/save-shop-location";
import { saveShopProfile } from "@/lib/onboarding/save-shop-profile";
import { locatePostcode } from "@/lib/geo/gazetteer";
import { makeUser, refusal, validProfile } from "./helpers";

let filesDir: string;
let owner: Actor;
let otherVendor: Actor;
let shopper: Actor;
let operator: Actor;

const week = (monday: { open: string; close: string }[]) => [monday, monday, monday, monday, monday, [], []];

const validLocation = {
  addressLine: "12 rue de la Corderie",
  postalCode: "17300",
  city: "Rochefort",
  country: "FR",
  latitude: "45.9421",
  longitude: "-0.9588",
  openingHours: week([
    { open: "08:00", close: "12:30" },
    { open: "14:00", close: "19:00" },
  ]),
};

const validDelivery = {
  clickAndCollect: "on",
  pickupInstructions: "Au comptoir, côté rue.",
  courierEnabled: "on",
  courierRadiusKm: "12",
  postalEnabled: "on",
  postalCountries: ["FR", "BE"],
  postageDueOnDelivery: "",
  handlingDays: "2",
};

beforeAll(async () => {
  filesDir = await mkdtemp(path.join(tmpdir(), "halle-setup-"));
  process.env.HALLE_FILES_DIR = filesDir;
  [owner, otherVendor, shopper, operator] = await Promise.all([
    makeUser("VENDOR"),
    makeUser("VENDOR"),
    makeUser("SHOPPER"),
    makeUser("OPERATOR"),
  ]);
});

afterAll(async () => {
  delete process.env.HALLE_FILES_DIR;
  await rm(filesDir, { recursive: true, force: true });
});

async function newShop(name = "Atelier Test"): Promise<string> {
  return createShop(owner, { ...validProfile, name });
}

/** Everything a save could have touched, to check a refusal changed nothing. */
async function snapshot(shopId: string) {
  const shop = await getDb().shop.findUniqueOrThrow({ where: { id: shopId }, omit: { updatedAt: true } });
  return { shop, files: await readdir(filesDir, { recursive: true }) };
}

const saves = {
  profile: (actor: Actor | null, shopId: string) =>
    saveShopProfile(actor, shopId, { ...validProfile, name: "Renamed Shop" }),
  location: (actor: Actor | null, shopId: string) => saveShopLocation(actor, shopId, validLocation),
  delivery: (actor: Actor | null, shopId: string) => saveShopDelivery(actor, shopId, validDelivery),
};

describe.each(Object.entries(saves))("save %s: who may", (_step, save) => {
  const refusals: [string, () => Actor | null, string][] = [
    ["another shop's vendor", () => otherVendor, "NOT_FOUND"],
    ["a shopper", () => shopper, "FORBIDDEN"],
    ["an operator", () => operator, "FORBIDDEN"],
    ["signed out", () => null, "UNAUTHENTICATED"],
  ];
  it.each(refusals)("refuses %s and changes nothing", async (_who, actor, code) => {
    const shopId = await newShop();
    const before = await snapshot(shopId);
    expect((await refusal(save(actor(), shopId))).code).toBe(code);
    expect(await snapshot(shopId)).toEqual(before);
  });

  it("answers NOT_FOUND for a shop that does not exist, or an id that cannot be one", async () => {
    for (const shopId of ["no-such-shop", "", "x".repeat(65), "../shops", "une boutique"])
      expect((await refusal(save(owner, shopId))).code).toBe("NOT_FOUND");
  });

  it("lets the owner save", async () => {
    const shopId = await newShop();
    await save(owner, shopId);
  });
});

describe("saveShopProfile", () => {
  it("updates the profile, keeps the slug, stores new pictures", async () => {
    const shopId = await newShop("Première Enseigne");
    const banner = await sharp({ create: { width: 2000, height: 800, channels: 3, background: "#204060" } })
      .jpeg()
      .toBuffer();
    await saveShopProfile(
      owner,
      shopId,
      { ...validProfile, name: "Seconde Enseigne", instagram: "", facebook: "https://facebook.com/x" },
      { banner },
    );
    const shop = await getDb().shop.findUniqueOrThrow({ where: { id: shopId } });
    expect(shop).toMatchObject({
      name: "Seconde Enseigne",
      slug: "premiere-enseigne",
      socials: { facebook: "https://facebook.com/x" },
      logoUrl: null,
    });
    expect(shop.bannerUrl).toMatch(new RegExp(`^/files/shops/${shopId}/banner-[0-9a-f]+\\.webp$`));
    expect(await sharp(path.join(filesDir, shop.bannerUrl!.slice("/files/".length))).metadata()).toMatchObject({
      width: 1600,
      height: 500,
    });
    expect(shop.onboardingStep).toBe(2);
  });

  it.each([
    [
      "a script renamed .png",
      { logo: Buffer.from("#!/bin/sh\necho pwned") },
      { logo: "onboarding.errors.imageInvalid" },
    ],
    ["a 6 MB picture", { banner: Buffer.alloc(6 * 1024 * 1024, 7) }, { banner: "onboarding.errors.imageTooLarge" }],
  ])("refuses %s: nothing stored, no file written", async (_case, uploads, fieldErrors) => {
    const shopId = await newShop();
    const before = await snapshot(shopId);
    const error = await refusal(saveShopProfile(owner, shopId, { ...validProfile, name: "Changed Name" }, uploads));
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors).toEqual(fieldErrors);
    expect(await snapshot(shopId)).toEqual(before);
  });
});

describe("saveShopLocation", () => {
  it("saves address, coordinates and hours and moves the shop to step 3", async () => {
    const shopId = await newShop();
    await saveShopLocation(owner, shopId, validLocation);
    const shop = await getDb().shop.findUniqueOrThrow({ where: { id: shopId } });
    expect(shop).toMatchObject({
      addressLine: "12 rue de la Corderie",
      postalCode: "17300",
      city: "Rochefort",
      country: "FR",
      latitude: 45.9421,
      longitude: -0.9588,
      onboardingStep: 3,
    });
    expect(shop.openingHours).toEqual(validLocation.openingHours);
  });

  it("finds the coordinates of 17300 Rochefort in the gazetteer when none are given", async () => {
    const shopId = await newShop();
    const saved = await saveShopLocation(owner, shopId, { ...validLocation, latitude: "", longitude: "" });
    const place = locatePostcode("17300", "Rochefort");
    expect(place?.name).toBe("Rochefort");
    const shop = await getDb().shop.findUniqueOrThrow({
      where: { id: shopId },
      select: { latitude: true, longitude: true },
    });
    expect(shop).toEqual({ latitude: place!.lat, longitude: place!.lng });
    expect(saved).toEqual(shop);
    // Rochefort (Charente-Maritime) is on the Atlantic coast, not in a neighbouring region.
    expect(shop.latitude).toBeCloseTo(45.94, 1);
    expect(shop.longitude).toBeCloseTo(-0.96, 1);
  });

  it("does not go back a step when an earlier step is saved again", async () => {
    const shopId = await newShop();
    await saveShopDelivery(owner, shopId, validDelivery);
    await saveShopLocation(owner, shopId, validLocation);
    expect((await getDb().shop.findUniqueOrThrow({ where: { id: shopId } })).onboardingStep).toBe(4);
  });

  it.each([
    ["an unknown country", { country: "ZZ" }, "country", "onboarding.errors.countryUnsupported"],
    ["a French postcode of 4 digits", { postalCode: "1730" }, "postalCode", "onboarding.errors.postalCodeInvalid"],
    ["a latitude out of range", { latitude: "95" }, "latitude", "onboarding.errors.coordinateInvalid"],
    [
      "overlapping hours",
      {
        openingHours: week([
          { open: "09:00", close: "13:00" },
          { open: "12:00", close: "18:00" },
        ]),
      },
      "openingHours.0",
      "onboarding.errors.timeOverlap",
    ],
    [
      "closing before opening",
      { openingHours: week([{ open: "18:00", close: "09:00" }]) },
      "openingHours.0.0.close",
      "onboarding.errors.timeOrder",
    ],
    [
      "no coordinates outside the gazetteer",
      { country: "BE", postalCode: "1000", city: "Bruxelles", latitude: "", longitude: "" },
      "latitude",
      "onboarding.errors.pinRequired",
    ],
    [
      "no coordinates for an unknown French postcode",
      { postalCode: "99999", city: "Nulle-Part", latitude: "", longitude: "" },
      "latitude",
      "onboarding.errors.pinRequired",
    ],
  ])("refuses %s on its field, changing nothing", async (_case, change, field, key) => {
    const shopId = await newShop();
    const before = await snapshot(shopId);
    const error = await refusal(saveShopLocation(owner, shopId, { ...validLocation, ...change }));
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors[field]).toBe(key);
    expect(await snapshot(shopId)).toEqual(before);
  });
});

describe("saveShopDelivery", () => {
  it("saves the modes and their details and moves the shop to step 4", async () => {
    const shopId = await newShop();
    await saveShopDelivery(owner, shopId, validDelivery);
    expect(await getDb().shop.findUniqueOrThrow({ where: { id: shopId } })).toMatchObject({
      clickAndCollect: true,
      pickupInstructions: "Au comptoir, côté rue.",
      courierEnabled: true,
      courierRadiusKm: 12,
      postalEnabled: true,
      postalCountries: ["FR", "BE"],
      postageDueOnDelivery: false,
      handlingDays: 2,
      onboardingStep: 4,
    });
  });

  it("ignores the sub-fields of a mode turned off", async () => {
    const shopId = await newShop();
    await saveShopDelivery(owner, shopId, {
      ...validDelivery,
      courierEnabled: "",
      courierRadiusKm: "0",
      postalEnabled: "",
      postalCountries: ["ZZ"],
    });
    expect(await getDb().shop.findUniqueOrThrow({ where: { id: shopId } })).toMatchObject({
      courierEnabled: false,
      courierRadiusKm: null,
      postalEnabled: false,
      postalCountries: [],
    });
  });

  it.each([
    [
      "a radius of 0 with the courier on",
      { courierRadiusKm: "0" },
      "courierRadiusKm",
      "onboarding.errors.courierRadiusInvalid",
    ],
    ["a radius of 2.5 km", { courierRadiusKm: "2.5" }, "courierRadiusKm", "onboarding.errors.courierRadiusInvalid"],
    [
      "click & collect without pickup instructions",
      { pickupInstructions: "  " },
      "pickupInstructions",
      "onboarding.errors.pickupInstructionsRequired",
    ],
    [
      "postal shipping to an unknown country",
      { postalCountries: ["FR", "XX"] },
      "postalCountries",
      "onboarding.errors.countryUnsupported",
    ],
    [
      "postal shipping to no country",
      { postalCountries: [] },
      "postalCountries",
      "onboarding.errors.postalCountriesRequired",
    ],
    ["a handling time of 31 days", { handlingDays: "31" }, "handlingDays", "onboarding.errors.handlingDaysInvalid"],
    [
      "no delivery mode at all",
      { clickAndCollect: "", courierEnabled: "", postalEnabled: "" },
      "form",
      "onboarding.errors.deliveryModeRequired",
    ],
  ])("refuses %s on its field, changing nothing", async (_case, change, field, key) => {
    const shopId = await newShop();
    const before = await snapshot(shopId);
    const error = await refusal(saveShopDelivery(owner, shopId, { ...validDelivery, ...change }));
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors[field]).toBe(key);
    expect(await snapshot(shopId)).toEqual(before);
  });
});
