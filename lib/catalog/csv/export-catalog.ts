import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { formatMoneyInput } from "@/lib/money/parse-money";
import { getOwnedShopOrThrow } from "@/lib/shops/get-owned-shop";
import { CSV_COLUMNS, EXPORT_WORDS } from "./columns";
import { toCsvText, type CsvLocale } from "./csv-text";

/**
 * The shop's catalogue (every product but archived ones) as CSV with the canonical headers, values
 * in the viewer's language; importing it back changes nothing.
 */
export async function exportCatalogCsv(
  actor: Actor | null,
  input: { shopId: string; locale: CsvLocale },
): Promise<{ fileName: string; text: string }> {
  const db = getDb();
  const shop = await getOwnedShopOrThrow(db, actor, input.shopId, { id: true, slug: true });
  const words = EXPORT_WORDS[input.locale];
  const products = await db.product.findMany({
    where: { shopId: shop.id, status: { not: "ARCHIVED" } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      sku: true,
      title: true,
      shortDescription: true,
      description: true,
      kind: true,
      status: true,
      priceAmount: true,
      compareAtAmount: true,
      currency: true,
      estimatedPrice: true,
      priceUnit: true,
      stockTracked: true,
      stock: true,
      hideWhenOutOfStock: true,
      weightGrams: true,
      category: { select: { slug: true } },
      shippingClass: { select: { name: true } },
    },
  });
  const yesNo = (value: boolean) => (value ? words.yes : words.no);
  const money = (amount: number | null, currency: string) =>
    amount === null || amount <= 0 ? "" : formatMoneyInput(amount, input.locale, currency);
  const rows = products.map((product) => {
    const cells: Record<(typeof CSV_COLUMNS)[number]["key"], string> = {
      sku: product.sku ?? "",
      title: product.title,
      shortDescription: product.shortDescription,
      description: product.description,
      kind: words[product.kind],
      category: product.category?.slug ?? "",
      price: money(product.priceAmount, product.currency),
      compareAtPrice: money(product.compareAtAmount, product.currency),
      estimatedPrice: yesNo(product.estimatedPrice),
      priceUnit: product.priceUnit ?? "",
      stockTracked: yesNo(product.stockTracked),
      stock: String(product.stock),
      hideWhenOutOfStock: yesNo(product.hideWhenOutOfStock),
      weightGrams: product.weightGrams === null ? "" : String(product.weightGrams),
      shippingClass: product.shippingClass?.name ?? "",
      status: words[product.status === "ACTIVE" ? "ACTIVE" : "DRAFT"],
    };
    return CSV_COLUMNS.map((column) => cells[column.key]);
  });
  const date = new Date().toISOString().slice(0, 10);
  return { fileName: `catalogue-${shop.slug}-${date}.csv`, text: toCsvText(rows, input.locale) };
}
