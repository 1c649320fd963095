import { expect, test } from "./fixtures";

test("the home page shows shops, categories and new products", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vos commerces de proximité, en ligne");

  const shops = page.getByRole("region", { name: "Les boutiques" });
  await expect(shops.getByRole("link", { name: /Le Fournil Colbert/ })).toBeVisible();
  // A shop awaiting approval is not shown to shoppers.
  await expect(shops.getByRole("link", { name: /Brûlerie du Quai/ })).toHaveCount(0);

  await expect(
    page.getByRole("region", { name: "Les rayons" }).getByRole("link", { name: "Alimentation" }),
  ).toBeVisible();

  const products = page.getByRole("region", { name: "Nouveautés" });
  await expect(products.getByRole("article").first()).toBeVisible();
  await expect(products.getByRole("article").first()).toContainText("€");
});

test("a shop page shows the shop and its products; a pending shop is not found", async ({ page }) => {
  await page.goto("/");
  await page
    .getByRole("region", { name: "Les boutiques" })
    .getByRole("link", { name: /Le Fournil Colbert/ })
    .click();
  await expect(page).toHaveURL(/\/shops\/le-fournil-colbert$/);
  await expect(page.getByRole("heading", { level: 1, name: "Le Fournil Colbert" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Les produits" }).getByRole("article").first()).toBeVisible();

  const response = await page.goto("/shops/brulerie-du-quai");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page introuvable" })).toBeVisible();
});

test("search, location, cart and account are honest placeholders, never dead ends", async ({ page }) => {
  await page.goto("/");
  // The header search box suggests titles as you type (an input with a datalist: a combobox).
  const search = page.getByRole("combobox", { name: "Rechercher un produit ou une boutique" });
  await search.fill("pain");
  await search.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=pain$/);
  await expect(page.getByRole("heading", { level: 1, name: "« pain »" })).toBeVisible();

  await page.getByRole("link", { name: "Choisir ma position" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Choisir ma position" })).toBeVisible();

  await page.getByRole("banner").getByRole("link", { name: "Panier" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Panier" })).toBeVisible();
  await expect(page.getByText("Votre panier est vide")).toBeVisible();

  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Faccount$/);
});

test("keyboard focus is visible on links, buttons and fields (one rule for the whole app)", async ({ page }) => {
  await page.goto("/");
  const ringOf = () =>
    page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      const style = getComputedStyle(element);
      return { tag: element.tagName, style: style.outlineStyle, width: style.outlineWidth };
    });
  const seen = new Set<string>();
  // Tab through the header and the first sections: every stop shows a 2px solid ring.
  for (let stop = 0; stop < 12; stop += 1) {
    await page.keyboard.press("Tab");
    const ring = await ringOf();
    if (ring.tag === "BODY") break;
    expect(ring, `focus stop ${stop + 1} (${ring.tag})`).toMatchObject({ style: "solid", width: "2px" });
    seen.add(ring.tag);
  }
  expect(seen).toContain("A");
  expect(seen).toContain("INPUT");
});
