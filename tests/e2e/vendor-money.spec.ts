import { readFile } from "node:fs/promises";
import { type Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import pg from "pg";
import { VENDOR, signIn, switchShop } from "./support";

// The vendor's money (docs/payouts.md, the vendor's money page): the demo vendor follows one sale
// of "Le Fournil Colbert" (the demo's collected and confirmed order, DEMO09) from pending — with the
// date its withdrawal period ends — to available, then into a payout of the right period, paid.
// The journey moves that one part's clock in the app's own database (as order-expiry.spec.ts
// does); the `payouts` job, running every minute in the started app (release pass and payout
// run), does the rest. The operator's bank confirmation (the SEPA batch marked paid, covered by the
// operator's journey) is written directly. Then the ledger's CSV export, and the page at 360 px.
const SHOP = "Le Fournil Colbert";
const NUMBER = "H-2026-DEMO09";

const APP_DATABASE_URL = `postgresql://halle:halle@localhost:${Number(process.env.E2E_PG_PORT ?? 5491)}/halle`;

async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: APP_DATABASE_URL });
  await client.connect();
  try {
    return await client.query<T>(text, values);
  } finally {
    await client.end();
  }
}

const PART = `SELECT so.id FROM "ShopOrder" so JOIN "Order" o ON o.id = so."orderId" WHERE o.number = $1 AND so.status = 'CONFIRMED'`;

const frDate = new Intl.DateTimeFormat("fr", { dateStyle: "long", timeZone: "Europe/Paris" });
const frMoney = (cents: number) =>
  new Intl.NumberFormat("fr", { style: "currency", currency: "EUR" }).format(cents / 100);
const DAY_MS = 24 * 60 * 60 * 1000;

/** The Paris calendar date of an instant, and the twice-monthly run (10th, 25th) that pays money available then. */
function parisDay(instant: Date) {
  const [year, month, day] = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" })
    .format(instant)
    .split("-")
    .map(Number);
  return { year, month, day };
}
function runDateLabel(year: number, month: number, day: number) {
  // noon UTC is on that day in Paris
  return frDate.format(new Date(Date.UTC(year, month - 1, day, 12)));
}
function payoutRunFor(availableAt: Date): string {
  const { year, month, day } = parisDay(availableAt);
  if (day < 10) return runDateLabel(year, month, 10);
  if (day < 25) return runDateLabel(year, month, 25);
  return month === 12 ? runDateLabel(year + 1, 1, 10) : runDateLabel(year, month + 1, 10);
}
function latestRunLabel(now: Date): string {
  const { year, month, day } = parisDay(now);
  if (day >= 25) return runDateLabel(year, month, 25);
  if (day >= 10) return runDateLabel(year, month, 10);
  return month === 1 ? runDateLabel(year - 1, 12, 25) : runDateLabel(year, month - 1, 25);
}

/** The page's own content (`main`) fits a 360 px screen: nothing in it sticks out sideways. */
async function expectContentFits(page: Page) {
  const wide = await page.evaluate(() => {
    const main = document.querySelector("main")!;
    const scrollsItself = (element: Element) =>
      ["auto", "scroll", "hidden", "clip"].includes(getComputedStyle(element).overflowX);
    return [...main.querySelectorAll("*")]
      .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1)
      .filter((element) => {
        for (let parent = element.parentElement; parent && parent !== main; parent = parent.parentElement)
          if (scrollsItself(parent)) return false;
        return true;
      })
      .map((element) => `${element.tagName}.${element.className} ${Math.round(element.getBoundingClientRect().right)}`);
  });
  expect(wide, page.url()).toEqual([]);
}

/** The whole page, frame included, does not scroll sideways. */
async function expectNoSidewaysScroll(page: Page) {
  const scrollWidth = await page.evaluate(() => document.scrollingElement!.scrollWidth);
  // an absolutely placed element (sr-only text) escapes a scrolling box that is not its containing block
  const escaping = await page.evaluate(() =>
    [...document.querySelectorAll("body *")]
      .filter((element) => getComputedStyle(element).position === "absolute")
      .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1)
      .map((element) => `${element.parentElement?.closest("nav, main, header")?.tagName}: "${element.textContent}"`),
  );
  expect(scrollWidth, `${page.url()} ${escaping.join(", ")}`).toBeLessThanOrEqual(360);
}

