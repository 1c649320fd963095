import { type Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { OPERATOR, signIn } from "./support";

// The operator's marketplace settings. Other specs read the demo's settings (deadlines, fees):
// this spec puts back every value it changes.

const VAT = "TVA sur les frais de la place de marché";
const RETURN_WINDOW = "Délai pour demander un retour (jours)";
const ACCEPTANCE = "Délai pour accepter une commande (jours ouvrés)";

async function openSettings(page: Page) {
  await page.goto("/admin/settings");
  await expect(page.getByRole("heading", { level: 1, name: "Réglages de la place de marché" })).toBeVisible();
}

async function saveSettings(page: Page) {
  await page.getByRole("button", { name: "Enregistrer les réglages" }).click();
}

test("the operator changes the VAT on fees and a deadline, keeps them, and sees a bad value refused", async ({
  page,
}) => {
  await signIn(page, OPERATOR.email, OPERATOR.password);
  await openSettings(page);
  for (const section of [
    "Général",
    "Langues et monnaie",
    "Paiements et frais",
    "Délais des commandes",
    "Versements",
    "Ambassadeurs",
  ])
    await expect(page.getByRole("region", { name: section })).toBeVisible();
  const vatBefore = await page.getByLabel(VAT).inputValue();
  const returnBefore = await page.getByLabel(RETURN_WINDOW).inputValue();

  await page.getByLabel(VAT).fill("20");
  await page.getByLabel(RETURN_WINDOW).fill("21");
  await saveSettings(page);
  await expect(page.getByRole("status").filter({ hasText: "Réglages enregistrés." })).toBeVisible();

  await page.reload();
  await expect(page.getByLabel(VAT)).toHaveValue("20");
  await expect(page.getByLabel(RETURN_WINDOW)).toHaveValue("21");

  // A bad value: the error beside its field, focus on it, what was typed kept, nothing saved.
  await page.getByLabel(ACCEPTANCE).fill("0");
  await page.getByLabel(VAT).fill("5,5");
  await saveSettings(page);
  await expect(page.getByText("Saisissez un nombre entier entre 1 et 30.")).toBeVisible();
  await expect(page.getByLabel(ACCEPTANCE)).toBeFocused();
  await expect(page.getByLabel(ACCEPTANCE)).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel(VAT)).toHaveValue("5,5");
  await page.reload();
  await expect(page.getByLabel(VAT)).toHaveValue("20");
  await expect(page.getByLabel(ACCEPTANCE)).not.toHaveValue("0");

  // Put the demo's values back for the other journeys.
  await page.getByLabel(VAT).fill(vatBefore);
  await page.getByLabel(RETURN_WINDOW).fill(returnBefore);
  await saveSettings(page);
  await expect(page.getByRole("status").filter({ hasText: "Réglages enregistrés." })).toBeVisible();
  await expect(page.getByLabel(VAT)).toHaveValue(vatBefore);
});

test("the operator changes a quality threshold and the low-stock threshold, and sees a bad rating refused", async ({
  page,
}) => {
  const LOW_STOCK = "Seuil de stock bas";
  const MIN_RATING = "Note moyenne minimum";
  await signIn(page, OPERATOR.email, OPERATOR.password);
  await openSettings(page);
  const quality = page.getByRole("region", { name: "Qualité de service et stock bas" });
  await expect(quality).toBeVisible();
  const lowStockBefore = await quality.getByLabel(LOW_STOCK).inputValue();
  const ratingBefore = await quality.getByLabel(MIN_RATING).inputValue();

  await quality.getByLabel(LOW_STOCK).fill("4");
  await quality.getByLabel(MIN_RATING).fill("3,75");
  await quality.getByRole("button", { name: "Enregistrer les seuils" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Réglages enregistrés." })).toBeVisible();
  await expect(quality.getByLabel(LOW_STOCK)).toHaveValue("4");
  await expect(quality.getByLabel(MIN_RATING)).toHaveValue("3,75");

  await quality.getByLabel(MIN_RATING).fill("6");
  await quality.getByRole("button", { name: "Enregistrer les seuils" }).click();
  await expect(quality.getByLabel(MIN_RATING)).toBeFocused();
  await expect(quality.getByLabel(MIN_RATING)).toHaveAttribute("aria-invalid", "true");
  await expect(quality.getByText("Saisissez une note entre 1 et 5 étoiles")).toBeVisible();

  await openSettings(page);
  await quality.getByLabel(LOW_STOCK).fill(lowStockBefore);
  await quality.getByLabel(MIN_RATING).fill(ratingBefore);
  await quality.getByRole("button", { name: "Enregistrer les seuils" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Réglages enregistrés." })).toBeVisible();
  await expect(quality.getByLabel(LOW_STOCK)).toHaveValue(lowStockBefore);
});
