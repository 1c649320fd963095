import { expect, type Page } from "@playwright/test";
import sharp from "sharp";
import { signUpAndConfirm } from "./support";

// A new trader's way in, shared by the journeys that need a fresh shop (docs/domain.md#shop): sign
// up as a vendor, then the onboarding steps with valid data.

export const NEW_VENDOR_PASSWORD = "un-mot-de-passe-solide";

export async function signUpAsVendor(page: Page, name: string, email: string) {
  await signUpAndConfirm(page, { name, email, password: NEW_VENDOR_PASSWORD, vendor: true });
  await expect(page).toHaveURL(/\/dashboard$/);
}

export type NewShop = {
  name: string;
  trade: string;
  description: string;
  street: string;
  pickupInstructions: string;
  /** the entrepreneur's legal name, also the account holder's */
  legalName: string;
  /** the logo's colour */
  colour: { r: number; g: number; b: number };
  phone?: string;
};

export const VALID_IBAN = "FR76 3000 6000 0112 3456 7890 189";

/**
 * Steps 1 to 5 (shop, location in Rochefort, click & collect, identity with a PDF, payout account),
 * ending on the plan step. `beforeValidIban` runs on the payout step before the valid IBAN is
 * entered (a journey checks a refusal there). Returns the shop's dashboard path.
 */
export async function onboardUpToPlan(
  page: Page,
  shop: NewShop,
  { beforeValidIban }: { beforeValidIban?: (page: Page) => Promise<void> } = {},
): Promise<string> {
  await page.getByRole("link", { name: "Créer ma boutique" }).click();
  await expect(page).toHaveURL(/\/dashboard\/shops\/new$/);
  await page.getByLabel("Nom de la boutique").fill(shop.name);
  await page.getByLabel("Métier").fill(shop.trade);
  await page.getByLabel("Description").fill(shop.description);
  const logo = await sharp({ create: { width: 300, height: 300, channels: 3, background: shop.colour } })
    .png()
    .toBuffer();
  await page
    .getByLabel("Logo", { exact: true })
    .setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: logo });
  if (shop.phone) await page.getByLabel("Téléphone").fill(shop.phone);
  await page.getByRole("button", { name: "Créer la boutique" }).click();

  // The postcode finds the town and the coordinates.
  await expect(page).toHaveURL(/\/setup\/location$/, { timeout: 20_000 });
  const shopPath = new URL(page.url()).pathname.replace(/\/setup\/location$/, "");
  await page.getByLabel("Numéro et rue").fill(shop.street);
  await page.getByLabel("Code postal").pressSequentially("17300", { delay: 50 });
  await expect(page.getByLabel("Ville")).toHaveValue("Rochefort");
  await page.getByRole("button", { name: "Enregistrer et continuer" }).click();

  await expect(page).toHaveURL(/\/setup\/delivery$/, { timeout: 20_000 });
  await page.getByLabel("Retrait en boutique (click & collect)").check();
  await page.getByLabel("Instructions de retrait").fill(shop.pickupInstructions);
  await page.getByRole("button", { name: "Enregistrer et continuer" }).click();

  await expect(page).toHaveURL(/\/setup\/identity$/, { timeout: 20_000 });
  await page.getByLabel("Entrepreneur individuel").check();
  await page.getByLabel("Nom légal").fill(shop.legalName);
  await page.getByLabel("Pièce d'identité").setInputFiles({
    name: "identite.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n", "latin1"),
  });
  await page.getByRole("button", { name: "Enregistrer et continuer" }).click();

  await expect(page).toHaveURL(/\/setup\/payout$/, { timeout: 20_000 });
  await page.getByLabel("Titulaire du compte").fill(shop.legalName);
  await beforeValidIban?.(page);
  await page.getByLabel("IBAN", { exact: true }).fill(VALID_IBAN);
  await page.getByRole("button", { name: "Enregistrer et continuer" }).click();
  await expect(page).toHaveURL(/\/setup\/plan$/, { timeout: 20_000 });
  expect(shopPath).toMatch(/^\/dashboard\/shops\/[^/]+$/);
  return shopPath;
}

/** Steps 6 and 7 from the plan step: the plan already selected (the marketplace's default unless changed), then submit. */
export async function chooseSelectedPlanAndSubmit(page: Page, shopName: string) {
  await page.getByRole("button", { name: "Choisir cette formule et continuer" }).click();
  await expect(page).toHaveURL(/\/setup\/review$/, { timeout: 20_000 });
  await expect(page.getByText(shopName).filter({ visible: true }).first()).toBeVisible();
  await page.getByRole("button", { name: "Envoyer ma boutique" }).click();
  await expect(page.getByText("Boutique envoyée !")).toBeVisible({ timeout: 20_000 });
}
