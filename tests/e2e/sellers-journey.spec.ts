import { type Browser, type Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { chooseSelectedPlanAndSubmit, onboardUpToPlan, signUpAsVendor } from "./onboarding-support";
import { OPERATOR, signIn } from "./support";

// The whole seller journey (docs/domain.md#shop), through the real UI: a new trader signs up as a vendor,
// completes the seven onboarding steps, submits; the operator approves (or rejects with a
// reason); a signed-out visitor then sees (or still does not see) the shop page.

/** Steps 1 to 7 with valid data (a wrong IBAN refused on its field first); returns the shop's dashboard path. */
async function completeOnboarding(page: Page, shopName: string): Promise<string> {
  const shopPath = await onboardUpToPlan(
    page,
    {
      name: shopName,
      trade: "Torréfacteur",
      description: "Cafés torréfiés chaque semaine, en grains ou moulus à la demande.",
      street: "3 quai aux Vivres",
      pickupInstructions: "Au comptoir, du mardi au samedi.",
      legalName: "Camille Roux",
      colour: { r: 180, g: 90, b: 40 },
      phone: "05 46 00 00 00",
    },
    {
      beforeValidIban: async (setup) => {
        const iban = setup.getByLabel("IBAN", { exact: true });
        await iban.fill("FR76 3000 6000 0112 3456 7890 188");
        await setup.getByRole("button", { name: "Enregistrer et continuer" }).click();
        await expect(iban).toHaveAttribute("aria-invalid", "true");
      },
    },
  );
  await chooseSelectedPlanAndSubmit(page, shopName);
  return shopPath;
}

async function openApplication(page: Page, shopName: string) {
  await page.goto("/admin/sellers");
  await page.getByRole("searchbox", { name: "Rechercher une boutique (nom ou ville)" }).fill(shopName);
  await page.getByRole("button", { name: "Rechercher" }).click();
  await expect(page).toHaveURL(/q=/);
  await page.getByRole("link", { name: shopName }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: shopName })).toBeVisible();
}

async function publicStatus(browser: Browser, slug: string): Promise<number | undefined> {
  const context = await browser.newContext();
  const status = (await (await context.newPage()).goto(`/shops/${slug}`))?.status();
  await context.close();
  return status;
}

function slugOf(name: string): string {
  return name
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

test("a new vendor completes every step, the operator approves, a signed-out visitor sees the shop", async ({
  browser,
}) => {
  const stamp = `${Date.now()}`.slice(-7);
  const shopName = `Brûlerie Roux ${stamp}`;
  const vendor = await (await browser.newContext()).newPage();
  await signUpAsVendor(vendor, "Camille Roux", `camille-${stamp}@example.com`);
  await completeOnboarding(vendor, shopName);
  await vendor.goto("/dashboard");
  await expect(vendor.getByRole("region", { name: new RegExp(`${shopName}.*en cours de validation`) })).toBeVisible();

  const slug = slugOf(shopName);
  expect(await publicStatus(browser, slug)).toBe(404);

  const operator = await (await browser.newContext()).newPage();
  await signIn(operator, OPERATOR.email, OPERATOR.password);
  // The operators were e-mailed the application (development mailbox: no SMTP configured).
  await operator.goto("/admin/mailbox");
  await expect(operator.getByRole("heading", { name: `Nouvelle candidature : ${shopName}` }).first()).toBeVisible();

  await openApplication(operator, shopName);
  await expect(operator.getByText("Camille Roux").first()).toBeVisible();
  await expect(operator.getByRole("link", { name: "Ouvrir le document" })).toBeVisible();
  await operator.getByText("Valider la boutique").click();
  await operator.getByRole("button", { name: "Confirmer la validation" }).click();
  await expect(operator.getByText(/Boutique validée/).first()).toBeVisible({ timeout: 20_000 });

  const visitor = await (await browser.newContext()).newPage();
  const response = await visitor.goto(`/shops/${slug}`);
  expect(response?.status()).toBe(200);
  await expect(visitor.getByRole("heading", { level: 1, name: shopName })).toBeVisible();
  await expect(visitor.getByText("3 quai aux Vivres")).toBeVisible();
  await expect(visitor.getByText(/Au comptoir, du mardi au samedi/)).toBeVisible();

  // The vendor's dashboard no longer shows a pending banner.
  await vendor.goto("/dashboard");
  await expect(vendor.getByRole("region", { name: new RegExp(`${shopName}.*en cours de validation`) })).toHaveCount(0);
});

test("a rejected application shows its reason to the vendor, who corrects it and sends it again", async ({
  browser,
}) => {
  const stamp = `${Date.now()}`.slice(-7);
  const shopName = `Torréfaction Blanc ${stamp}`;
  const email = `blanc-${stamp}@example.com`;
  const vendor = await (await browser.newContext()).newPage();
  await signUpAsVendor(vendor, "Noé Blanc", email);
  const shopPath = await completeOnboarding(vendor, shopName);

  const operator = await (await browser.newContext()).newPage();
  await signIn(operator, OPERATOR.email, OPERATOR.password);
  await openApplication(operator, shopName);
  const reason = "La pièce d'identité est illisible : envoyez une copie nette.";
  await operator.getByText("Refuser la candidature").click();
  await operator.getByLabel("Motif (envoyé au vendeur)").fill(reason);
  await operator.getByRole("button", { name: "Confirmer le refus" }).click();
  await expect(operator.getByText(/Candidature refusée/).first()).toBeVisible({ timeout: 20_000 });
  expect(await publicStatus(browser, slugOf(shopName))).toBe(404);

  // The vendor sees the reason on the dashboard, and the e-mail went out with it.
  await vendor.goto("/dashboard");
  await expect(vendor.getByText(reason).first()).toBeVisible();
  await operator.goto("/admin/mailbox");
  await expect(
    operator.getByRole("heading", { name: `Votre candidature pour ${shopName} n'a pas été retenue` }).first(),
  ).toBeVisible();

  // Correct the document and send again: back in the operator's queue.
  await vendor.goto(`${shopPath}/setup/identity`);
  await vendor.getByLabel("Pièce d'identité").setInputFiles({
    name: "identite-nette.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.4\n% nette\n%%EOF\n", "latin1"),
  });
  await vendor.getByRole("button", { name: "Enregistrer et continuer" }).click();
  await expect(vendor).toHaveURL(/\/setup\/payout$/, { timeout: 20_000 });
  await vendor.goto(`${shopPath}/setup/review`);
  await vendor.getByRole("button", { name: "Envoyer de nouveau" }).click();
  await expect(vendor.getByText("Boutique envoyée !")).toBeVisible({ timeout: 20_000 });

  await openApplication(operator, shopName);
  await expect(operator.getByText("En attente de validation").first()).toBeVisible();
});
