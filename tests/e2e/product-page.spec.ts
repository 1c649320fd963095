import { expect, test } from "./fixtures";

// Demo data (prisma/seed): "Le Rucher de Saintonge" is approved; its "Miel de châtaignier" has two
// photos and sits under Épicerie fine › Miels et confitures. The galette is a draft.
const SHOP = { slug: "le-rucher-de-saintonge", name: "Le Rucher de Saintonge" };
const PRODUCT = "Miel de châtaignier (500 g)";
const DRAFT_SLUG = "galette-des-rois-a-la-frangipane-6-parts-u69j";

/** "9,90 €" → "9.90": what the structured data must say for the price shown. */
function decimalFromFrench(price: string): string {
  const match = price.replace(/\s/g, "").match(/(\d+),(\d{2})/);
  if (!match) throw new Error(`no price in "${price}"`);
  return `${match[1]}.${match[2]}`;
}

test("a shopper opens a product from its shop, reads it, and goes back to the shop", async ({ page, baseURL }) => {
  // The shopper said they are in Saintes (the location cookie): the shop card tells how far it is.
  const saintes = {
    label: "Saintes (17100)",
    latitude: 45.7464,
    longitude: -0.6333,
    postcode: "17100",
    source: "place",
  };
  await page
    .context()
    .addCookies([{ name: "halle_location", value: encodeURIComponent(JSON.stringify(saintes)), url: baseURL! }]);
  await page.goto(`/shops/${SHOP.slug}`);
  await page.locator("#products").getByRole("link", { name: PRODUCT }).click();
  await expect(page).toHaveURL(/\/p\/miel-de-chataignier-/);
  const slug = new URL(page.url()).pathname.split("/").pop()!;

  await expect(page.getByRole("heading", { level: 1, name: PRODUCT })).toBeVisible();
  const shownPrice = (await page.getByTestId("product-price").innerText()).trim();
  expect(shownPrice).toMatch(/\d+,\d{2}\s€/);
  await expect(page.getByText(/^(En stock|Épuisé|Disponible)$/)).toBeVisible();

  // The gallery works with links: the second thumbnail becomes the current one.
  const thumbnails = page.getByRole("navigation", { name: "Choisir une photo" });
  await thumbnails.getByRole("link", { name: "Voir la photo 2 sur 2" }).click();
  await expect(thumbnails.getByRole("link", { name: "Voir la photo 2 sur 2" })).toHaveAttribute("aria-current", "true");

  // Add to cart (the demo honey is in stock): a confirmation with a link to the cart, and the
  // header's cart link counts the units.
  await page.getByRole("textbox", { name: "Quantité", exact: true }).fill("2");
  await page.getByRole("button", { name: "Ajouter au panier" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Ajouté au panier." })).toBeVisible();
  await expect(page.getByRole("banner").getByRole("link", { name: "Panier, 2 articles" })).toBeVisible();

  const shopCard = page.getByRole("region", { name: "La boutique" });
  await expect(shopCard.getByRole("link", { name: SHOP.name, exact: true })).toBeVisible();
  await expect(shopCard.getByRole("group", { name: "Statut d'ouverture" })).toContainText(/Ouvert maintenant|Fermé/);
  await expect(shopCard.getByText(/^À \d+(,\d)?\s?(km|m) de vous$/)).toBeVisible();

  const delivery = page.getByRole("region", { name: "Livraison et retours" });
  await expect(delivery.getByText("Retrait en boutique (click & collect)")).toBeVisible();
  await expect(delivery.getByRole("heading", { name: "Retours", exact: true })).toBeVisible();

  await expect(
    page.getByRole("region", { name: "Du même commerçant" }).getByRole("link", { name: PRODUCT }),
  ).toHaveCount(0);

  // Structured data and link previews.
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent()) ?? "null");
  expect(jsonLd["@type"]).toBe("Product");
  expect(jsonLd.name).toBe(PRODUCT);
  expect(jsonLd.offers.price).toBe(decimalFromFrench(shownPrice));
  expect(jsonLd.offers.priceCurrency).toBe("EUR");
  expect(jsonLd.offers.availability).toMatch(/^https:\/\/schema\.org\/(InStock|OutOfStock)$/);
  expect(jsonLd.offers.seller).toMatchObject({ "@type": "Organization", name: SHOP.name });
  // One canonical link, the product's, in the page as served (what a crawler reads). In this tab,
  // after the client-side navigation from the shop, Next.js may leave the shop page's link in
  // <head> a while longer (seen once in CI, for over 10 s), its Open Graph tags too: the product's
  // must be there as well.
  const served = await (await page.request.get(page.url())).text();
  const canonicals = [...served.matchAll(/<link[^>]*rel="canonical"[^>]*>/g)].map(
    ([tag]) => /href="([^"]+)"/.exec(tag)?.[1],
  );
  expect(canonicals).toHaveLength(1);
  expect(canonicals[0]).toMatch(new RegExp(`^https?://[^/]+/p/${slug}$`));
  expect(served).toMatch(/<meta property="og:type" content="product"\/?>/);
  expect(served).toMatch(/<meta property="og:image" content="https?:\/\/[^"]+"\/?>/);
  await expect(page.locator(`link[rel="canonical"][href$="/p/${slug}"]`)).toHaveCount(1);
  await expect(page.locator('meta[property="og:type"][content="product"]')).toHaveCount(1);

  await shopCard.getByRole("link", { name: `Voir la boutique ${SHOP.name}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: SHOP.name })).toBeVisible();
});

test("a category page shows its breadcrumbs and products", async ({ page }) => {
  await page.goto(`/shops/${SHOP.slug}`);
  await page.locator("#products").getByRole("link", { name: PRODUCT }).click();
  await page
    .getByRole("navigation", { name: "Fil d'Ariane" })
    .getByRole("link", { name: "Miels et confitures" })
    .click();

  const crumbs = page.getByRole("navigation", { name: "Fil d'Ariane" });
  await expect(crumbs.getByRole("listitem")).toHaveCount(3);
  await expect(crumbs.getByRole("link", { name: "Épicerie fine" })).toHaveAttribute("href", "/c/epicerie-fine");
  await expect(crumbs.locator('[aria-current="page"]')).toHaveText("Miels et confitures");
  await expect(page.getByRole("heading", { level: 1, name: "Miels et confitures" })).toBeVisible();
  await expect(page.getByRole("link", { name: PRODUCT })).toBeVisible();

  const breadcrumbData = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').first().textContent()) ?? "null",
  );
  expect(breadcrumbData["@type"]).toBe("BreadcrumbList");
  expect(breadcrumbData.itemListElement.map((item: { name: string }) => item.name)).toEqual([
    "Accueil",
    "Épicerie fine",
    "Miels et confitures",
  ]);

  // The parent category lists its subcategories, and their products too.
  await crumbs.getByRole("link", { name: "Épicerie fine" }).click();
  await expect(
    page.getByRole("navigation", { name: "Sous-catégories" }).getByRole("link", { name: "Miels et confitures" }),
  ).toBeVisible();
});

test("sitemap.xml lists products, robots.txt keeps private areas out, hidden products answer 404", async ({
  page,
  request,
}) => {
  await page.goto(`/shops/${SHOP.slug}`);
  const productPath = await page.locator("#products").getByRole("link", { name: PRODUCT }).getAttribute("href");

  const sitemap = await request.get("/sitemap.xml");
  expect(sitemap.ok()).toBe(true);
  const xml = await sitemap.text();
  expect(xml).toMatch(new RegExp(`<loc>https?://[^<]+${productPath}</loc>`));
  expect(xml).toContain(`/shops/${SHOP.slug}</loc>`);
  expect(xml).not.toContain(DRAFT_SLUG);
  expect(xml).not.toContain("/shops/brulerie-du-quai<");

  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/^Disallow: \/admin$/m);
  expect(robots).toMatch(/^Sitemap: https?:\/\/.+\/sitemap\.xml$/m);

  const response = await page.goto(`/p/${DRAFT_SLUG}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page introuvable" })).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the gallery's thumbnails still change the photo shown", async ({ page }) => {
    await page.goto(`/shops/${SHOP.slug}`);
    await page.locator("#products").getByRole("link", { name: PRODUCT }).click();
    await expect(page.getByRole("heading", { level: 1, name: PRODUCT })).toBeVisible();
    const gallery = page.getByRole("region", { name: "Photos du produit" });
    const firstSrc = await gallery.locator("img").first().getAttribute("src");
    await gallery.getByRole("link", { name: "Voir la photo 2 sur 2" }).click();
    await expect(gallery.getByRole("link", { name: "Voir la photo 2 sur 2" })).toHaveAttribute("aria-current", "true");
    expect(await gallery.locator("img").first().getAttribute("src")).not.toBe(firstSrc);
  });
});
