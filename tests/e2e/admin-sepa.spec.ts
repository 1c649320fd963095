import { readFile } from "node:fs/promises";
import { randomUUID } from "node:crypto";
import { type Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import pg from "pg";
import { validatePain001 } from "../support/sepa/validate-pain001";
import { OPERATOR, VENDOR, signIn } from "./support";

// Bank-transfer payouts (docs/payouts.md, SEPA): the operator opens the SEPA page, generates the file
// of the payouts due, downloads it (a pain.001.001.03 document whose control sum is the total the
// page showed, valid against the schema), marks the file paid after confirming, and sees the payouts
// paid; then records a transfer the bank sent back, with its reason. The demo seed has no payouts:
// the journey writes a few for demo shops in the app's own database, as the payout run would
// (settled entries and their PAYOUT entry), so it does not depend on the calendar.

/** The app's database, started by playwright.config.ts (scripts/embedded-postgres.ts's account). */
const APP_DATABASE_URL = `postgresql://halle:halle@localhost:${Number(process.env.E2E_PG_PORT ?? 5491)}/halle`;

const AMOUNTS = [12_345, 6_789, 1_001];

type Written = { shopName: string; payoutId: string; amount: number };

/** One due BANK_TRANSFER payout for each of three approved demo shops with an IBAN and no Stripe account. */
async function writeDuePayouts(): Promise<Written[]> {
  const client = new pg.Client({ connectionString: APP_DATABASE_URL });
  await client.connect();
  try {
    await client.query("BEGIN");
    const { rows: shops } = await client.query<{ id: string; name: string }>(
      `SELECT id, name FROM "Shop"
        WHERE status = 'APPROVED' AND "payoutIban" IS NOT NULL AND "stripeAccountId" IS NULL
        ORDER BY slug LIMIT 3`,
    );
    expect(shops).toHaveLength(3);
    const written: Written[] = [];
    for (const [index, shop] of shops.entries()) {
      // as createPayout writes them (lib/payouts/create-payout.ts): a uuid
      const payoutId = randomUUID();
      const amount = AMOUNTS[index];
      const utcNow = `(now() AT TIME ZONE 'UTC')`;
      await client.query(
        `INSERT INTO "Payout" (id, "shopId", "periodKey", "cutoffAt", amount, currency, method, status,
                               "scheduledFor", "accountHolderName", "accountIban", "createdAt", "updatedAt")
         SELECT $1, s.id, $2, ${utcNow}, $3, 'EUR', 'BANK_TRANSFER', 'SCHEDULED',
                ${utcNow} - interval '1 hour', s."payoutHolderName", s."payoutIban", ${utcNow}, ${utcNow}
           FROM "Shop" s WHERE s.id = $4`,
        [payoutId, `request:${payoutId}`, amount, shop.id],
      );
      // the entry it settles, and the PAYOUT entry that cancels it (docs/payouts.md, paying)
      await client.query(
        `INSERT INTO "LedgerEntry" (id, "shopId", "payoutId", type, amount, currency, "availableAt", memo, "createdAt")
         VALUES ($1, $2, $3, 'ADJUSTMENT', $4, 'EUR', ${utcNow} - interval '2 days', 'e2e', ${utcNow} - interval '2 days'),
                ($5, $2, $3, 'PAYOUT', -$4::int, 'EUR', ${utcNow}, $6, ${utcNow})`,
        [randomUUID(), shop.id, payoutId, amount, randomUUID(), `request:${payoutId}`],
      );
      written.push({ shopName: shop.name, payoutId, amount });
    }
    await client.query("COMMIT");
    return written;
  } finally {
    await client.end();
  }
}

/** "Total dû : 1 234,56 €" → 123456 (French digits, any kind of space). */
function minorUnitsIn(text: string): number {
  const match = /([\d\s\u00a0\u202f]+),(\d{2})/.exec(text);
  if (!match) throw new Error(`no amount in "${text}"`);
  return Number(match[1].replace(/\D/g, "")) * 100 + Number(match[2]);
}

const tagValues = (xml: string, tag: string) =>
  [...xml.matchAll(new RegExp(`<${tag}(?: [^>]*)?>([^<]*)</${tag}>`, "g"))].map((match) => match[1]);

const transferCard = (page: Page, shopName: string) =>
  page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3, name: shopName, exact: true }) });

