import { expect, test } from "./fixtures";
import { APPLICANT, signIn, VENDOR } from "./support";

// Steps 4–7 and the dashboard frame, from the seeded accounts (the full journey from sign-up
// through approval lives in the coordinator's spec).

// An approved shop's new payout account waits for the operator (docs/security.md, payout details):
// the shop stays live and its payouts keep going to the approved account meanwhile.
test("an approved shop's new IBAN waits for the operator while the shop stays live", async ({ page }) => {
  await signIn(page, VENDOR.email, VENDOR.password);
  await expect(page).toHaveURL(/\/dashboard$/);
  await page.getByLabel("Boutique", { exact: true }).selectOption({ label: "Librairie La Corderie" });
  await page.getByRole("button", { name: "Changer" }).click();
  await expect(page.getByText("Boutique en cours")).toBeVisible();

  await page.getByRole("link", { name: "Paramètres de la boutique" }).click();
  await page.getByRole("link", { name: "5. Versements" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Compte de versement" })).toBeVisible();

  await page.getByLabel("Titulaire du compte").fill("Librairie La Corderie SARL");
  const iban = page.getByLabel("IBAN", { exact: true });
  await iban.fill("FR76 3000 6000 0112 3456 7890 188");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByText("Cet IBAN n'est pas valide")).toBeVisible();
  await expect(iban).toBeFocused();

  await iban.fill("FR76 3000 6000 0112 3456 7890 189");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByRole("status")).toContainText("après validation par la plateforme");
  await expect(page.getByRole("note")).toContainText("Changement de compte en attente de validation");
  await expect(page.getByRole("note")).toContainText("les versements continuent sur le compte actuel");
  // Both masked: the new account waiting for the operator, and the approved one still in use.
  await expect(page.getByRole("note")).toContainText(/Le compte FR76 •••• .*189 sera utilisé/);
  await expect(page.getByText(/IBAN enregistré : FR62 ••••/)).toBeVisible();
  await expect(page.locator("body")).not.toContainText("FR7630006000011234567890189");

  const response = await page.goto("/shops/librairie-la-corderie");
  expect(response?.status()).toBe(200);
});

test("a pending shop shows its status, cannot be submitted again, and refuses a disguised document", async ({
  page,
}) => {
  await signIn(page, APPLICANT.email, APPLICANT.password);
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("region", { name: /Brûlerie du Quai.*en cours de validation/ })).toBeVisible();

  await page
    .getByRole("link", { name: /Paramètres/ })
    .first()
    .click();
  await page.getByRole("link", { name: "7. Vérifier et envoyer" }).click();
  await expect(page.getByText(/en cours de validation depuis le/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Envoyer ma boutique" })).toHaveCount(0);

  await page.getByRole("link", { name: "Modifier : Identité" }).click();
  await page.getByLabel("Pièce d'identité").setInputFiles({
    name: "passeport.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("#!/bin/sh\necho pwned\n"),
  });
  await page.getByLabel("Entrepreneur individuel").check();
  await page.getByLabel("Nom légal").fill("Inès Benali");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByText("Ce fichier n'est pas un PDF, un JPEG ou un PNG valide.")).toBeVisible();
});
