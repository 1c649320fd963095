// The purge (docs/security.md, the purge): sign-in attempts older than 30 days and contact
// requests older than a year are deleted; younger rows stay.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import {
  CONTACT_REQUEST_RETENTION_DAYS,
  purgeOldRecords,
  SIGN_IN_ATTEMPT_RETENTION_DAYS,
} from "@/lib/privacy/purge-old-records";
import { createShop, createUser } from "../sellers/fixtures";

const DAY_MS = 24 * 60 * 60 * 1000;
const now = new Date("2030-06-15T12:00:00Z");
const daysBefore = (days: number) => new Date(now.getTime() - days * DAY_MS);

describe("purgeOldRecords", () => {
  it("deletes only the sign-in attempts and contact requests past their retention, and is safe to repeat", async () => {
    const db = getDb();
    const vendor = await createUser("VENDOR");
    const shop = await createShop(vendor, { status: "APPROVED" });
    const attempt = (days: number, email: string) =>
      db.signInAttempt.create({ data: { email, ip: "203.0.113.9", succeeded: false, createdAt: daysBefore(days) } });
    const request = (days: number, name: string) =>
      db.contactRequest.create({
        data: {
          shopId: shop.id,
          name,
          email: "marc@example.test",
          message: "Bonjour",
          ip: "203.0.113.9",
          createdAt: daysBefore(days),
        },
      });
    await attempt(SIGN_IN_ATTEMPT_RETENTION_DAYS + 1, "old@example.test");
    await attempt(SIGN_IN_ATTEMPT_RETENTION_DAYS - 1, "recent@example.test");
    await attempt(0, "today@example.test");
    await request(CONTACT_REQUEST_RETENTION_DAYS + 1, "ancienne");
    await request(CONTACT_REQUEST_RETENTION_DAYS - 1, "récente");

    expect(await purgeOldRecords(now)).toEqual({ signInAttempts: 1, contactRequests: 1 });
    const attempts = await db.signInAttempt.findMany({ select: { email: true }, orderBy: { email: "asc" } });
    expect(attempts.map((row) => row.email)).toEqual(["recent@example.test", "today@example.test"]);
    const requests = await db.contactRequest.findMany({ select: { name: true } });
    expect(requests.map((row) => row.name)).toEqual(["récente"]);

    expect(await purgeOldRecords(now)).toEqual({ signInAttempts: 0, contactRequests: 0 });
  });

  it("keeps a year of contact requests and 30 days of sign-in attempts", () => {
    expect(SIGN_IN_ATTEMPT_RETENTION_DAYS).toBe(30);
    expect(CONTACT_REQUEST_RETENTION_DAYS).toBe(365);
  });
});
