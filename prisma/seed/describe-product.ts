// The Markdown description of a demo product, in French: its pitch, why buy it here, and how it
// reaches the shopper (delivery, appointment or access).
import type { ShopSeed } from "./data/shops";
import type { ProductSeed } from "./data/products";

function formatGrams(grams: number): string {
  if (grams < 1000) return `${grams} g`;
  return `${(grams / 1000).toLocaleString("fr-FR", { maximumFractionDigits: 1 })} kg`;
}

function deliveryLines(shop: ShopSeed, product: ProductSeed): string[] {
  const d = shop.delivery;
  const lines: string[] = [];
  if (d.clickAndCollect)
    lines.push(`- **Retrait en boutique** (gratuit) : ${shop.addressLine}, ${shop.postalCode} ${shop.city}.`);
  if (d.courierRadiusKm)
    lines.push(`- **Livraison par coursier à vélo** dans un rayon de ${d.courierRadiusKm} km autour de la boutique.`);
  if (d.postal) {
    lines.push(
      `- **Envoi postal** en France${d.postageDueOnDelivery ? " en port dû : les frais de transport sont réglés à la livraison" : ""}.`,
    );
  }
  const days = d.handlingDays === 1 ? "1 jour ouvré" : `${d.handlingDays} jours ouvrés`;
  lines.push("", `Commande préparée sous ${days}.`);
  if (product.weight && !product.estimated) lines.push(`Poids indicatif : ${formatGrams(product.weight)}.`);
  return lines;
}

export function describeProduct(product: ProductSeed, shop: ShopSeed, notes: string[]): string {
  const parts: string[] = [
    product.short,
    "",
    `## Pourquoi chez ${shop.name}`,
    "",
    ...notes.map((note) => `- ${note}`),
    "",
  ];

  if (product.kind === "PHYSICAL") {
    if (product.estimated) {
      parts.push(
        "## Prix au poids",
        "",
        `Le prix affiché est un **prix estimé par ${product.unit ?? "unité"}**. Votre commande est pesée à la préparation : la différence vous est remboursée, ou réglée à la remise.`,
        "",
      );
    }
    parts.push("## Retrait et livraison", "", ...deliveryLines(shop, product), "");
  } else if (product.kind === "SERVICE") {
    parts.push(
      "## Comment ça se passe",
      "",
      "1. Réservez la prestation en ligne.",
      `2. ${shop.name} vous contacte dans la conversation de commande pour convenir d'un créneau.`,
      `3. Le jour venu, rendez-vous au ${shop.addressLine} à ${shop.city}, ou en visio si la prestation le précise.`,
      "",
    );
    if (product.stockTracked)
      parts.push("Nombre de places limité : la réservation est confirmée à l'acceptation de la commande.", "");
  } else {
    parts.push(
      "## Accès",
      "",
      `Contenu numérique, sans envoi. Après le paiement, ${shop.name} vous transmet votre accès dans la conversation de commande sous 24 h ouvrées.`,
      "",
    );
  }

  parts.push(`*Vendu par ${shop.name}, ${shop.trade.toLowerCase()} à ${shop.city}.*`);
  return parts.join("\n");
}
