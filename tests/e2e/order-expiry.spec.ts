import { expect, test } from "./fixtures";
import pg from "pg";
import { OPERATOR, SHOPPER, VENDOR, addToCart, checkOutAndPay, chooseDelivery, signIn, switchShop } from "./support";

// An order nobody answers (docs/domain.md, deadlines): the demo shopper buys a book from "Librairie
// La Corderie"; the journey moves the part's acceptance deadline into the past in the app's own
// database (the clock of this one part, not the app's), and the deadline job — running every
// minute in the started app, as in production — expires it: the shopper reads that it is cancelled
// and refunded, the vendor finds it among the cancelled orders, and both were e-mailed.
const BOOK = {
  shop: "librairie-la-corderie",
  shopName: "Librairie La Corderie",
  title: "Pêcheur d'Islande — Pierre Loti (poche)",
  // The shop's own e-mail (prisma/seed): its order e-mails go there, not to its owner's (docs/domain.md, vendorInbox).
  inbox: "librairie@la-corderie.test",
};

/** The app's database, started by playwright.config.ts (scripts/embedded-postgres.ts's account). */
const APP_DATABASE_URL = `postgresql://halle:halle@localhost:${Number(process.env.E2E_PG_PORT ?? 5491)}/halle`;

async function moveAcceptanceDeadlineIntoThePast(number: string) {
  const client = new pg.Client({ connectionString: APP_DATABASE_URL });
  await client.connect();
  try {
    const moved = await client.query(
      `UPDATE "ShopOrder" so
          SET "acceptBy" = now() - interval '1 minute',
              "remindAt" = now() - interval '2 minutes',
              "acceptanceRemindedAt" = now() - interval '2 minutes'
         FROM "Order" o
        WHERE so."orderId" = o.id AND o.number = $1 AND so.status = 'AWAITING_ACCEPTANCE'`,
      [number],
    );
    expect(moved.rowCount).toBe(1);
  } finally {
    await client.end();
  }
}

test("a part no shop answers expires at its deadline: the shopper is refunded, both sides are told", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  await signIn(page, SHOPPER.email, SHOPPER.password);
  await addToCart(page, BOOK);
  await page.goto("/cart");
  await chooseDelivery(page, BOOK.shopName, /^Envoi postal/);
  const { orderId, number } = await checkOutAndPay(page);

  await moveAcceptanceDeadlineIntoThePast(number);

  // The job runs every minute: the shopper's page says so once it has.
  await page.goto(`/account/orders/${orderId}`);
  const part = page.getByRole("region", { name: BOOK.shopName, exact: true });
  await expect(async () => {
    await page.reload();
    await expect(part.getByText("Expirée", { exact: true })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 150_000, intervals: [5_000] });
  await expect(page.getByRole("region", { name: "Remboursements" }).getByText(/^Remboursé jusqu’ici : /)).toBeVisible();
  await expect(page.getByRole("button", { name: "Annuler…" })).toHaveCount(0);

  // The vendor finds it among the cancelled orders, with its history.
  const vendorContext = await browser.newContext();
  const vendor = await vendorContext.newPage();
  await signIn(vendor, VENDOR.email, VENDOR.password);
  await vendor.goto("/dashboard/orders");
  await switchShop(vendor, BOOK.shopName, `/dashboard/orders?tab=cancelled&q=${number}`);
  await expect(vendor.getByRole("link", { name: `Ouvrir la commande ${number}` })).toBeVisible();
  await vendorContext.close();

  // Both sides were e-mailed (the development mailbox: no SMTP configured).
  const operatorContext = await browser.newContext();
  const operator = await operatorContext.newPage();
  await signIn(operator, OPERATOR.email, OPERATOR.password);
  await operator.goto("/admin/mailbox");
  const toShopper = operator.getByRole("listitem").filter({
    has: operator.getByRole("heading", { name: `Votre commande ${number} chez ${BOOK.shopName} est annulée` }),
  });
  await expect(toShopper).toHaveCount(1);
  await expect(toShopper).toContainText(`À : ${SHOPPER.email}`);
  const toShop = operator.getByRole("listitem").filter({
    has: operator.getByRole("heading", { name: `Commande ${number} expirée — ${BOOK.shopName}` }),
  });
  await expect(toShop).toHaveCount(1);
  await expect(toShop).toContainText(`À : ${BOOK.inbox}`);
  await operatorContext.close();
});
