import { type Locator } from "@playwright/test";
import { expect, test } from "./fixtures";

// A shopper says where they are (by postcode), sees the nearest shops first with distances on the
// home page and in the directory, filters the shops open now, then forgets the location.
test("a shopper sets the location by postcode, sees nearby shops, filters the directory, clears it", async ({
  page,
}) => {
  await page.goto("/");
  // First visit: an invitation, not a modal.
  const prompt = page.getByRole("complementary", { name: "Où êtes-vous ?" });
  await expect(prompt).toBeVisible();
  await expect(page.getByRole("region", { name: "Les boutiques", exact: true })).toBeVisible();
  await expect(page.getByTestId("shop-distance")).toHaveCount(0);

  await page.getByRole("banner").getByRole("link", { name: "Choisir ma position" }).click();
  await expect(page).toHaveURL(/\/location$/);
  const place = page.getByRole("combobox", { name: "Ville ou code postal" });
  await place.fill("17300");
  const rochefort = page.getByRole("option", { name: "Rochefort (17300)" });
  await expect(rochefort).toBeVisible({ timeout: 20_000 });
  await rochefort.click();

  await expect(page).toHaveURL(/\/$/, { timeout: 20_000 });
  await expect(page.getByRole("banner").getByRole("link", { name: /Rochefort \(17300\)/ })).toBeVisible();
  await expect(prompt).toHaveCount(0);
  const nearby = page.getByRole("region", { name: "Les boutiques près de vous" });
  const cards = nearby.getByRole("listitem");
  await expect(cards.first()).toContainText("Rochefort");
  await expect(cards.first().getByTestId("shop-distance")).toHaveText(/^à \d+([,.]\d)?\s?(m|km)$/);
  const homeDistances = await rankedKm(cards);
  expect(homeDistances.length).toBeGreaterThan(1);
  expectNearestFirst(homeDistances);
  await expect(page.getByRole("region", { name: "Près de chez vous" }).getByRole("article").first()).toBeVisible();

  // The directory: nearest first, then only the shops open now.
  await nearby.getByRole("link", { name: "Toutes les boutiques" }).click();
  await expect(page).toHaveURL(/\/shops$/);
  await expect(page.getByText(/Classées de la plus proche à la plus éloignée de Rochefort/)).toBeVisible();
  await expect(page.getByRole("region", { name: "Carte des boutiques" })).toBeVisible();
  const directory = page.getByRole("main").getByRole("list").first();
  const distances = await rankedKm(directory.getByRole("listitem"));
  expect(distances.length).toBeGreaterThan(5);
  expectNearestFirst(distances);
  const allCount = await directory.getByRole("listitem").count();

  await page.getByRole("checkbox", { name: "Ouvertes maintenant" }).check();
  await page.getByRole("button", { name: "Filtrer" }).click();
  await expect(page).toHaveURL(/open=1/);
  // Whatever the hour: every shop listed says it is open, or none is and the page says so.
  const openCards = page.getByRole("main").getByRole("listitem");
  const openCount = await openCards.count();
  if (openCount === 0) {
    await expect(page.getByText("Aucune boutique ne correspond à ces filtres.")).toBeVisible();
  } else {
    expect(openCount).toBeLessThanOrEqual(allCount);
    await expect(openCards.filter({ hasText: "Fermée" })).toHaveCount(0);
    await expect(openCards.filter({ hasText: "Ouverte" })).toHaveCount(openCount);
  }

  // Forget the location: back to the general view, without distances.
  await page
    .getByRole("banner")
    .getByRole("link", { name: /Rochefort \(17300\)/ })
    .click();
  await page.getByRole("button", { name: "Effacer ma position" }).click();
  await expect(page).toHaveURL(/\/$/, { timeout: 20_000 });
  await expect(page.getByRole("banner").getByRole("link", { name: "Choisir ma position" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Les boutiques", exact: true })).toBeVisible();
  await expect(page.getByTestId("shop-distance")).toHaveCount(0);
});

test("without JavaScript a typed town is found, and an unknown one is explained", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/location?returnTo=%2Fshops");
  await page.getByRole("combobox", { name: "Ville ou code postal" }).fill("Nulle-Part-Sur-Mer");
  await page.getByRole("button", { name: "Valider" }).click();
  await expect(page.getByText("Nous ne trouvons pas cette commune.")).toBeVisible();
  await page.getByRole("combobox", { name: "Ville ou code postal" }).fill("la rochelle");
  await page.getByRole("button", { name: "Valider" }).click();
  await expect(page).toHaveURL(/\/shops$/);
  await expect(page.getByRole("banner").getByRole("link", { name: /La Rochelle \(17\d{3}\)/ })).toBeVisible();
  await context.close();
});

/**
 * The distance each card is ranked by: its real distance, or for a shop with the Premium badge
 * max(0.8 d, d − 1 km) (docs/business-models.md, premium plans: a bounded boost).
 */
async function rankedKm(items: Locator): Promise<number[]> {
  const ranked: number[] = [];
  for (const item of await items.all()) {
    const distance = item.getByTestId("shop-distance");
    if ((await distance.count()) === 0) continue;
    const [km] = inKm([await distance.innerText()]);
    const premium = (await item.getByTestId("premium-badge").count()) > 0;
    ranked.push(premium ? Math.max(0.8 * km, km - 1) : km);
  }
  return ranked;
}

/** Ascending, allowing for distances shown rounded to 0.1 km. */
function expectNearestFirst(ranked: number[]): void {
  ranked.slice(1).forEach((km, index) => expect(km).toBeGreaterThanOrEqual(ranked[index] - 0.1));
}

function inKm(texts: string[]): number[] {
  return texts.map((text) => {
    const [, value, unit] = /([\d,.]+)\s?(km|m)/.exec(text.replace(/[\u00a0\u202f]/g, " ")) ?? [];
    const number = Number((value ?? "").replace(",", "."));
    return unit === "m" ? number / 1000 : number;
  });
}

test("use my location: the browser's position is used when allowed, explained when refused", async ({ browser }) => {
  const allowed = await browser.newContext({
    geolocation: { latitude: 45.93712, longitude: -0.96201 },
    permissions: ["geolocation"],
    locale: "fr-FR",
  });
  const page = await allowed.newPage();
  await page.goto("/location");
  await page.getByRole("button", { name: "Utiliser ma position" }).click();
  await expect(page).toHaveURL(/\/$/, { timeout: 20_000 });
  await expect(page.getByRole("banner").getByRole("link", { name: /Ma position/ })).toBeVisible();
  const cookie = (await allowed.cookies()).find((c) => c.name === "halle_location");
  const stored = JSON.parse(decodeURIComponent(cookie?.value ?? "{}")) as {
    latitude: number;
    longitude: number;
    source: string;
  };
  // Rounded to about 100 m before it is kept.
  expect(stored).toMatchObject({ latitude: 45.937, longitude: -0.962, source: "device" });
  await expect(
    page.getByRole("region", { name: "Les boutiques près de vous" }).getByRole("listitem").first(),
  ).toContainText("Rochefort");
  await allowed.close();

  const refused = await browser.newContext({ permissions: [] });
  const other = await refused.newPage();
  await other.goto("/location");
  await other.getByRole("button", { name: "Utiliser ma position" }).click();
  await expect(other.getByRole("main").getByRole("alert")).toContainText(
    /refusé la géolocalisation|n'a pas pu être déterminée/,
  );
  await expect(other).toHaveURL(/\/location$/);
  await refused.close();
});
