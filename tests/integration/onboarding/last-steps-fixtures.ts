// Users and shops written straight into the test database, for the onboarding steps 4–7 tests.
import { randomBytes } from "node:crypto";
import { expect } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma, Role } from "@/lib/generated/prisma/client";

export const VALID_IBAN = "FR7630006000011234567890189";
export const OTHER_VALID_IBAN = "DE89370400440532013000";

export async function createUser(
  role: Role,
  name = `${role.toLowerCase()} ${randomBytes(3).toString("hex")}`,
  locale = "fr",
): Promise<Actor> {
  const email = `${role.toLowerCase()}-${randomBytes(4).toString("hex")}@halle.test`;
  return getDb().user.create({
    data: { email, name, role, locale, passwordHash: "x" },
    select: { id: true, role: true, name: true, email: true },
  });
}

export async function createPlan(): Promise<string> {
  const plan = await getDb().plan.create({
    data: { code: `standard-${randomBytes(3).toString("hex")}`, name: "Standard", defaultCommissionBps: 800 },
  });
  await getDb().marketplaceSettings.upsert({
    where: { id: 1 },
    create: { id: 1, defaultPlanId: plan.id },
    update: { defaultPlanId: plan.id },
  });
  return plan.id;
}

/** Every step filled in except what `data` overrides (DRAFT unless told). */
export async function createShop(ownerId: string, data: Partial<Prisma.ShopUncheckedCreateInput> = {}) {
  const suffix = randomBytes(4).toString("hex");
  return getDb().shop.create({
    data: {
      slug: `shop-${suffix}`,
      name: `Fournil ${suffix}`,
      trade: "Boulangerie",
      description: "Pain au levain",
      status: "DRAFT",
      ownerId,
      addressLine: "1 rue Colbert",
      postalCode: "17300",
      city: "Rochefort",
      country: "FR",
      latitude: 45.94,
      longitude: -0.96,
      clickAndCollect: true,
      legalType: "COMPANY",
      legalName: "Fournil SARL",
      identityDocumentKey: `kyc/${suffix}/existing.pdf`,
      identityDocumentName: "kbis.pdf",
      identityDocumentType: "application/pdf",
      payoutHolderName: "Fournil SARL",
      payoutIban: VALID_IBAN,
      ...data,
    },
  });
}

export async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/** What a refused action must leave untouched. */
export async function snapshot() {
  const db = getDb();
  return {
    shops: await db.shop.findMany({ orderBy: { id: "asc" } }),
    emails: await db.emailMessage.count(),
    audits: await db.auditLog.count(),
  };
}
