// Demo sign-ins. `DEMO_ACCOUNTS` is printed by `npm start`; the other shop owners are VENDOR
// accounts `<shop key>@halle.test` sharing the vendor's password.
import bcrypt from "bcryptjs";
import type { Prisma } from "../../lib/generated/prisma/client";
import type { ShopSeed } from "./data/shops";

export type DemoAccount = { email: string; password: string; name: string; role: "SHOPPER" | "VENDOR" | "OPERATOR" };

export const DEMO_ACCOUNTS = {
  shopper: { email: "shopper@halle.test", password: "demo-shopper-2026", name: "Camille Martin", role: "SHOPPER" },
  vendor: { email: "vendor@halle.test", password: "demo-vendor-2026", name: "Julien Moreau", role: "VENDOR" },
  operator: { email: "operator@halle.test", password: "demo-operator-2026", name: "Sophie Laurent", role: "OPERATOR" },
  applicant: { email: "applicant@halle.test", password: "demo-applicant-2026", name: "Thomas Girard", role: "VENDOR" },
} as const satisfies Record<string, DemoAccount>;

export type DemoAccountKey = keyof typeof DEMO_ACCOUNTS;

const BCRYPT_COST = 10;
const DAY_MS = 24 * 60 * 60 * 1000;

export function ownerEmailOf(shop: ShopSeed): string {
  return "demo" in shop.owner ? DEMO_ACCOUNTS[shop.owner.demo].email : `${shop.key}@halle.test`;
}

/**
 * The users to create: the demo accounts, then one VENDOR per shop not owned by a demo account.
 * Each owner signed up a day before their first shop (`joinedAt`).
 */
export async function buildUserRows(
  shops: ShopSeed[],
  joinedAt: (shop: ShopSeed) => Date,
  now: Date,
): Promise<Prisma.UserCreateManyInput[]> {
  const keys = Object.keys(DEMO_ACCOUNTS) as DemoAccountKey[];
  const hashes = new Map<DemoAccountKey, string>();
  for (const key of keys) hashes.set(key, await bcrypt.hash(DEMO_ACCOUNTS[key].password, BCRYPT_COST));

  const signedUp = new Map<string, Date>();
  for (const shop of shops) {
    const email = ownerEmailOf(shop);
    const date = new Date(joinedAt(shop).getTime() - DAY_MS);
    const known = signedUp.get(email);
    if (!known || date < known) signedUp.set(email, date);
  }
  const fallback: Record<DemoAccountKey, Date> = {
    shopper: new Date(now.getTime() - 45 * DAY_MS),
    operator: new Date(now.getTime() - 520 * DAY_MS),
    vendor: new Date(now.getTime() - 420 * DAY_MS),
    applicant: new Date(now.getTime() - 3 * DAY_MS),
  };

  const rows: Prisma.UserCreateManyInput[] = keys.map((key) => {
    const account = DEMO_ACCOUNTS[key];
    return {
      email: account.email,
      name: account.name,
      role: account.role,
      passwordHash: hashes.get(key)!,
      locale: "fr",
      createdAt: signedUp.get(account.email) ?? fallback[key],
    };
  });
  for (const shop of shops) {
    if ("demo" in shop.owner) continue;
    const email = ownerEmailOf(shop);
    rows.push({
      email,
      name: shop.owner.name,
      role: "VENDOR",
      passwordHash: hashes.get("vendor")!,
      locale: "fr",
      createdAt: signedUp.get(email),
    });
  }
  return rows;
}
