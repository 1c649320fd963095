// Jewstore's rule (docs/product.md), for every marketplace: a product goes online only with a title, a short
// description, a price and at least one photo. The list names what is missing (catalogue keys
// products.publish.missing.<item>), so the vendor can be told exactly what to add.
export type PublishRequirement = "title" | "shortDescription" | "price" | "photo";

export type PublishCandidate = {
  title: string;
  shortDescription: string;
  priceAmount: number | null;
  imageCount: number;
};

export function missingForPublish(product: PublishCandidate): PublishRequirement[] {
  const missing: PublishRequirement[] = [];
  if (product.title.trim() === "") missing.push("title");
  if (product.shortDescription.trim() === "") missing.push("shortDescription");
  if (product.priceAmount === null || product.priceAmount <= 0) missing.push("price");
  if (product.imageCount < 1) missing.push("photo");
  return missing;
}
