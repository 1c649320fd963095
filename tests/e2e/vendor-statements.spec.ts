import { inflateSync } from "node:zlib";
import { expect, test } from "./fixtures";
import pg from "pg";
import { APPLICANT, SHOPPER, VENDOR, signIn, switchShop } from "./support";

// A vendor's monthly statement and invoice (docs/payouts.md, statements and invoices): the demo
// vendor opens "Relevés et factures", opens last month, reads its balances and its commission
// invoice, downloads the invoice's PDF (a real PDF carrying its number) and the entries' CSV; the
// page fits a phone; a signed-out visitor, a shopper and another vendor get nothing. Independent of the calendar
// and of the invoice job: when the demo shop has no invoice for last month yet, the journey
// writes one as `issueMonthlyInvoices` would (a commission entry of last month, then the invoice
// with the next number of the year's series, in one transaction) in the app's own database.

/** The app's database, started by playwright.config.ts (scripts/embedded-postgres.ts's account). */
const APP_DATABASE_URL = `postgresql://halle:halle@localhost:${Number(process.env.E2E_PG_PORT ?? 5491)}/halle`;

type Month = { period: string; start: string; end: string; entryAt: string; year: string };

/** Last month in Paris, its bounds as stored (UTC timestamps without zone), and the series' year (this year). */
async function lastMonth(client: pg.Client): Promise<Month> {
  const { rows } = await client.query<Month>(`
    WITH b AS (SELECT date_trunc('month', now() AT TIME ZONE 'Europe/Paris') AS this_month)
    SELECT to_char(this_month - interval '1 month', 'YYYY-MM') AS period,
           to_char(((this_month - interval '1 month') AT TIME ZONE 'Europe/Paris') AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS') AS start,
           to_char((this_month AT TIME ZONE 'Europe/Paris') AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS') AS "end",
           to_char(((this_month - interval '1 month' + interval '14 days 12 hours') AT TIME ZONE 'Europe/Paris') AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS') AS "entryAt",
           to_char(this_month, 'YYYY') AS year
      FROM b`);
  return rows[0];
}

/** The demo vendor's first approved shop and last month's invoice number, written if missing. */
async function invoiceForLastMonth(): Promise<{ shopName: string; number: string; month: Month }> {
  const client = new pg.Client({ connectionString: APP_DATABASE_URL });
  await client.connect();
  try {
    const month = await lastMonth(client);
    const shop = (
      await client.query<{ id: string; name: string; legalName: string | null; vatNumber: string | null }>(
        `SELECT s.id, s.name, s."legalName", s."vatNumber" FROM "Shop" s JOIN "User" u ON u.id = s."ownerId"
          WHERE u.email = $1 AND s.status = 'APPROVED' ORDER BY s."createdAt", s.id LIMIT 1`,
        [VENDOR.email],
      )
    ).rows[0];
    await client.query("BEGIN");
    const sequence = await client.query<{ last: number }>(
      `INSERT INTO "DocumentSequence" ("key", "last") VALUES ($1, 1)
       ON CONFLICT ("key") DO UPDATE SET "last" = "DocumentSequence"."last" + 1 RETURNING "last"`,
      [`INV-${month.year}`],
    );
    const existing = await client.query<{ number: string }>(
      `SELECT "number" FROM "CommissionInvoice" WHERE "shopId" = $1 AND "periodKey" = $2`,
      [shop.id, month.period],
    );
    if (existing.rows[0]) {
      await client.query("ROLLBACK");
      return { shopName: shop.name, number: existing.rows[0].number, month };
    }
    const settings = (
      await client.query(
        `SELECT name, "legalName", "legalAddress", "legalRegistrationNumber", "legalVatNumber" FROM "MarketplaceSettings" WHERE id = 1`,
      )
    ).rows[0];
    const number = `${month.year}-${String(sequence.rows[0].last).padStart(6, "0")}`;
    await client.query(
      `INSERT INTO "LedgerEntry" ("id", "shopId", "type", "amount", "currency", "availableAt", "createdAt")
       VALUES (gen_random_uuid()::text, $1, 'COMMISSION', -1234, 'EUR', $2::timestamp, $2::timestamp),
              (gen_random_uuid()::text, $1, 'FEE_VAT', -247, 'EUR', $2::timestamp, $2::timestamp)`,
      [shop.id, month.entryAt],
    );
    await client.query(
      `INSERT INTO "CommissionInvoice" ("id", "shopId", "periodKey", "number", "periodStart", "periodEnd", "lines",
         "amountExclVat", "vatRateBps", "vatAmount", "totalAmount", "currency", "seller", "buyer", "issuedAt")
       VALUES (gen_random_uuid()::text, $1, $2, $3, $4::timestamp, $5::timestamp, $6::jsonb, 1234, 2000, 247, 1481, 'EUR',
               $7::jsonb, $8::jsonb, $5::timestamp)`,
      [
        shop.id,
        month.period,
        number,
        month.start,
        month.end,
        JSON.stringify([{ kind: "COMMISSION", amountExclVat: 1234, vatAmount: 247 }]),
        JSON.stringify({
          name: settings.legalName || settings.name,
          tradeName: settings.name,
          address: settings.legalAddress,
          registrationNumber: settings.legalRegistrationNumber,
          vatNumber: settings.legalVatNumber,
        }),
        JSON.stringify({
          name: shop.legalName || shop.name,
          tradeName: shop.name,
          address: "",
          registrationNumber: "",
          vatNumber: shop.vatNumber ?? "",
        }),
      ],
    );
    await client.query("COMMIT");
    return { shopName: shop.name, number, month };
  } finally {
    await client.end();
  }
}

