import type { ProductFieldsInput } from "../product-schema";

// Whether a product tracks its stock unless the vendor says otherwise: goods do, a service or a
// digital product does not (docs/domain.md, Product). The editor ticks "track stock" from
// this when the kind changes; the server applies it to a service saved without a stock.

export function tracksStockByDefault(kind: string): boolean {
  return kind.trim().toUpperCase() === "PHYSICAL";
}

/**
 * The editor's fields with the kind's default applied: a service or digital product sent with
 * "track stock" but no stock is saved untracked (unlimited), not refused for the missing stock.
 * Goods keep the rule: tracked stock needs a figure.
 */
export function withStockDefault(fields: ProductFieldsInput): ProductFieldsInput {
  const kind = typeof fields.kind === "string" && fields.kind.trim() !== "" ? fields.kind : "PHYSICAL";
  const stockGiven = typeof fields.stock === "string" ? fields.stock.trim() !== "" : fields.stock != null;
  if (tracksStockByDefault(kind) || stockGiven) return fields;
  return { ...fields, stockTracked: false };
}