/** The demo vendor on Le Fournil Colbert's money page; DEMO09's part and its net (Σ its entries). */
async function openMoney(page: Page) {
  const [{ id: partId }] = (await sql<{ id: string }>(PART, [NUMBER])).rows;
  const net = Number(
    (
      await sql<{ net: string }>(`SELECT SUM(amount)::text AS net FROM "LedgerEntry" WHERE "shopOrderId" = $1`, [
        partId,
      ])
    ).rows[0].net,
  );

  await signIn(page, VENDOR.email, VENDOR.password);
  await page.goto("/dashboard/money");
  await switchShop(page, SHOP, "/dashboard/money");
  await expect(page.getByRole("heading", { level: 1, name: "Argent" })).toBeVisible();
  return { partId, net };
}

const PENDING_TABLE = "Les commandes dont l'argent est encore retenu";

test("the vendor sees a held sale with the date it becomes available, the ledger and its CSV, on a phone too", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const { partId, net } = await openMoney(page);

  // Pending: available when the withdrawal period ends, paid by the run after that.
  const { rows } = await sql<{ deliveredAt: Date }>(`SELECT "deliveredAt" FROM "ShopOrder" WHERE id = $1`, [partId]);
  const endsAt = new Date(rows[0].deliveredAt.getTime() + 14 * DAY_MS);
  const pending = page.getByRole("table", { name: PENDING_TABLE });
  const row = pending.getByRole("row").filter({ has: page.getByRole("link", { name: NUMBER }) });
  await expect(row).toContainText(`le ${frDate.format(endsAt)}`);
  await expect(row).toContainText(payoutRunFor(endsAt));
  await expect(row).toContainText(frMoney(net));

  // The ledger: filtered to what is pending, exported as CSV.
  await page.goto("/dashboard/money/ledger");
  await page.getByLabel("État").selectOption({ label: "En attente" });
  await page.getByRole("button", { name: "Filtrer", exact: true }).click();
  await expect(page).toHaveURL(/state=pending/);
  await expect(page.getByRole("table", { name: "Mouvements de votre solde" })).toContainText(NUMBER);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Exporter en CSV" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^ledger-le-fournil-colbert-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile(await download.path());
  expect(csv.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  const lines = csv.toString("utf8").slice(1).trimEnd().split("\r\n");
  expect(lines[0]).toBe("Date;Type;Commande;Libellé;Montant;Devise;État;Disponible le;Virement");
  expect(lines.filter((line) => line.includes(NUMBER)).every((line) => line.includes(";En attente;"))).toBe(true);
  expect(lines.filter((line) => line.includes(NUMBER)).length).toBeGreaterThan(0);

  // On a phone: nothing scrolls sideways.
  await page.setViewportSize({ width: 360, height: 800 });
  const paths = ["/dashboard/money", "/dashboard/money/ledger", `/dashboard/money/orders/${partId}`];
  for (const path of paths) {
    await page.goto(path);
    await expectContentFits(page);
  }
  for (const path of paths) {
    await page.goto(path);
    await expectNoSidewaysScroll(page);
  }
});

