import { type Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import pg from "pg";
import { VENDOR, signIn } from "./support";

// The vendor's overview (docs/trust.md, the vendor's overview): the demo vendor sees this month's
// figures (checked against the app's database, computed here in SQL on their own), the daily sales
// chart and its table, and the orders needing action, each opening the order; at 360 px nothing
// scrolls sideways.

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

const euros = (cents: number) =>
  new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" }).format(cents / 100);
const spaces = (text: string) => text.replace(/\s/g, " ").trim();

test("a vendor sees the month's figures, the sales chart and its table, and the orders needing action", async ({
  page,
}) => {
  await signIn(page, VENDOR.email, VENDOR.password);
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { level: 1, name: "Vue d'ensemble" })).toBeVisible();
  const intro = await page.getByText(/^L'activité de .+, à l'heure de Paris\.$/).textContent();
  const shopName = intro!.replace(/^L'activité de /, "").replace(/, à l'heure de Paris\.$/, "");

  // This month's parts paid at the shop, from the 1st at 00:00 in Paris: counted here in SQL.
  const [month] = await query<{ orders: string; sales: string | null }>(
    `SELECT count(*) AS orders, sum(so."itemsAmount" + so."deliveryFeeAmount") AS sales
     FROM "ShopOrder" so JOIN "Order" o ON o.id = so."orderId" JOIN "Shop" s ON s.id = so."shopId"
     WHERE s.name = $1 AND so.status <> 'AWAITING_PAYMENT'
       AND (o."paidAt" AT TIME ZONE 'UTC') >= (date_trunc('month', now() AT TIME ZONE 'Europe/Paris') AT TIME ZONE 'Europe/Paris')
       AND (o."paidAt" AT TIME ZONE 'UTC') <= now()`,
    [shopName],
  );
  const figures = page.getByRole("region", { name: "Vos chiffres" });
  await expect(figures.getByRole("heading", { name: /^Ce mois-ci/ })).toBeVisible();
  await expect(figures.getByTestId("month-orders")).toHaveText(month.orders);
  expect(spaces(await figures.getByTestId("month-sales").innerText())).toBe(spaces(euros(Number(month.sales ?? 0))));

  // The chart: an image with its title, and the same figures as a table (90 days and a header row).
  const chart = page.getByRole("region", { name: "Ventes des 90 derniers jours" });
  await expect(chart.getByRole("img", { name: /^Ventes par jour, du .+ au .+$/ })).toBeVisible();
  await chart.getByText("Afficher les chiffres").click();
  const table = chart.getByRole("table", { name: "Ventes par jour, du plus récent au plus ancien" });
  await expect(table).toBeVisible();
  await expect(table.getByRole("row")).toHaveCount(91);

  // The orders needing action: as many as the database holds (at most 10), each opening its order.
  const [waiting] = await query<{ count: string }>(
    `SELECT count(*) AS count FROM "ShopOrder" so JOIN "Shop" s ON s.id = so."shopId"
     WHERE s.name = $1 AND so.status IN ('AWAITING_ACCEPTANCE', 'ACCEPTED', 'RETURN_REQUESTED', 'READY_FOR_PICKUP')`,
    [shopName],
  );
  expect(Number(waiting.count)).toBeGreaterThan(0);
  const actions = page.getByRole("list", { name: "Commandes à traiter" });
  const links = actions.getByRole("link", { name: /^Commande H-/ });
  await expect(links).toHaveCount(Math.min(10, Number(waiting.count)));
  await expect(
    page.getByRole("link", { name: `Voir toutes les commandes (${waiting.count} à traiter)` }),
  ).toBeVisible();
  // The list is still the vendor's shops below.
  await expect(page.getByRole("region", { name: "Mes boutiques" })).toBeVisible();

  // At 360 px: nothing scrolls sideways, the chart included.
  await page.setViewportSize({ width: 360, height: 800 });
  await page.reload();
  await expect(page.getByRole("img", { name: /^Ventes par jour/ })).toBeVisible();
  await expectNoSidewaysScroll(page);

  const first = links.first();
  const number = (await first.textContent())!.replace("Commande ", "").trim();
  await first.click();
  await expect(page).toHaveURL(/\/dashboard\/orders\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1, name: `Commande ${number}` })).toBeVisible();
});
