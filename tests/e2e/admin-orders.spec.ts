import { expect, test } from "./fixtures";
import { OPERATOR, signIn } from "./support";

// The operator's orders on the demo data (prisma/seed/demo-orders.ts): every shop's parts, one in
// each state. The "problems" tab holds the seeded late part; the one accepted, on-time part of "Le
// Fournil Colbert" (no other spec uses it) is cancelled here by the operator (docs/domain.md,
// ShopOrder states: the marketplace may cancel until the goods leave), which refunds it in full.

test("the operator lists every shop's orders, filters to problems and reads a part's timeline", async ({ page }) => {
  await signIn(page, OPERATOR.email, OPERATOR.password);
  await page.goto("/admin");
  await page
    .getByRole("link", { name: /^Commandes( |$)/ })
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Commandes" })).toBeVisible();
  const orders = page.getByRole("list", { name: "Les commandes de toutes les boutiques" });
  await expect(
    orders.getByRole("link", { name: /^Ouvrir la commande .+ de Le Fournil Colbert$/ }).first(),
  ).toBeVisible();
  await expect(
    orders.getByRole("link", { name: /^Ouvrir la commande .+ de Librairie La Corderie$/ }).first(),
  ).toBeVisible();

  await page.getByRole("link", { name: /^Problèmes \(\d+\)$/ }).click();
  await expect(page).toHaveURL(/tab=problems/);
  await expect(page.getByRole("link", { name: /^Problèmes \(\d+\)$/ })).toHaveAttribute("aria-current", "page");
  // Escalated returns come first (the operator decides them), then late parts.
  await expect(orders.getByRole("listitem").first().getByText("Litige en cours")).toBeVisible();
  const late = orders
    .getByRole("listitem")
    .filter({ hasText: /En retard de / })
    .first();
  await expect(late.getByText(/^En retard de /)).toBeVisible();
  await late.getByRole("link", { name: /^Ouvrir la commande / }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Commande / })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Historique" })).toBeVisible();
  await expect(page.getByText("Acceptée", { exact: false }).first()).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Argent" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Écritures du grand livre" })).toBeVisible();
});

test("the operator cancels a part to prepare, with a reason, and sees it cancelled and refunded", async ({ page }) => {
  await signIn(page, OPERATOR.email, OPERATOR.password);
  await page.goto("/admin/orders?tab=toPrepare");
  await page.getByLabel("Boutique", { exact: true }).selectOption({ label: "Le Fournil Colbert" });
  await page.getByRole("button", { name: "Chercher" }).click();
  await expect(page).toHaveURL(/shop=/);
  const row = page.getByRole("list", { name: "Les commandes de toutes les boutiques" }).getByRole("listitem").first();
  await expect(row.getByText("Acceptée")).toBeVisible();
  await row.getByRole("link", { name: /^Ouvrir la commande .+ de Le Fournil Colbert$/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Commande / })).toBeVisible();
  await expect(page.getByText("Aucun remboursement pour cette commande.")).toBeVisible();

  const cancel = page.getByRole("region", { name: "Annuler la commande" });
  await cancel.getByLabel("Motif").fill("La boutique est fermée pour travaux.");
  await cancel.getByRole("button", { name: "Annuler…" }).click();
  await expect(cancel.getByRole("heading", { name: "Annuler cette commande ?" })).toBeFocused();
  await cancel.getByRole("button", { name: "Oui, annuler la commande" }).click();

  await expect(page).toHaveURL(/done=CANCEL/);
  await expect(page.getByText(/^Commande annulée : le client et la boutique sont prévenus/)).toBeVisible();
  await expect(page.getByText("Annulée", { exact: true }).first()).toBeVisible();
  await expect(
    page.getByText("Aucune action n'est ouverte à la place de marché sur cette commande pour l'instant."),
  ).toBeVisible();
  await expect(page.getByText("Motif : La boutique est fermée pour travaux.")).toBeVisible();
  const refunds = page.getByRole("region", { name: "Remboursements" }).getByRole("table");
  await expect(refunds.getByRole("row")).toHaveCount(2);
  await expect(refunds.getByRole("cell", { name: "En attente" })).toBeVisible();
});
