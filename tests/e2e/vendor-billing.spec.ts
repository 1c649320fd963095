import { type Browser, type Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { chooseSelectedPlanAndSubmit, onboardUpToPlan, signUpAsVendor } from "./onboarding-support";
import { OPERATOR, signIn } from "./support";

// A vendor's plan after approval (docs/business-models.md, subscriptions and billing, /dashboard/plan):
// a new trader onboards on the free "Standard" plan, the operator approves, and the vendor opens
// "Formule": reads the plan in force and its rates, upgrades to "Premium" (39,99 € HT a month: at
// once, the rest of the month prorated, VAT on fees added), sees the charge in the history, cancels
// (ends on the 1st, dashboard kept for the grace months) with the keyboard only, then undoes it; and
// the page fits a phone. A fresh shop, so the demo shops other journeys use keep their plans; the
// VAT on fees is set to 20 % for the charge and put back afterwards.
const VAT_LABEL = "TVA sur les frais de la place de marché";
const PREMIUM_FEE = 3999;
const TIME_ZONE = "Europe/Paris";

/** Money as the French pages write it, as a pattern (the spaces may be narrow or non-breaking). */
function moneyPattern(amount: number): string {
  const text = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" }).format(amount / 100);
  return text.replace(/\s/g, "\\s");
}

/** The day of the month and the month's length today, in the marketplace's time zone. */
function todayInParis(): { day: number; days: number; year: number; month: number } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", { timeZone: TIME_ZONE, year: "numeric", month: "numeric", day: "numeric" })
      .formatToParts(new Date())
      .map((part) => [part.type, Number(part.value)]),
  );
  const days = new Date(Date.UTC(parts.year, parts.month, 0)).getUTCDate();
  return { day: parts.day, days, year: parts.year, month: parts.month };
}

/** 39,99 € for the days left in the month, today included, rounded half up (integers only). */
function expectedUpgradeAmount(): number {
  const { day, days } = todayInParis();
  const remaining = days - day + 1;
  return Math.floor((2 * PREMIUM_FEE * remaining + days) / (2 * days));
}

/** "1 janvier 2027": the 1st of next month, as the page writes dates. */
function firstOfNextMonth(): string {
  const { year, month } = todayInParis();
  // noon UTC on the 1st is the 1st in Paris too
  const first = new Date(Date.UTC(month === 12 ? year + 1 : year, month === 12 ? 0 : month, 1, 12));
  return new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeZone: TIME_ZONE }).format(first);
}

/** The onboarding steps with valid data, on the marketplace's default plan (Standard). */
async function onboardOnStandard(page: Page, shopName: string) {
  await onboardUpToPlan(page, {
    name: shopName,
    trade: "Encadreuse",
    description: "Encadrement sur mesure et restauration de cadres anciens.",
    street: "21 rue de la République",
    pickupInstructions: "À l'atelier, du mardi au vendredi.",
    legalName: "Inès Lefort",
    colour: { r: 30, g: 120, b: 90 },
  });
  const plans = page.getByRole("group", { name: "Formules proposées" });
  await expect(plans.getByRole("radio", { name: /^Standard/ })).toBeChecked();
  await chooseSelectedPlanAndSubmit(page, shopName);
}

async function approveShop(operator: Page, shopName: string) {
  await operator.goto("/admin/sellers");
  await operator.getByRole("searchbox", { name: "Rechercher une boutique (nom ou ville)" }).fill(shopName);
  await operator.getByRole("button", { name: "Rechercher" }).click();
  await expect(operator).toHaveURL(/q=/);
  await operator.getByRole("link", { name: shopName }).first().click();
  await expect(operator.getByRole("heading", { level: 1, name: shopName })).toBeVisible();
  await operator.getByText("Valider la boutique").click();
  await operator.getByRole("button", { name: "Confirmer la validation" }).click();
  await expect(operator.getByText(/Boutique validée/).first()).toBeVisible({ timeout: 20_000 });
}

/** Sets the VAT on the marketplace's fees from /admin/settings; returns the value it replaced. */
async function setFeesVat(operator: Page, value: string): Promise<string> {
  await operator.goto("/admin/settings");
  const field = operator.getByLabel(VAT_LABEL);
  const before = await field.inputValue();
  await field.fill(value);
  await operator.getByRole("button", { name: "Enregistrer les réglages" }).click();
  await expect(operator.getByRole("status").filter({ hasText: "Réglages enregistrés." })).toBeVisible();
  return before;
}

async function operatorPage(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, OPERATOR.email, OPERATOR.password);
  return page;
}

