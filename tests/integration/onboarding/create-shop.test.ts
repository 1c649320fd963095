import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { createShop } from "@/lib/onboarding/create-shop";
import { makeUser, refusal, validProfile } from "./helpers";

let filesDir: string;

beforeAll(async () => {
  filesDir = await mkdtemp(path.join(tmpdir(), "halle-create-shop-"));
  process.env.HALLE_FILES_DIR = filesDir;
});

afterAll(async () => {
  delete process.env.HALLE_FILES_DIR;
  await rm(filesDir, { recursive: true, force: true });
});

async function filesWritten(): Promise<string[]> {
  return readdir(filesDir, { recursive: true });
}

describe("createShop", () => {
  it("creates a DRAFT shop for a vendor, at step 2, with the profile data and an audit row", async () => {
    const vendor = await makeUser("VENDOR");
    const id = await createShop(vendor, validProfile);
    const shop = await getDb().shop.findUniqueOrThrow({ where: { id } });
    expect(shop).toMatchObject({
      ownerId: vendor.id,
      status: "DRAFT",
      onboardingStep: 2,
      name: validProfile.name,
      trade: validProfile.trade,
      description: validProfile.description,
      slug: "fournil-de-la-corderie",
      website: validProfile.website,
      phone: validProfile.phone,
      email: validProfile.email.toLowerCase(),
      socials: { instagram: validProfile.instagram },
    });
    const audit = await getDb().auditLog.findMany({ where: { entityType: "Shop", entityId: id } });
    expect(audit).toMatchObject([{ actorId: vendor.id, action: "shop.created" }]);
    expect((await getDb().user.findUniqueOrThrow({ where: { id: vendor.id } })).role).toBe("VENDOR");
  });

  it("upgrades a shopper opening a shop to vendor, in the same transaction", async () => {
    const shopper = await makeUser("SHOPPER");
    const id = await createShop(shopper, { ...validProfile, name: "Épicerie Karkareh" });
    expect((await getDb().user.findUniqueOrThrow({ where: { id: shopper.id } })).role).toBe("VENDOR");
    expect(await getDb().shop.findUniqueOrThrow({ where: { id }, select: { ownerId: true, status: true } })).toEqual({
      ownerId: shopper.id,
      status: "DRAFT",
    });
  });

  it("leaves a shopper a shopper when the profile is refused", async () => {
    const shopper = await makeUser("SHOPPER");
    const error = await refusal(createShop(shopper, { ...validProfile, name: "X" }));
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors.name).toBe("onboarding.errors.nameLength");
    expect((await getDb().user.findUniqueOrThrow({ where: { id: shopper.id } })).role).toBe("SHOPPER");
    expect(await getDb().shop.count({ where: { ownerId: shopper.id } })).toBe(0);
  });

  it.each([
    ["signed out", null, "UNAUTHENTICATED"],
    ["an operator", "OPERATOR", "FORBIDDEN"],
  ] as const)("refuses %s and creates nothing", async (_who, role, code) => {
    const before = await getDb().shop.count();
    const actor = role ? await makeUser(role) : null;
    const error = await refusal(createShop(actor, { ...validProfile, name: `Refused ${code}` }));
    expect(error.code).toBe(code);
    expect(await getDb().shop.count()).toBe(before);
    if (actor) expect((await getDb().user.findUniqueOrThrow({ where: { id: actor.id } })).role).toBe("OPERATOR");
  });

  it("folds accents into the slug and numbers names already taken", async () => {
    const first = await makeUser("VENDOR");
    const second = await makeUser("VENDOR");
    const ids = [
      await createShop(first, { ...validProfile, name: "Crème Brûlée" }),
      await createShop(second, { ...validProfile, name: "creme brulee" }),
      await createShop(first, { ...validProfile, name: "CRÈME  BRÛLÉE !" }),
    ];
    const shops = await getDb().shop.findMany({ where: { id: { in: ids } }, select: { id: true, slug: true } });
    const slugOf = (id: string) => shops.find((shop) => shop.id === id)?.slug;
    expect(ids.map(slugOf)).toEqual(["creme-brulee", "creme-brulee-2", "creme-brulee-3"]);
  });

  it("gives distinct slugs to shops created at the same moment with the same name", async () => {
    const vendors = await Promise.all([1, 2, 3, 4].map(() => makeUser("VENDOR")));
    const ids = await Promise.all(
      vendors.map((vendor) => createShop(vendor, { ...validProfile, name: "Marché Simultané" })),
    );
    const slugs = (await getDb().shop.findMany({ where: { id: { in: ids } }, select: { slug: true } })).map(
      (shop) => shop.slug,
    );
    expect(new Set(slugs).size).toBe(4);
    expect(slugs.every((slug) => slug.startsWith("marche-simultane"))).toBe(true);
  });

  it.each([
    [
      "insecure links and malformed contacts",
      { website: "http://insecure.example", email: "nope", phone: "abc" },
      ["website", "email", "phone"],
    ],
    ["a missing description", { description: "   " }, ["description"]],
  ])("refuses %s, on the fields, and writes nothing", async (_case, change, fields) => {
    const vendor = await makeUser("VENDOR");
    const error = await refusal(createShop(vendor, { ...validProfile, ...change }));
    expect(error.code).toBe("VALIDATION");
    expect(Object.keys(error.fieldErrors).sort()).toEqual([...fields].sort());
    expect(await getDb().shop.count({ where: { ownerId: vendor.id } })).toBe(0);
  });

  it("stores a logo re-encoded as WebP under the shop's folder", async () => {
    const vendor = await makeUser("VENDOR");
    const png = await sharp({ create: { width: 300, height: 200, channels: 3, background: "#c06030" } })
      .png()
      .toBuffer();
    const id = await createShop(vendor, { ...validProfile, name: "Logo Shop" }, { logo: png });
    const shop = await getDb().shop.findUniqueOrThrow({ where: { id }, select: { logoUrl: true, bannerUrl: true } });
    expect(shop.bannerUrl).toBeNull();
    expect(shop.logoUrl).toMatch(new RegExp(`^/files/shops/${id}/logo-[0-9a-f]+\\.webp$`));
    const stored = path.join(filesDir, shop.logoUrl!.replace(/^\/files\//, ""));
    expect(await sharp(stored).metadata()).toMatchObject({ format: "webp", width: 512, height: 512 });
  });

  it("refuses a disguised or oversize picture: no shop, no file", async () => {
    const vendor = await makeUser("VENDOR");
    const before = await filesWritten();
    const script = Buffer.from("<?php system($_GET['c']); ?> logo.png");
    const oversize = Buffer.alloc(6 * 1024 * 1024, 1);
    const error = await refusal(
      createShop(vendor, { ...validProfile, name: "Bad Pictures" }, { logo: script, banner: oversize }),
    );
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors).toEqual({
      logo: "onboarding.errors.imageInvalid",
      banner: "onboarding.errors.imageTooLarge",
    });
    expect(await getDb().shop.count({ where: { ownerId: vendor.id } })).toBe(0);
    expect(await filesWritten()).toEqual(before);
  });
});
