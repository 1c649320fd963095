import { expect, test } from "./fixtures";
import sharp from "sharp";
import { signIn, VENDOR } from "./support";

// The vendor creates a product with a photo and a price typed the French way, is told what is
// missing when publishing too early, completes it, publishes, and a signed-out visitor sees it
// on the shop's public page with its price.

test("a vendor creates a product with a photo, publishes it, and a visitor sees it on the shop page", async ({
  page,
  browser,
}) => {
  const title = `Fougasse aux olives ${Date.now()}`;
  const photo = await sharp({ create: { width: 900, height: 600, channels: 3, background: { r: 196, g: 140, b: 70 } } })
    .png()
    .toBuffer();

  await signIn(page, VENDOR.email, VENDOR.password);
  await page.goto("/dashboard/products/new");
  await expect(page.getByRole("heading", { level: 1, name: "Nouveau produit" })).toBeVisible();

  await page.getByLabel("Titre", { exact: true }).fill(title);
  await page.getByLabel("Prix (€)", { exact: true }).fill("12,50");
  await page.getByLabel("Quantité en stock").fill("8");
  await page
    .getByLabel("Photos (8 au plus)", { exact: true })
    .setInputFiles({ name: "fougasse.png", mimeType: "image/png", buffer: photo });
  await page.getByRole("button", { name: "Créer le produit" }).click();

  await expect(page).toHaveURL(/\/dashboard\/products\/[^/?]+\?created=1/, { timeout: 30_000 });
  await expect(page.getByText("Produit enregistré.")).toBeVisible();
  await expect(page.getByText("1/8 photos")).toBeVisible();
  await expect(page.getByText("Statut actuel : Brouillon")).toBeVisible();

  // Publishing without a short description is refused with the list of what is missing.
  await page.getByRole("button", { name: "Mettre en ligne" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "Pour mettre ce produit en ligne, ajoutez : une description courte." }),
  ).toBeVisible();

  await page.getByLabel("Texte alternatif de la photo 1").fill("Fougasse dorée sur une planche");
  await page.getByRole("button", { name: "Enregistrer les textes alternatifs" }).click();
  await expect(page.getByText("Photos enregistrées.")).toBeVisible();
  await page.getByLabel("Description courte", { exact: true }).fill("Pâte à pain, huile d'olive et olives de Nyons.");
  await page.getByRole("button", { name: "Enregistrer", exact: true }).click();
  await expect(page.locator("#product-details").getByText("Produit enregistré.")).toBeVisible();

  await page.getByRole("button", { name: "Mettre en ligne" }).click();
  await expect(page.getByText("Le produit est en ligne.")).toBeVisible();
  await expect(page.getByText("Statut actuel : En ligne")).toBeVisible();

  const shopPath = await page.getByRole("link", { name: "Voir la page publique de la boutique" }).getAttribute("href");
  expect(shopPath).toMatch(/^\/shops\/[a-z0-9-]+$/);

  const visitor = await browser.newContext();
  const visitorPage = await visitor.newPage();
  await visitorPage.goto(shopPath!);
  const card = visitorPage
    .locator("#products")
    .getByRole("article")
    .filter({ has: visitorPage.getByRole("heading", { name: title }) });
  await expect(card).toBeVisible();
  await expect(card.getByText("12,50 €")).toBeVisible();
  await expect(card.getByRole("img", { name: "Fougasse dorée sur une planche" })).toBeVisible();
  await visitor.close();
});

test("a new service does not track stock by default and is saved as it is", async ({ page }) => {
  await signIn(page, VENDOR.email, VENDOR.password);
  await page.goto("/dashboard/products/new");
  await expect(page.getByRole("heading", { level: 1, name: "Nouveau produit" })).toBeVisible();
  const tracked = page.getByLabel("Suivre le stock");
  await expect(tracked).toBeChecked();

  // The box follows the kind while the vendor has not touched it…
  await page.getByRole("radio", { name: "Service" }).check();
  await expect(tracked).not.toBeChecked();
  await page.getByRole("radio", { name: "Produit numérique" }).check();
  await expect(tracked).not.toBeChecked();
  await page.getByRole("radio", { name: "Produit physique" }).check();
  await expect(tracked).toBeChecked();
  await page.getByRole("radio", { name: "Service" }).check();
  await expect(tracked).not.toBeChecked();

  // …and a service saved with the defaults is accepted.
  await page.getByLabel("Titre", { exact: true }).fill(`Atelier pain au levain ${Date.now()}`);
  await page.getByLabel("Prix (€)", { exact: true }).fill("35");
  await page.getByRole("button", { name: "Créer le produit" }).click();
  await expect(page).toHaveURL(/\/dashboard\/products\/[^/?]+\?created=1/, { timeout: 30_000 });
  await expect(page.getByText("Produit enregistré.")).toBeVisible();
  await expect(page.getByLabel("Suivre le stock")).not.toBeChecked();
  await expect(page.getByRole("radio", { name: "Service" })).toBeChecked();

  // Once the vendor chooses for themselves, changing the kind leaves their choice alone.
  await page.goto("/dashboard/products/new");
  await page.getByLabel("Suivre le stock").uncheck();
  await page.getByRole("radio", { name: "Service" }).check();
  await page.getByRole("radio", { name: "Produit physique" }).check();
  await expect(page.getByLabel("Suivre le stock")).not.toBeChecked();
});
