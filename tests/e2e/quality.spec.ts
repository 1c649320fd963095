import { expect, test } from "./fixtures";
import pg from "pg";
import { OPERATOR, VENDOR, signIn, switchShop } from "./support";

// A shop that ships late (docs/trust.md, quality indicators; warnings before exclusion): the demo
// vendor's bookshop gets six parts paid three days ago, accepted, then flagged late by the deadline
// job — written in the app's own database, as the job would have left them. The operator runs the
// computation now (the job's hourly run, at once): the vendor's quality page shows late shipments
// past the threshold with the warning, and the warning e-mail is in the development mailbox.
const SHOP = { slug: "librairie-la-corderie", name: "Librairie La Corderie" };
const LATE_PARTS = 6;

/** The app's database, started by playwright.config.ts (scripts/embedded-postgres.ts's account). */
const APP_DATABASE_URL = `postgresql://halle:halle@localhost:${Number(process.env.E2E_PG_PORT ?? 5491)}/halle`;

async function shipLate(): Promise<void> {
  const client = new pg.Client({ connectionString: APP_DATABASE_URL });
  await client.connect();
  try {
    const tag = `e2e-quality-${Date.now()}`;
    await client.query("BEGIN");
    // The job also runs when the server starts, and the demo's own orders may already have warned
    // the bookshop then: start from a shop never computed (no figures, no warning, no warning e-mail),
    // so that this run's warning is the first.
    await client.query(`DELETE FROM "QualityAlert" WHERE "shopId" = (SELECT id FROM "Shop" WHERE slug = $1)`, [
      SHOP.slug,
    ]);
    await client.query(`DELETE FROM "ShopQuality" WHERE "shopId" = (SELECT id FROM "Shop" WHERE slug = $1)`, [
      SHOP.slug,
    ]);
    await client.query(`DELETE FROM "EmailMessage" WHERE template = 'quality.warning' AND "to" = $1`, [VENDOR.email]);
    await client.query(
      `INSERT INTO "Order" (id, number, email, status, "itemsAmount", "shippingAmount", "totalAmount", "paidAt", "createdAt", "updatedAt")
       SELECT $1 || '-o' || k, 'H-QE-' || $2::text || '-' || k, 'quality-buyer' || k || '@halle.test', 'PAID', 1500, 0, 1500,
              now() - interval '3 days', now() - interval '3 days', now()
       FROM generate_series(1, $3::int) k`,
      [tag, String(Date.now()).slice(-6), LATE_PARTS],
    );
    const parts = await client.query(
      `INSERT INTO "ShopOrder" (id, "orderId", "shopId", status, "deliveryMethod", "itemsAmount", "shipBy", "lateFlaggedAt",
         "createdAt", "updatedAt")
       SELECT $1 || '-so' || k, $1 || '-o' || k, s.id, 'ACCEPTED', 'POSTAL', 1500, now() - interval '1 day',
              now() - interval '1 day', now() - interval '3 days', now()
       FROM generate_series(1, $2::int) k CROSS JOIN "Shop" s WHERE s.slug = $3`,
      [tag, LATE_PARTS, SHOP.slug],
    );
    expect(parts.rowCount).toBe(LATE_PARTS);
    await client.query(
      `INSERT INTO "ShopOrderEvent" (id, "shopOrderId", action, "actorKind", "createdAt")
       SELECT $1 || '-paid-' || k, $1 || '-so' || k, 'PAID', 'SHOPPER'::"ActorKind", now() - interval '3 days' FROM generate_series(1, $2::int) k
       UNION ALL
       SELECT $1 || '-accept-' || k, $1 || '-so' || k, 'ACCEPT', 'VENDOR'::"ActorKind", now() - interval '71 hours' FROM generate_series(1, $2::int) k
       UNION ALL
       SELECT $1 || '-late-' || k, $1 || '-so' || k, 'FLAGGED_LATE', 'JOB'::"ActorKind", now() - interval '1 day' FROM generate_series(1, $2::int) k`,
      [tag, LATE_PARTS],
    );
    await client.query("COMMIT");
  } finally {
    await client.end();
  }
}

test("a vendor whose parts ship late sees the indicator past its threshold and receives the warning", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  await shipLate();

  // The operator runs the computation now rather than waiting for the hourly job.
  await signIn(page, OPERATOR.email, OPERATOR.password);
  await page.goto("/admin/quality");
  await page.getByText("Recalculer maintenant").click();
  await page.getByRole("button", { name: "Lancer le calcul" }).click();
  await expect(page.getByText(/^Indicateurs recalculés pour \d+ boutiques/)).toBeVisible({ timeout: 30_000 });
  // Sorted by late shipments, worst first: the bookshop is listed with its figure.
  await page.getByRole("link", { name: "Trier par Expéditions en retard" }).click();
  await expect(page).toHaveURL(/sort=lateShipmentRateBps&dir=asc/);
  await page.getByRole("link", { name: "Trier par Expéditions en retard" }).click();
  await expect(page).toHaveURL(/sort=lateShipmentRateBps&dir=desc/);
  await expect(page.getByRole("columnheader", { name: "Trier par Expéditions en retard" })).toHaveAttribute(
    "aria-sort",
    "descending",
  );
  await expect(page.getByRole("row", { name: new RegExp(SHOP.name) })).toContainText("Expéditions en retard");

  // The vendor's quality page: late shipments past the threshold, and the warning.
  const vendorContext = await browser.newContext();
  const vendor = await vendorContext.newPage();
  await signIn(vendor, VENDOR.email, VENDOR.password);
  await vendor.goto("/dashboard/quality");
  await switchShop(vendor, SHOP.name, "/dashboard/quality");
  const judged = vendor.getByRole("region", { name: "Les 30 derniers jours" });
  const late = judged.getByRole("row", { name: /^Expéditions en retard/ });
  await expect(late).toContainText("Seuil dépassé");
  await expect(late).toContainText("au plus 10");
  const warnings = vendor.getByRole("region", { name: "Avertissements" });
  await expect(warnings.getByText(/^Avertissement du /)).toHaveCount(1);
  await expect(warnings).toContainText("Expéditions en retard");
  await vendorContext.close();

  // The warning e-mail, with the figures, in the development mailbox.
  await page.goto("/admin/mailbox");
  const warning = page.getByRole("listitem").filter({
    has: page.getByRole("heading", { name: `Qualité de service : un seuil est dépassé — ${SHOP.name}` }),
  });
  await expect(warning).toHaveCount(1);
  await expect(warning).toContainText(`À : ${VENDOR.email}`);
  await expect(warning).toContainText("Expéditions en retard");
});