test("a vendor upgrades to Premium, cancels with the keyboard and undoes it, on a page that fits a phone", async ({
  browser,
}) => {
  const operator = await operatorPage(browser);
  const vatBefore = await setFeesVat(operator, "20");
  try {
    const stamp = `${Date.now()}`.slice(-7);
    const shopName = `Cadres Lefort ${stamp}`;
    const vendor = await (await browser.newContext()).newPage();
    await signUpAsVendor(vendor, "Inès Lefort", `ines-${stamp}@example.test`);
    await onboardOnStandard(vendor, shopName);
    await approveShop(operator, shopName);

    // The plan page, from the dashboard's navigation.
    await vendor.goto("/dashboard");
    await vendor.getByRole("link", { name: "Formule", exact: true }).click();
    await expect(vendor).toHaveURL(/\/dashboard\/plan$/);
    await expect(vendor.getByRole("heading", { level: 1, name: "Ma formule" })).toBeVisible();
    await expect(vendor.getByText(`La formule de ${shopName}`)).toBeVisible();

    // The plan in force: Standard and its rates; nothing charged yet.
    const current = vendor.getByRole("region", { name: /^Formule actuelle/ });
    await expect(current.getByRole("heading", { level: 2 })).toHaveText(/Standard$/);
    await expect(current).toContainText("Pas d'abonnement : rien à payer sans vente.");
    await expect(current).toContainText("Commission par défaut : 10 % de chaque vente sans règle particulière.");
    await expect(current).toContainText("20 % sur les services.");
    await expect(current).toContainText("TVA de 20 % en sus sur la commission et l'abonnement.");
    const charges = vendor.getByRole("region", { name: "Prélèvements" });
    await expect(charges.getByText("Aucun prélèvement pour l'instant.")).toBeVisible();

    const offered = vendor.getByRole("region", { name: "Formules proposées" });
    const planCard = (name: string) =>
      offered.getByRole("listitem").filter({ has: vendor.getByRole("heading", { level: 3, name, exact: true }) });
    await expect(planCard("Standard")).toContainText("Votre formule actuelle");

    // Upgrade to Premium: the button says "at once" and the prorated amount; the second step says it in full.
    const amount = expectedUpgradeAmount();
    const vat = Math.floor((amount * 2000 * 2 + 10_000) / 20_000); // 20 %, rounded half up
    const premium = planCard("Premium");
    await expect(premium).toContainText(/39,99\s€ HT par mois \(47,99\s€ TTC\)/);
    const upgrade = premium.getByText("Passer à cette formule");
    await expect(premium.locator("summary")).toContainText(
      new RegExp(`Immédiatement, ${moneyPattern(amount)} HT au prorata`),
    );
    await upgrade.click();
    await expect(premium).toContainText(
      new RegExp(`s'applique dès maintenant\\. .*${moneyPattern(amount)} HT, est déduite de votre solde\\.`),
    );
    await premium.getByRole("button", { name: "Confirmer" }).click();

    await expect(
      vendor.getByRole("status").filter({ hasText: "C'est fait : votre nouvelle formule s'applique dès maintenant." }),
    ).toBeVisible({ timeout: 20_000 });
    await expect(current.getByRole("heading", { level: 2 })).toHaveText(/Premium$/);
    await expect(current).toContainText("Commission : 5 % de chaque vente.");
    await expect(planCard("Premium")).toContainText("Votre formule actuelle");
    // Standard is now cheaper: chosen, it would apply on the 1st.
    await expect(planCard("Standard").locator("summary")).toContainText(`À partir du ${firstOfNextMonth()}`);

    // The charge: the upgrade, prorated, with VAT, paid from the balance (which goes below zero).
    const row = charges.getByRole("row").filter({ hasText: "Changement de formule" });
    await expect(row).toHaveCount(1);
    await expect(row.getByRole("cell").nth(1)).toHaveText("Premium");
    await expect(row.getByRole("cell").nth(2)).toHaveText(new RegExp(`^${moneyPattern(amount)}$`));
    await expect(row.getByRole("cell").nth(3)).toHaveText(new RegExp(`^${moneyPattern(vat)}$`));
    await expect(row.getByRole("cell").nth(4)).toHaveText(new RegExp(`^${moneyPattern(amount + vat)}$`));
    await expect(row.getByRole("cell").nth(5)).toHaveText("Solde");
    await expect(current).toContainText(new RegExp(`Solde de la boutique : [-−]${moneyPattern(amount + vat)}`));

    // Cancel, with the keyboard only: the step says when it ends and the 3 months of dashboard.
    const endDate = firstOfNextMonth();
    const cancelToggle = current.locator("summary").filter({ hasText: "Résilier l'abonnement" });
    await cancelToggle.focus();
    await vendor.keyboard.press("Enter");
    await expect(current).toContainText(`Votre abonnement prendra fin le ${endDate}`);
    await expect(current).toContainText("votre tableau de bord restera ouvert 3 mois");
    await vendor.keyboard.press("Tab");
    await expect(current.getByRole("button", { name: "Confirmer la résiliation" })).toBeFocused();
    await vendor.keyboard.press("Enter");

    await expect(
      vendor.getByRole("status").filter({ hasText: `Votre abonnement est résilié : il prendra fin le ${endDate}.` }),
    ).toBeVisible({ timeout: 20_000 });
    await expect(current).toContainText(`Résiliée : l'abonnement prend fin le ${endDate}.`);
    await expect(current.getByText("Résilier l'abonnement")).toHaveCount(0);
    await expect(planCard("Standard")).toContainText("Annulez d'abord la résiliation pour changer de formule.");

    // Undone: the subscription goes on.
    await current.getByText("Annuler la résiliation").click();
    await expect(current).toContainText("Votre abonnement continuera comme avant");
    await current.getByRole("button", { name: "Garder mon abonnement" }).click();
    await expect(
      vendor.getByRole("status").filter({ hasText: "La résiliation est annulée : votre abonnement continue." }),
    ).toBeVisible({ timeout: 20_000 });
    await expect(current).not.toContainText("Résiliée");
    await expect(current.getByText("Résilier l'abonnement")).toBeVisible();
    await expect(current.getByRole("heading", { level: 2 })).toHaveText(/Premium$/);

    // On a phone: nothing wider than the screen (the charges table scrolls inside its own box).
    await vendor.setViewportSize({ width: 390, height: 844 });
    await vendor.goto("/dashboard/plan");
    await expect(vendor.getByRole("heading", { level: 1, name: "Ma formule" })).toBeVisible();
    for (const summary of await vendor.locator("main summary").filter({ visible: true }).all()) await summary.click();
    const fits = await vendor.evaluate(() => document.scrollingElement!.scrollWidth <= window.innerWidth);
    expect(fits).toBe(true);
  } finally {
    await setFeesVat(operator, vatBefore);
  }
});
