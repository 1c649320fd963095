import { expect, test } from "./fixtures";
import { signUpAndConfirm } from "./support";

// A new vendor signs up, creates a shop (step 1), fills its location from the gazetteer
// (postcode 17300 → Rochefort) and its delivery options. The UI is French by default.
test("a new vendor creates a shop and fills its location and delivery", async ({ page }) => {
  const stamp = `${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;
  const name = `Vendeuse ${stamp}`;
  await signUpAndConfirm(page, {
    name,
    email: `e2e-onboarding-${stamp}@example.com`,
    password: "un-mot-de-passe-solide",
    vendor: true,
  });
  await expect(page).toHaveURL(/\/dashboard$/);

  // "Ouvrir une boutique" from the account menu.
  await page.goto("/");
  const header = page.getByRole("banner");
  await header.getByText(name).click();
  await header.getByRole("link", { name: "Ouvrir une boutique" }).click();
  await expect(page).toHaveURL(/\/dashboard\/shops\/new$/);

  // Step 1: a bad link is refused on its field, the typed values stay.
  const shopName = `Corderie ${stamp}`;
  await page.getByLabel("Nom de la boutique").fill(shopName);
  await page.getByLabel("Métier").fill("Boulangerie");
  await page.getByLabel("Description").fill("Pain au levain et viennoiseries.");
  await page.getByLabel("Site web").fill("http://pas-securise.example");
  await page.getByRole("button", { name: "Créer la boutique" }).click();
  const website = page.getByLabel("Site web");
  await expect(website).toHaveAttribute("aria-invalid", "true");
  await expect(website).toBeFocused();
  await expect(page.getByLabel("Nom de la boutique")).toHaveValue(shopName);
  await website.fill("https://corderie.example");
  await page.getByRole("button", { name: "Créer la boutique" }).click();

  // Step 2: the postcode finds the town and the position; hours keep their defaults.
  await expect(page).toHaveURL(/\/dashboard\/shops\/[^/]+\/setup\/location$/, { timeout: 20_000 });
  await expect(page.getByRole("heading", { level: 1, name: "Adresse et horaires" })).toBeVisible();
  await page.getByLabel("Numéro et rue").fill("12 rue de la Corderie");
  await page.getByLabel("Code postal").pressSequentially("17300", { delay: 50 });
  await expect(page.getByLabel("Ville")).toHaveValue("Rochefort");
  await page.getByText("Ajuster les coordonnées").click();
  await expect(page.getByLabel("Latitude")).toHaveValue(/^45\.9/);
  await page.getByRole("button", { name: "Enregistrer et continuer" }).click();

  // Step 3: courier delivery needs a radius between 1 and 100.
  await expect(page).toHaveURL(/\/setup\/delivery$/, { timeout: 20_000 });
  await page.getByLabel("Retrait en boutique (click & collect)").check();
  await page.getByLabel("Instructions de retrait").fill("Au comptoir, côté rue.");
  await page.getByLabel("Livraison locale par coursier").check();
  await page.getByLabel("Rayon de livraison (km)").fill("0");
  await page.getByRole("button", { name: "Enregistrer", exact: true }).click();
  await expect(page.getByLabel("Rayon de livraison (km)")).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("Rayon de livraison (km)").fill("15");
  await page.getByRole("button", { name: "Enregistrer", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Modifications enregistrées." })).toBeVisible();
  await expect(page.getByRole("link", { name: "Continuer : identité" })).toBeVisible();

  // The stepper marks the first three steps done.
  await page.reload();
  const steps = page.getByRole("navigation", { name: "Étapes de création de la boutique" });
  for (const step of ["Boutique", "Adresse et horaires", "Livraison"]) {
    await expect(steps.getByRole("link", { name: new RegExp(`${step}.*terminée`) })).toBeVisible();
  }
});
