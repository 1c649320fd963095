import { expect, test } from "./fixtures";

// Demo data (prisma/seed): "Le Rucher de Saintonge", in Saintes, sells several honeys ("miel");
// other shops in Rochefort and La Rochelle sell a few too.
const SAINTES = { label: "Saintes (17100)", latitude: 45.7464, longitude: -0.6333, postcode: "17100", source: "place" };
const SHOP = "Le Rucher de Saintonge";

test("a shopper in Saintes searches for honey: the nearest shop first, with distances; filters; opens the shop", async ({
  page,
  context,
  baseURL,
}) => {
  await context.addCookies([
    { name: "halle_location", value: encodeURIComponent(JSON.stringify(SAINTES)), url: baseURL! },
  ]);
  await page.goto("/");
  // The header's search box (a combobox: it suggests product titles as you type).
  const box = page.getByRole("combobox", { name: "Rechercher un produit ou une boutique" });
  await box.fill("mie");
  await expect(page.locator('#header-search-suggestions option[value^="Miel"]').first()).toBeAttached();
  await box.fill("miel");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=miel/);
  await expect(page.getByRole("heading", { level: 1, name: "« miel »" })).toBeVisible();
  await expect(page.getByText("Autour de Saintes (17100)")).toBeVisible();

  const results = page.getByRole("region", { name: "Résultats" }).getByRole("article");
  await expect(results.first()).toBeVisible();
  for (let index = 0; index < 3; index += 1) {
    const card = results.nth(index);
    await expect(card.getByRole("link", { name: SHOP })).toBeVisible();
    await expect(card.getByText(/^à \d+(,\d)?\s(m|km)$/)).toBeVisible();
  }

  // Each card in stock adds one unit to the cart in place, its button named after the product.
  const firstTitle = (await results.first().getByRole("heading", { level: 3 }).textContent())!.trim();
  await results
    .first()
    .getByRole("button", { name: `Ajouter ${firstTitle} au panier` })
    .click();
  await expect(results.first().getByRole("status")).toContainText("Ajouté au panier.");

  // Filter by delivery mode with the form: every result offers it.
  const form = page.getByRole("form", { name: "Affiner la recherche" });
  await form.getByLabel("Mode de livraison").selectOption("POSTAL");
  await form.getByRole("button", { name: "Rechercher" }).click();
  await expect(page).toHaveURL(/delivery=POSTAL/);
  await expect(results.first()).toBeVisible();
  const count = await results.count();
  for (let index = 0; index < count; index += 1) {
    await expect(results.nth(index).getByRole("list", { name: "Modes de livraison" })).toContainText("Envoi postal");
  }

  // The delivery facet link removes the filter again, keeping the text.
  await page.getByRole("link", { name: "Retirer le filtre « Envoi postal »" }).click();
  await expect(page).toHaveURL(/q=miel/);
  await expect(page).not.toHaveURL(/delivery=/);

  await results.first().getByRole("link", { name: SHOP }).click();
  await expect(page).toHaveURL(/\/shops\//);
  await expect(page.getByRole("heading", { level: 1, name: SHOP })).toBeVisible();
});

test("without a location the search still works, without distances, and invites to set one", async ({ page }) => {
  await page.goto("/search?q=creme");
  await expect(page.getByRole("main").getByRole("link", { name: "Choisir ma position" })).toHaveAttribute(
    "href",
    "/location",
  );
  const results = page.getByRole("region", { name: "Résultats" }).getByRole("article");
  await expect(results.first()).toBeVisible();
  await expect(page.getByRole("main").getByText(/^à \d/)).toHaveCount(0);
  await expect(page.getByLabel("Distance")).toHaveCount(0);

  // Nothing found: an empty state that offers to clear the filters.
  await page.goto("/search?q=introuvablexyz&stock=1");
  await expect(page.getByRole("heading", { name: "Aucun produit ne correspond" })).toBeVisible();
  await page.getByRole("link", { name: "Effacer les filtres" }).last().click();
  await expect(page).toHaveURL(/\/search\?q=introuvablexyz$/);
});
