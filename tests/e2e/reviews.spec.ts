import { expect, test } from "./fixtures";
import pg from "pg";
import { averageTenths } from "@/lib/reviews/rating";
import { SHOPPER, VENDOR, addToCart, checkOutAndPay, chooseDelivery, signIn, switchShop } from "./support";

// A shopper's review (docs/trust.md, reviews), on the demo data (prisma/seed): the demo shopper
// buys a book posted by "Librairie La Corderie"; the journey puts the part in DELIVERED in the
// app's own database (the vendor's steps are another journey's: order-life); the shopper confirms
// receipt on their order page and rates the shop with stars and a comment, then sees their review;
// the shop page shows the new average and count, and search shows the rating on the shop's products;
// the vendor finds the review on /dashboard/reviews and replies once; the shopper reads the reply.
const BOOK = {
  shop: "librairie-la-corderie",
  shopName: "Librairie La Corderie",
  title: "Pêcheur d'Islande — Pierre Loti (poche)",
};
/** An average in tenths as the pages write it in French, "4,5"; a whole one "4" or "4,0". */
function averageText(tenths: number): string {
  return tenths % 10 === 0 ? `${tenths / 10}(?:,0)?` : `${Math.floor(tenths / 10)},${tenths % 10}`;
}

const COMMENT = `Livre bien emballé, arrivé vite — merci ! (${Date.now().toString(36)})`;

/** The app's database, started by playwright.config.ts (scripts/embedded-postgres.ts's account). */
const APP_DATABASE_URL = `postgresql://halle:halle@localhost:${Number(process.env.E2E_PG_PORT ?? 5491)}/halle`;

async function withAppDatabase<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: APP_DATABASE_URL });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** The part delivered a day ago, as MARK_DELIVERED leaves it (its return window and auto-confirmation ahead). */
async function markDelivered(number: string) {
  await withAppDatabase(async (client) => {
    const moved = await client.query(
      `UPDATE "ShopOrder" so
          SET status = 'DELIVERED',
              "deliveredAt" = now() - interval '1 day',
              "autoConfirmAt" = now() + interval '6 days',
              "returnBy" = now() + interval '13 days',
              "statusChangedAt" = now() - interval '1 day'
         FROM "Order" o
        WHERE so."orderId" = o.id AND o.number = $1 AND so.status = 'AWAITING_ACCEPTANCE'`,
      [number],
    );
    expect(moved.rowCount).toBe(1);
  });
}

async function shopRating(slug: string): Promise<{ sum: number; count: number }> {
  return withAppDatabase(async (client) => {
    const { rows } = await client.query(
      `SELECT "ratingSum" AS sum, "ratingCount" AS count FROM "Shop" WHERE slug = $1`,
      [slug],
    );
    return rows[0] as { sum: number; count: number };
  });
}

test("a shopper confirms receipt and rates the shop: the shop page and search show it, the vendor replies", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const before = await shopRating(BOOK.shop);
  await signIn(page, SHOPPER.email, SHOPPER.password);
  await addToCart(page, BOOK);
  await page.goto("/cart");
  await chooseDelivery(page, BOOK.shopName, /^Envoi postal/);
  const { orderId, number } = await checkOutAndPay(page);
  await markDelivered(number);

  // Not confirmed yet: no form. Confirmed: the form comes.
  await page.goto(`/account/orders/${orderId}`);
  const form = page.getByRole("region", { name: `Donnez votre avis sur ${BOOK.shopName}` });
  await expect(form).toHaveCount(0);
  await page.getByRole("button", { name: "Bien reçu, tout va bien" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Merci ! La boutique est prévenue" })).toBeVisible();
  await expect(form).toBeVisible();

  // Without stars: refused beside the stars, the comment kept.
  await form.getByLabel("Votre commentaire (facultatif)").fill(COMMENT);
  await form.getByRole("button", { name: "Publier mon avis" }).click();
  await expect(form.getByText("Choisissez une note de 1 à 5 étoiles.")).toBeVisible();
  await expect(form.getByLabel("Votre commentaire (facultatif)")).toHaveValue(COMMENT);

  // The stars are a radio group: chosen with the keyboard.
  const stars = form.getByRole("group", { name: "Votre note de la boutique" });
  await stars.getByRole("radio", { name: "1 étoile" }).focus();
  for (let step = 0; step < 3; step++) await page.keyboard.press("ArrowRight");
  await expect(stars.getByRole("radio", { name: "4 étoiles" })).toBeChecked();
  await form.getByRole("button", { name: "Publier mon avis" }).click();

  const mine = page.getByRole("region", { name: `Votre avis sur ${BOOK.shopName}` });
  await expect(mine.getByRole("status")).toHaveText("Merci, votre avis est publié.");
  await expect(mine.getByText(COMMENT)).toBeVisible();
  await expect(mine.getByRole("img", { name: new RegExp(`^Note : ${averageText(40)} sur 5$`) })).toBeVisible();
  await expect(form).toHaveCount(0);

  // The shop's average and count, from its counters (+1 review, +4 stars).
  const after = await shopRating(BOOK.shop);
  expect(after).toEqual({ sum: before.sum + 4, count: before.count + 1 });
  const average = averageText(averageTenths(after.sum, after.count)!);
  await page.goto(`/shops/${BOOK.shop}`);
  const summary = page.getByTestId("rating-summary").first();
  await expect(summary).toContainText(new RegExp(`${average}\\s`));
  await expect(summary).toContainText(after.count === 1 ? "(1 avis)" : `(${after.count} avis)`);
  await expect(page.getByText(COMMENT)).toBeVisible();

  // Search: the shop's rating on its products' cards.
  await page.goto(`/search?q=${encodeURIComponent("Pêcheur d'Islande")}`);
  const card = page.getByRole("article").filter({ hasText: BOOK.shopName }).first();
  await expect(card.getByTestId("shop-rating")).toContainText(new RegExp(`${average} \\(${after.count}\\)`));

  // The vendor finds it awaiting a reply and replies once.
  const vendorContext = await browser.newContext();
  const vendor = await vendorContext.newPage();
  await signIn(vendor, VENDOR.email, VENDOR.password);
  await vendor.goto("/dashboard/reviews");
  await switchShop(vendor, BOOK.shopName, "/dashboard/reviews?filter=awaitingReply");
  const review = vendor.getByRole("article").filter({ hasText: COMMENT });
  await expect(review).toBeVisible();
  await review.getByLabel("Votre réponse").fill("Merci beaucoup, à bientôt à la librairie !");
  await review.getByRole("button", { name: "Publier la réponse" }).click();
  await expect(vendor.getByRole("status").filter({ hasText: "Votre réponse est publiée." })).toBeVisible();
  const answered = vendor.getByRole("article").filter({ hasText: COMMENT });
  await expect(answered.getByText("Merci beaucoup, à bientôt à la librairie !")).toBeVisible();
  await expect(answered.getByRole("button", { name: "Publier la réponse" })).toHaveCount(0);
  await vendorContext.close();

  // The shopper reads the reply under their review.
  await page.goto(`/account/orders/${orderId}`);
  await expect(mine.getByText("Merci beaucoup, à bientôt à la librairie !")).toBeVisible();
});
