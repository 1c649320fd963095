import { type Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { signIn, switchShop, VENDOR } from "./support";

const SHOP = { name: "Le Fournil Colbert", path: "/shops/le-fournil-colbert" };

async function openProductList(page: Page) {
  await page.goto("/dashboard/products");
  await switchShop(page, SHOP.name, "/dashboard/products");
  await expect(page.getByRole("heading", { level: 1, name: "Produits" })).toBeVisible();
  await expect(page.getByText(`Les produits de ${SHOP.name}.`)).toBeVisible();
}

async function search(page: Page, text: string) {
  const filters = page.getByRole("search", { name: "Rechercher et filtrer" });
  await filters.getByLabel("Rechercher").fill(text);
  await filters.getByRole("button", { name: "Appliquer" }).click();
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(text)}`));
}

async function quickEditStock(page: Page, title: string, stock: string) {
  await page.getByText(`Modification rapide : ${title}`, { exact: true }).click();
  const form = page.getByRole("form", { name: `Modification rapide : ${title}` });
  await form.getByLabel("Stock").fill(stock);
  await form.getByRole("button", { name: "Enregistrer" }).click();
  await expect(form.getByRole("status")).toHaveText("Enregistré.");
}

/** The product cards a signed-out visitor sees on the shop's public page. */
async function publicCard(page: Page, title: string) {
  await page.goto(SHOP.path);
  return page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: title, exact: true }) });
}

async function bulk(page: Page, titles: string[], action: string) {
  // A fresh page: the previous action's confirmation must not answer for this one.
  await page.reload();
  const done = page.getByRole("status").filter({ hasText: `${titles.length} produits modifiés.` });
  await expect(done).toHaveCount(0);
  for (const title of titles) await page.getByRole("checkbox", { name: `Sélectionner « ${title} »` }).check();
  await page.getByLabel("Action sur la sélection").selectOption({ label: action });
  await page.getByRole("button", { name: "Appliquer", exact: true }).last().click();
  await expect(done).toBeVisible();
}

test("a vendor searches, quick-edits stock to 0 (out of stock publicly), and bulk-moves products to draft and back", async ({
  page,
  browser,
}) => {
  await signIn(page, VENDOR.email, VENDOR.password);
  await openProductList(page);

  // Search by title, case-insensitive; the list keeps the query.
  await search(page, "CROISSANT");
  await expect(page.getByRole("link", { name: "Croissant pur beurre" })).toBeVisible();
  await expect(page.getByText(/^1 produit/)).toBeVisible();

  // Quick edit: stock to 0 without leaving the list; the row says so.
  await quickEditStock(page, "Croissant pur beurre", "0");
  await expect(page.getByText("Épuisé", { exact: true })).toBeVisible();
  // A bad stock is refused on its field.
  await page.getByRole("form", { name: "Modification rapide : Croissant pur beurre" }).getByLabel("Stock").fill("-4");
  await page
    .getByRole("form", { name: "Modification rapide : Croissant pur beurre" })
    .getByRole("button", { name: "Enregistrer" })
    .click();
  await expect(page.getByText("Indiquez un stock entier entre 0 et 1 000 000.")).toBeVisible();

  const visitor = await browser.newPage();
  await expect(await publicCard(visitor, "Croissant pur beurre")).toContainText("Épuisé");

  // Back in stock, so other journeys find it as the demo has it.
  await page.reload();
  await quickEditStock(page, "Croissant pur beurre", "48");
  await expect(await publicCard(visitor, "Croissant pur beurre")).not.toContainText("Épuisé");

  // Bulk: two products to draft — they leave the public page — then back online.
  const pair = ["Pain au chocolat", "Éclair au chocolat"];
  await search(page, "chocolat");
  await bulk(page, pair, "Passer en brouillon");
  for (const title of pair) await expect(page.getByRole("link", { name: title })).toBeVisible();
  await visitor.goto(SHOP.path);
  for (const title of pair) await expect(visitor.getByRole("heading", { name: title, exact: true })).toHaveCount(0);

  await bulk(page, pair, "Mettre en ligne");
  await visitor.goto(SHOP.path);
  for (const title of pair) await expect(visitor.getByRole("heading", { name: title, exact: true })).toBeVisible();
  await visitor.close();
});
