import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { collectPersonalData, exportPersonalData } from "@/lib/privacy/export-personal-data";
import { createShop, refusal } from "../orders/order-fixtures";
import { lifeOf, person, world } from "./privacy-fixtures";

async function twoPeople() {
  const shops = await world();
  const alice = await person();
  const bob = await person();
  const alicePaid = await lifeOf(shops, alice);
  await lifeOf(shops, bob);
  return { shops, alice, bob, alicePaid };
}

const identityOf = (who: Awaited<ReturnType<typeof person>>) => [
  who.identity.marker,
  who.identity.email,
  who.identity.name,
  who.identity.phone,
  who.identity.line1,
  who.identity.company,
];

describe("exportPersonalData", () => {
  it("the JSON holds the person's own data, section by section, and nothing of anyone else's", async () => {
    const { alice, bob, alicePaid } = await twoPeople();
    const file = await exportPersonalData(alice.actor, "json");
    expect(file.contentType).toBe("application/json; charset=utf-8");
    expect(file.fileName).toMatch(/^halle-personal-data-\d{4}-\d{2}-\d{2}\.json$/);
    const data = JSON.parse(file.body);
    expect(data.account).toMatchObject({
      id: alice.actor.id,
      email: alice.identity.email,
      name: alice.identity.name,
      companyName: alice.identity.company,
    });
    expect(data.addresses).toEqual([
      expect.objectContaining({ line1: alice.identity.line1, phone: alice.identity.phone }),
    ]);
    expect(data.orders).toEqual([
      expect.objectContaining({
        number: alicePaid.order.number,
        customerPhone: alice.identity.phone,
        totalAmount: alicePaid.order.totalAmount,
        shippingAddress: expect.objectContaining({ line1: alice.identity.line1 }),
        parts: expect.arrayContaining([
          expect.objectContaining({ lines: [expect.objectContaining({ title: "Pain de campagne", quantity: 2 })] }),
        ]),
      }),
    ]);
    expect(data.reviews).toEqual([expect.objectContaining({ rating: 5, comment: "Excellent pain" })]);
    expect(data.orderMessages).toEqual([
      expect.objectContaining({ body: `Appelez-moi au ${alice.identity.phone}`, attachments: ["photo.jpg"] }),
    ]);
    expect(data.contactRequests).toEqual([expect.objectContaining({ email: alice.identity.email })]);
    expect(data.signInAttempts).toEqual([expect.objectContaining({ ip: "203.0.113.9", succeeded: true })]);
    expect(data.cart).toEqual([expect.objectContaining({ product: "Vase", quantity: 1 })]);
    for (const datum of identityOf(bob)) expect(file.body).not.toContain(datum);
    expect(file.body).not.toContain(bob.actor.id);
  });

  it("the CSV holds the same, one value a row with its section, and nothing of anyone else's", async () => {
    const { alice, bob, alicePaid } = await twoPeople();
    const file = await exportPersonalData(alice.actor, "csv");
    expect(file.contentType).toBe("text/csv; charset=utf-8");
    expect(file.fileName).toMatch(/\.csv$/);
    const rows: string[][] = parse(file.body, { bom: true, delimiter: ";" });
    expect(rows[0]).toEqual(["section", "record", "field", "value"]);
    expect(rows).toContainEqual(["account", "", "email", alice.identity.email]);
    expect(rows).toContainEqual(["addresses", "1", "line1", alice.identity.line1]);
    expect(rows).toContainEqual(["orders", "1", "number", alicePaid.order.number]);
    expect(rows).toContainEqual(["orders", "1", "parts.1.lines.1.title", expect.any(String)]);
    expect(rows).toContainEqual(["orders", "1", "shippingAddress.line1", alice.identity.line1]);
    for (const datum of identityOf(bob)) expect(file.body).not.toContain(datum);
  });

  it("a text a spreadsheet would run as a formula is quoted in the CSV", async () => {
    const alice = await person();
    await getDb().user.update({ where: { id: alice.actor.id }, data: { name: '=HYPERLINK("http://evil")' } });
    const rows: string[][] = parse((await exportPersonalData(alice.actor, "csv")).body, { bom: true, delimiter: ";" });
    expect(rows).toContainEqual(["account", "", "name", `'=HYPERLINK("http://evil")`]);
  });

  it("each download is written in the audit log (its format, nothing personal)", async () => {
    const alice = await person();
    await exportPersonalData(alice.actor, "json");
    await exportPersonalData(alice.actor, "csv");
    const audits = await getDb().auditLog.findMany({
      where: { action: "privacy.exported", entityId: alice.actor.id },
      orderBy: { createdAt: "asc" },
    });
    expect(audits.map((entry) => [entry.actorId, entry.entityType, entry.data])).toEqual([
      [alice.actor.id, "User", { format: "json" }],
      [alice.actor.id, "User", { format: "csv" }],
    ]);
  });

  it("a vendor's export holds their shops (IBAN masked), never their customers", async () => {
    const { shops, alice } = await twoPeople();
    await getDb().shop.update({
      where: { id: shops.bakery.id },
      data: { legalName: "Léa Boulangère SARL", payoutIban: "FR7630006000011234567890189" },
    });
    const body = (await exportPersonalData(shops.bakerVendor, "json")).body;
    const data = JSON.parse(body);
    expect(data.shops).toEqual([
      expect.objectContaining({ name: shops.bakery.name, legalName: "Léa Boulangère SARL", payoutIban: "…0189" }),
    ]);
    expect(body).not.toContain("FR7630006000011234567890189");
    for (const datum of identityOf(alice)) expect(body).not.toContain(datum);
    expect(data.orders).toEqual([]);
  });

  it("signed out: UNAUTHENTICATED, nothing written", async () => {
    await person();
    const before = await getDb().auditLog.count();
    expect((await refusal(exportPersonalData(null, "json"))).code).toBe("UNAUTHENTICATED");
    expect((await refusal(collectPersonalData(null))).code).toBe("UNAUTHENTICATED");
    expect(await getDb().auditLog.count()).toBe(before);
  });

  it("a vendor with a shop of their own exports it; another vendor's shop is not in it", async () => {
    const one = await person("VENDOR");
    const other = await person("VENDOR");
    await createShop(one.actor, { name: "Boutique Une" });
    await createShop(other.actor, { name: "Boutique Autre" });
    const data = await collectPersonalData(one.actor);
    expect(data.shops.map((shop) => shop.name)).toEqual(["Boutique Une"]);
  });
});