test("the operator pays bank transfers with a SEPA file: generate, download, mark paid, record a rejection", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const payouts = await writeDuePayouts();

  await signIn(page, OPERATOR.email, OPERATOR.password);
  await page.goto("/admin/money/sepa");
  await expect(page.getByRole("heading", { level: 1, name: "Virements SEPA" })).toBeVisible();
  const toPay = page.getByRole("region", { name: "À payer" });
  for (const payout of payouts) await expect(toPay.getByRole("rowheader", { name: payout.shopName })).toBeVisible();
  const shownTotal = minorUnitsIn((await page.getByTestId("sepa-due-total").textContent()) ?? "");
  expect(shownTotal).toBeGreaterThanOrEqual(AMOUNTS.reduce((sum, amount) => sum + amount, 0));

  // On a phone: nothing of the page wider than the screen (the tables scroll inside their own box).
  // The page's content is checked, not the whole document: the back office's menu lets an unread
  // badge's hidden label stick out of its scrolling list (components/back-office/back-office-nav.tsx).
  await page.setViewportSize({ width: 360, height: 800 });
  await page.reload();
  const sticksOut = await page.evaluate(() =>
    [...document.querySelectorAll("#main *")]
      .filter((element) => !element.parentElement?.closest(".overflow-x-auto"))
      .filter((element) => element.getBoundingClientRect().right > window.innerWidth)
      .map((element) => element.outerHTML.slice(0, 120)),
  );
  expect(sticksOut).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 720 });

  // Generating asks first, saying what the file will hold.
  await page.getByText("Générer le fichier SEPA", { exact: true }).click();
  await expect(page.getByText(/Le fichier contiendra \d+ virement\(s\) pour un total de/)).toBeVisible();
  await page.getByRole("button", { name: "Générer le fichier", exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/money\/sepa\/[^/?]+\?done=generated/, { timeout: 20_000 });
  await expect(page.getByRole("status").filter({ hasText: /Fichier HALLE-\d{8}-\d+ généré/ })).toBeVisible();
  const heading = (await page.getByRole("heading", { level: 1 }).textContent()) ?? "";
  const messageId = /HALLE-\d{8}-\d+/.exec(heading)?.[0];
  expect(messageId).toBeTruthy();
  expect(minorUnitsIn((await page.getByTestId("sepa-batch-total").textContent()) ?? "")).toBe(shownTotal);
  for (const payout of payouts)
    await expect(transferCard(page, payout.shopName).getByText("Dans le fichier", { exact: true })).toBeVisible();

  // The download: the file as generated, a pain.001.001.03 whose control sum is the total shown.
  const downloadLink = page.getByRole("link", { name: "Télécharger le fichier XML" });
  const [download] = await Promise.all([page.waitForEvent("download"), downloadLink.click()]);
  expect(download.suggestedFilename()).toBe(`${messageId}.xml`);
  const xml = await readFile((await download.path())!, "utf8");
  expect(xml).toContain('xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03"');
  expect(tagValues(xml, "MsgId")).toEqual([messageId]);
  const [controlSum] = tagValues(xml, "CtrlSum");
  expect(Math.round(Number(controlSum) * 100)).toBe(shownTotal);
  expect((await validatePain001(xml)).errors).toEqual([]);

  // Only operators get the file: a vendor is refused, a signed-out visitor is sent to sign in.
  const fileUrl = new URL((await downloadLink.getAttribute("href"))!, page.url()).toString();
  const vendorContext = await browser.newContext();
  const vendor = await vendorContext.newPage();
  await signIn(vendor, VENDOR.email, VENDOR.password);
  expect((await vendor.request.get(fileUrl, { maxRedirects: 0 })).status()).toBe(403);
  await vendorContext.close();
  const anonymous = await browser.newContext();
  const refused = await anonymous.request.get(fileUrl, { maxRedirects: 0 });
  expect(refused.status()).toBe(303);
  expect(refused.headers().location).toContain("/sign-in");
  await anonymous.close();

  // Marking paid asks for confirmation, then every transfer of the file is paid.
  await page.getByText("Marquer le fichier payé", { exact: true }).click();
  await expect(page.getByText(/Confirmez que la banque a exécuté ce fichier/)).toBeVisible();
  await page.getByRole("button", { name: "Oui, marquer payé" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Fichier marqué payé : ses virements sont payés." }),
  ).toBeVisible({
    timeout: 20_000,
  });
  for (const payout of payouts)
    await expect(transferCard(page, payout.shopName).getByText("Payé", { exact: true })).toBeVisible();
  await expect(page.getByText("Marquer le fichier payé", { exact: true })).toHaveCount(0);

  // The bank sends one back: the reason is required, then the payout is rejected, its money returned.
  const returned = transferCard(page, payouts[2].shopName);
  await returned.getByText("Enregistrer un virement rejeté", { exact: true }).click();
  await returned.getByRole("button", { name: "Enregistrer le rejet" }).click();
  await expect(returned.getByText("Indiquez le motif du rejet.")).toBeVisible();
  await returned.getByLabel("Motif du rejet, tel que la banque l'indique").fill("AC04 — compte clôturé");
  await returned.getByRole("button", { name: "Enregistrer le rejet" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Rejet enregistré : le montant est revenu au solde du bénéficiaire." }),
  ).toBeVisible({ timeout: 20_000 });
  const rejected = transferCard(page, payouts[2].shopName);
  await expect(rejected.getByText("Rejeté", { exact: true })).toBeVisible();
  await expect(rejected.getByText("Motif du rejet : AC04 — compte clôturé")).toBeVisible();
  await expect(rejected.getByText("Enregistrer un virement rejeté")).toHaveCount(0);

  // Back on the list, the file is paid, with its rejection counted.
  await page.getByRole("link", { name: "Tous les virements SEPA" }).click();
  const fileRow = page.getByRole("row").filter({ has: page.getByRole("link", { name: messageId! }) });
  await expect(fileRow.getByText("Payé", { exact: true })).toBeVisible();
  await expect(fileRow.getByText("dont 1 rejeté(s)")).toBeVisible();
});