/** The text a PDF draws: its Flate streams inflated, the hex strings of their TJ operators decoded (WinAnsi). */
function pdfText(pdf: Buffer): string {
  const source = pdf.toString("latin1");
  const texts: string[] = [];
  for (const match of source.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(match[1], "latin1")).toString("latin1");
    } catch {
      content = match[1];
    }
    for (const tj of content.matchAll(/\[((?:<[0-9a-fA-F]*>\s*-?[\d.]*\s*)+)\]\s*TJ/g)) {
      const hex = [...tj[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((part) => part[1]).join("");
      texts.push(Buffer.from(hex, "hex").toString("latin1"));
    }
  }
  return texts.join("\n");
}

test("the vendor reads last month's statement and downloads its invoice", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const { shopName, number, month } = await invoiceForLastMonth();
  const monthName = new Intl.DateTimeFormat("fr-FR", {
    month: "long",
    year: "numeric",
    timeZone: "Europe/Paris",
  }).format(new Date(`${month.entryAt.replace(" ", "T")}Z`));

  await signIn(page, VENDOR.email, VENDOR.password);
  await page.goto("/dashboard/money/statements");
  await switchShop(page, shopName, "/dashboard/money/statements");
  await expect(page.getByRole("heading", { level: 1, name: "Relevés et factures" })).toBeVisible();
  const row = page.getByRole("listitem").filter({ hasText: number });
  await expect(row).toBeVisible();
  await page.getByRole("link", { name: `Ouvrir le relevé de ${monthName}` }).click();

  await expect(page.getByRole("heading", { level: 1, name: `Relevé de ${monthName}` })).toBeVisible();
  await expect(page.getByText("Solde au début du mois")).toBeVisible();
  await expect(page.getByText("Solde à la fin du mois")).toBeVisible();
  await expect(page.getByRole("heading", { name: `Facture ${number}` })).toBeVisible();

  // The invoice's PDF: a download, a real PDF, its number inside.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Facture en PDF" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`invoice-${number}.pdf`);
  const pdfUrl = download.url();
  const answer = await page.request.get(pdfUrl);
  expect(answer.status()).toBe(200);
  expect(answer.headers()["content-type"]).toBe("application/pdf");
  const pdf = await answer.body();
  expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  expect(pdfText(pdf)).toContain(`Facture ${number}`);

  // The entries' CSV: UTF-8 with a BOM, `;` between cells.
  const csvHref = await page.getByRole("link", { name: "Écritures en CSV" }).getAttribute("href");
  const csv = await page.request.get(csvHref!);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const csvText = (await csv.body()).toString("utf8");
  expect(csvText.startsWith("\uFEFFDate;Type;Commande;Libellé;Montant")).toBe(true);

  // A phone: nothing scrolls sideways.
  await page.setViewportSize({ width: 360, height: 740 });
  await page.reload();
  // The page's own content (the shell's menu scrolls on its own) stays within the screen.
  const overflowing = await page.evaluate(() =>
    [...document.querySelectorAll("main *")]
      .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 0.5)
      .map((element) => `${element.tagName} ${(element.textContent ?? "").slice(0, 40)}`),
  );
  expect(overflowing).toEqual([]);

  // Nobody else gets the file: signed out, or a shopper.
  const stranger = await browser.newContext();
  expect((await stranger.request.get(pdfUrl)).status()).toBe(404);
  const shopperPage = await stranger.newPage();
  await signIn(shopperPage, SHOPPER.email, SHOPPER.password);
  expect((await shopperPage.request.get(pdfUrl)).status()).toBe(404);
  await stranger.close();
  // another vendor, asking for this shop by its id
  const otherVendor = await browser.newContext();
  const otherPage = await otherVendor.newPage();
  await signIn(otherPage, APPLICANT.email, APPLICANT.password);
  expect((await otherPage.request.get(pdfUrl)).status()).toBe(404);
  expect(new URL(pdfUrl).searchParams.get("shop")).toBeTruthy();
  await otherVendor.close();
});
