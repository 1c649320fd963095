import { type Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import pg from "pg";
import { OPERATOR, VENDOR, signIn, switchShop } from "./support";

// The operator's money (docs/payouts.md, the operator's money page): the figures, and a balance
// adjustment of a demo shop made after confirming, seen in the list, in the vendor's ledger and in
// the database with its audit row. The spec debits back what it credits, so the shop's balance is
// as it found it for the other journeys.

const SHOP = "Librairie La Corderie";
const APP_DATABASE_URL = `postgresql://halle:halle@localhost:${Number(process.env.E2E_PG_PORT ?? 5491)}/halle`;

async function query<T>(sql: string, values: unknown[]): Promise<T[]> {
  const client = new pg.Client({ connectionString: APP_DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(sql, values)).rows as T[];
  } finally {
    await client.end();
  }
}

/**
 * The page's content fits 360 px: the main region neither scrolls sideways nor sticks out. (The
 * shell's section strip scrolls on its own; see the report about its unread badge.)
 */
async function expectNoSidewaysScroll(page: Page) {
  const { overflow, right, width } = await page.evaluate(() => {
    const main = document.getElementById("main") as HTMLElement;
    return {
      overflow: main.scrollWidth - main.clientWidth,
      right: main.getBoundingClientRect().right,
      width: document.documentElement.clientWidth,
    };
  });
  expect(overflow).toBeLessThanOrEqual(0);
  expect(right).toBeLessThanOrEqual(width);
}

/** Fills the adjustment form for the shop found by name, and asks to review it. */
async function reviewAdjustment(page: Page, amount: string, reason: string) {
  await page.getByRole("searchbox", { name: "Chercher une boutique" }).fill(SHOP);
  await page.getByRole("button", { name: "Chercher", exact: true }).click();
  await expect(page).toHaveURL(/q=/);
  const select = page.getByLabel("Boutique", { exact: true });
  const value = await select.locator("option", { hasText: SHOP }).first().getAttribute("value");
  await select.selectOption(value ?? "");
  await page.getByLabel("Montant (EUR)").fill(amount);
  await page.getByLabel("Motif").fill(reason);
  await page.getByRole("button", { name: "Vérifier l'ajustement" }).click();
}

test("the operator sees the figures, adjusts a shop's balance after confirming, and the vendor sees it", async ({
  page,
}) => {
  const stamp = Date.now().toString(36);
  const reason = `Geste commercial ${stamp}`;
  await signIn(page, OPERATOR.email, OPERATOR.password);

  // The figures of the current month, the 12 months, the runs.
  await page.goto("/admin/money");
  await expect(page.getByRole("heading", { level: 1, name: "Argent" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /^Chiffres de / })).toBeVisible();
  for (const figure of ["Volume d'affaires (GMV)", "Commission (HT)", "Parts des ambassadeurs", "Versements effectués"])
    await expect(page.getByRole("term").filter({ hasText: figure })).toBeVisible();
  await expect(page.getByRole("table", { name: "Chiffres mois par mois, le plus récent d'abord" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Campagnes de versement" })).toBeVisible();
  await page.getByLabel("Période", { exact: true }).selectOption({ index: 12 });
  await page.getByRole("button", { name: "Afficher" }).click();
  await expect(page).toHaveURL(/period=\d{4}$/);
  await expect(page.getByRole("heading", { level: 2, name: /^Chiffres de l'année \d{4}$/ })).toBeVisible();

  // A bad amount is refused on its field, nothing written.
  await page
    .getByRole("navigation", { name: "Argent de la place de marché" })
    .getByRole("link", { name: "Ajustements de solde" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Ajustements de solde" })).toBeVisible();
  await reviewAdjustment(page, "0", reason);
  await expect(page.getByText("Le montant ne peut pas être nul.")).toBeVisible();
  await expect(page.getByLabel("Montant (EUR)")).toBeFocused();

  // A credit: said back in words, written only once confirmed.
  await page.getByLabel("Montant (EUR)").fill("12,34");
  await page.getByRole("button", { name: "Vérifier l'ajustement" }).click();
  await expect(page.getByTestId("adjustment-confirmation")).toHaveText(
    new RegExp(`^Vous allez créditer 12,34\\s€ au solde de ${SHOP}\\.$`),
  );
  expect(await query(`SELECT id FROM "LedgerEntry" WHERE memo = $1`, [reason])).toHaveLength(0);
  await page.getByRole("button", { name: "Confirmer et enregistrer" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Ajustement enregistré." })).toBeVisible();
  const list = page.getByRole("table", { name: "Ajustements, les plus récents d'abord" });
  await expect(list.getByRole("row").filter({ hasText: reason })).toContainText("12,34");

  const [entry] = await query<{ id: string; amount: number; availableAt: Date | null; type: string }>(
    `SELECT e.id, e.amount, e."availableAt", e.type FROM "LedgerEntry" e JOIN "Shop" s ON s.id = e."shopId"
      WHERE e.memo = $1 AND s.name = $2`,
    [reason, SHOP],
  );
  expect(entry).toMatchObject({ amount: 1234, type: "ADJUSTMENT" });
  expect(entry.availableAt).not.toBeNull();
  const audits = await query<{ reason: string }>(
    `SELECT reason FROM "AuditLog" WHERE action = 'ledger.adjusted' AND data->>'entryId' = $1`,
    [entry.id],
  );
  expect(audits).toEqual([{ reason }]);

  // The mobile layout: no sideways scroll.
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto("/admin/money");
  await expectNoSidewaysScroll(page);
  await page.goto("/admin/money/adjustments");
  await expectNoSidewaysScroll(page);
  await page.setViewportSize({ width: 1280, height: 800 });

  // The vendor's ledger shows it, with its reason.
  await page.context().clearCookies();
  await signIn(page, VENDOR.email, VENDOR.password);
  await switchShop(page, SHOP, "/dashboard/money/ledger");
  await expect(page.getByText(reason)).toBeVisible();

  // Put the balance back: the debit says so before it is written.
  await page.context().clearCookies();
  await signIn(page, OPERATOR.email, OPERATOR.password);
  await page.goto("/admin/money/adjustments");
  await reviewAdjustment(page, "-12,34", `Annulation : ${reason}`);
  await expect(page.getByTestId("adjustment-confirmation")).toHaveText(
    new RegExp(`^Vous allez débiter 12,34\\s€ du solde de ${SHOP}\\.$`),
  );
  await page.getByRole("button", { name: "Confirmer et enregistrer" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Ajustement enregistré." })).toBeVisible();
  const [{ sum }] = await query<{ sum: string }>(
    `SELECT SUM(e.amount)::text AS sum FROM "LedgerEntry" e JOIN "Shop" s ON s.id = e."shopId"
      WHERE e.type = 'ADJUSTMENT' AND s.name = $1 AND e.memo LIKE $2`,
    [SHOP, `%${reason}`],
  );
  expect(sum).toBe("0");
});