test("the payouts job makes it available, then pays it in the current period's payout", async ({ page }) => {
  // Needs the `payouts` job (every minute: release pass and payout run) in the started app.
  test.setTimeout(420_000);
  const { partId, net } = await openMoney(page);

  // Its withdrawal period ended a minute ago: the release pass makes it available.
  const pending = page.getByRole("table", { name: PENDING_TABLE });
  await sql(`UPDATE "ShopOrder" SET "deliveredAt" = now() - interval '14 days 1 minute' WHERE id = $1`, [partId]);
  // the job's pass has run once the part carries the end of its hold
  await expect
    .poll(
      async () =>
        (await sql(`SELECT 1 FROM "ShopOrder" WHERE id = $1 AND "fundsAvailableAt" IS NOT NULL`, [partId])).rowCount,
      {
        timeout: 150_000,
        intervals: [5_000],
      },
    )
    .toBe(1);
  // the shop's available balance: this sale, and whatever else other journeys left available
  const available = Number(
    (
      await sql<{ sum: string }>(
        `SELECT COALESCE(SUM(amount), 0)::text AS sum FROM "LedgerEntry"
          WHERE "shopId" = (SELECT "shopId" FROM "ShopOrder" WHERE id = $1) AND "payoutId" IS NULL AND "availableAt" <= now()`,
        [partId],
      )
    ).rows[0].sum,
  );
  expect(available).toBeGreaterThanOrEqual(net);
  await page.reload();
  await expect(page.getByTestId("balance-available")).toHaveText(frMoney(available));
  await expect(page.getByRole("heading", { name: "Vos virements" })).toBeVisible();
  await expect(pending.getByRole("link", { name: NUMBER })).toHaveCount(0);
  await page.goto(`/dashboard/money/orders/${partId}`);
  await expect(page.getByRole("heading", { level: 1, name: `Commande ${NUMBER}` })).toBeVisible();
  await expect(page.getByTestId("part-net")).toHaveText(frMoney(net));
  const released = (await sql<{ at: Date }>(`SELECT "fundsAvailableAt" AS at FROM "ShopOrder" WHERE id = $1`, [partId]))
    .rows[0].at;
  await expect(page.getByText(`Disponible depuis le ${frDate.format(released)}.`)).toBeVisible();
  await expect(page.getByTestId("part-expected-payout")).toContainText(payoutRunFor(new Date()));

  // A month later (its dates moved back 30 days): the current period's run pays it.
  await sql(
    `UPDATE "LedgerEntry" SET "createdAt" = "createdAt" - interval '30 days', "availableAt" = "availableAt" - interval '30 days'
      WHERE "shopOrderId" = $1`,
    [partId],
  );
  await sql(
    `UPDATE "ShopOrder" SET "deliveredAt" = "deliveredAt" - interval '30 days', "fundsAvailableAt" = "fundsAvailableAt" - interval '30 days'
      WHERE id = $1`,
    [partId],
  );
  const title = `Virement du ${latestRunLabel(new Date())}`;
  await page.goto("/dashboard/money");
  const payouts = page.getByRole("table", { name: "Vos virements, du plus récent au plus ancien" });
  // the job's pass has run once the part's entries are settled by a payout
  await expect
    .poll(
      async () =>
        (await sql(`SELECT 1 FROM "LedgerEntry" WHERE "shopOrderId" = $1 AND "payoutId" IS NULL`, [partId])).rowCount,
      { timeout: 150_000, intervals: [5_000] },
    )
    .toBe(0);
  await page.reload();
  await expect(payouts.getByRole("link", { name: title })).toBeVisible();
  await expect(payouts.getByRole("row").filter({ hasText: title })).toContainText("Programmé");

  // The operator's bank confirms the transfer: paid today.
  const [{ id: payoutId, amount }] = (
    await sql<{ id: string; amount: number }>(
      `UPDATE "Payout" p SET status = 'PAID', "paidAt" = now(), reference = 'E2E-' || p.id
         FROM "LedgerEntry" e WHERE e."payoutId" = p.id AND e."shopOrderId" = $1 RETURNING p.id, p.amount`,
      [partId],
    )
  ).rows;
  await page.reload();
  await expect(payouts.getByRole("row").filter({ hasText: title })).toContainText(
    `Versé le ${frDate.format(new Date())}`,
  );
  const paidOut = Number(
    (
      await sql<{ sum: string }>(
        `SELECT SUM(amount)::text AS sum FROM "Payout" WHERE status = 'PAID'
            AND "shopId" = (SELECT "shopId" FROM "ShopOrder" WHERE id = $1)`,
        [partId],
      )
    ).rows[0].sum,
  );
  expect(paidOut).toBeGreaterThanOrEqual(amount);
  await expect(page.getByTestId("balance-paidOut")).toHaveText(frMoney(paidOut));
  await payouts.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole("table", { name: "Les mouvements réglés par ce virement" })).toContainText(NUMBER);
  await page.goto(`/dashboard/money/orders/${partId}`);
  await expect(page.getByText("Tout l'argent de cette commande est dans un virement.")).toBeVisible();
  await expect(page.getByRole("link", { name: title })).toHaveAttribute("href", `/dashboard/money/payouts/${payoutId}`);

  // the ledger's "in a payout" filter now lists its entries
  await page.goto("/dashboard/money/ledger?state=paid");
  await expect(page.getByRole("table", { name: "Mouvements de votre solde" })).toContainText(NUMBER);
});
