// schema.org structured data for public pages, as pure functions (unit-tested). The page embeds
// the result with serializeJsonLd in a <script type="application/ld+json">.

/** Minor units → a decimal string in the currency's own precision: 1250 EUR → "12.50", 500 JPY → "500". */
export function decimalPrice(amount: number, currency: string): string {
  if (!Number.isInteger(amount)) throw new RangeError(`amount must be an integer of minor units, got ${amount}`);
  const digits =
    new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
  if (digits === 0) return String(amount);
  const sign = amount < 0 ? "-" : "";
  const padded = String(Math.abs(amount)).padStart(digits + 1, "0");
  return `${sign}${padded.slice(0, -digits)}.${padded.slice(-digits)}`;
}

export type ProductJsonLdInput = {
  url: string;
  title: string;
  description: string;
  imageUrls: string[];
  priceAmount: number;
  currency: string;
  inStock: boolean;
  category?: string;
  seller: { name: string; url: string };
};

export function buildProductJsonLd(input: ProductJsonLdInput): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    name: input.title,
    ...(input.description ? { description: input.description } : {}),
    ...(input.imageUrls.length > 0 ? { image: input.imageUrls } : {}),
    ...(input.category ? { category: input.category } : {}),
    url: input.url,
    offers: {
      "@type": "Offer",
      url: input.url,
      price: decimalPrice(input.priceAmount, input.currency),
      priceCurrency: input.currency,
      availability: input.inStock ? "https://schema.org/InStock" : "https://schema.org/OutOfStock",
      seller: { "@type": "Organization", name: input.seller.name, url: input.seller.url },
    },
  };
}

export function buildBreadcrumbJsonLd(items: { name: string; url: string }[]): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: items.map((item, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: item.name,
      item: item.url,
    })),
  };
}

/**
 * JSON for an inline script: "<" (and the line separators JavaScript once refused) are escaped so
 * a vendor's "</script>" in a title cannot close the element. JSON.parse reads them back unchanged.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
