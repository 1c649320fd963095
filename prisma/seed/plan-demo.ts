// The demo marketplace computed in memory before anything is written: the shops' timeline, every
// product's slug, SKU, stock, dates and pictures. Pure and deterministic for a given `now`.
import { CATALOGUES, type ProductSeed } from "./data/products";
import { SHOPS, type ShopSeed } from "./data/shops";
import { describeProduct } from "./describe-product";
import { hashString, IMAGE_SIZES, productSvg, shopBannerSvg, shopLogoSvg } from "./images";
import { mulberry32 } from "./random";
import { slugify } from "./slugify";

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;
const RANDOM_SEED = 20261123;

export type ImagePlan = { path: string; svg: string; alt: string; width: number; height: number };

export type ShopPlan = {
  shop: ShopSeed;
  createdAt: Date;
  approvedAt: Date | null;
  logo: ImagePlan;
  banner: ImagePlan;
};

export type ProductPlan = {
  shopSlug: string;
  product: ProductSeed;
  slug: string;
  sku: string;
  stock: number;
  status: "ACTIVE" | "DRAFT";
  description: string;
  createdAt: Date;
  publishedAt: Date | null;
  images: ImagePlan[];
};

export type DemoPlan = { shops: ShopPlan[]; products: ProductPlan[] };

function planShop(shop: ShopSeed, now: Date, int: (min: number, max: number) => number): ShopPlan {
  const createdAt = new Date(now.getTime() - shop.joinedDaysAgo * DAY_MS - int(6, 20) * HOUR_MS);
  const approvedAt = shop.status === "APPROVED" ? new Date(createdAt.getTime() + int(20, 96) * HOUR_MS) : null;
  const tagline = `${shop.trade} · ${shop.city}`;
  return {
    shop,
    createdAt,
    approvedAt,
    logo: {
      path: `demo/shops/${shop.slug}-logo.svg`,
      svg: shopLogoSvg(shop.name, shop.slug),
      alt: `Logo de ${shop.name}`,
      ...IMAGE_SIZES.logo,
    },
    banner: {
      path: `demo/shops/${shop.slug}-banner.svg`,
      svg: shopBannerSvg(shop.name, tagline, shop.slug),
      alt: shop.name,
      ...IMAGE_SIZES.banner,
    },
  };
}

function productImages(slug: string, title: string): ImagePlan[] {
  const images: ImagePlan[] = [
    { path: `demo/products/${slug}.svg`, svg: productSvg(title, slug), alt: title, ...IMAGE_SIZES.product },
  ];
  // About two products in three get a second view.
  if (hashString(slug) % 3 !== 0) {
    images.push({
      path: `demo/products/${slug}-2.svg`,
      svg: productSvg(title, slug, 1),
      alt: `${title}, autre vue`,
      ...IMAGE_SIZES.product,
    });
  }
  return images;
}

export function planDemo(now: Date): DemoPlan {
  const random = mulberry32(RANDOM_SEED);
  const shops = SHOPS.map((shop) => planShop(shop, now, random.int));
  const products: ProductPlan[] = [];
  const slugs = new Set<string>();

  for (const { shop, createdAt: shopCreatedAt, approvedAt } of shops) {
    const catalogue = CATALOGUES[shop.key];
    if (!catalogue) throw new Error(`no catalogue for shop "${shop.key}"`);
    const skuPrefix = shop.key.slice(0, 4).toUpperCase();
    catalogue.products.forEach((product, index) => {
      const suffix = hashString(`${shop.slug}/${product.title}`).toString(36).slice(-4);
      const slug = `${slugify(product.title)}-${suffix}`;
      if (slugs.has(slug)) throw new Error(`duplicate product slug ${slug}`);
      slugs.add(slug);

      const draft = product.draft || shop.status !== "APPROVED";
      const start = (approvedAt ?? shopCreatedAt).getTime();
      // Spread over the shop's life, leaning towards recent weeks so "new arrivals" look alive.
      const span = Math.max(0, now.getTime() - start - 2 * DAY_MS);
      const createdAt = new Date(start + HOUR_MS + span * random.next() ** 0.7);
      const publishedAt = draft
        ? null
        : new Date(Math.min(createdAt.getTime() + random.int(1, 48) * HOUR_MS, now.getTime() - HOUR_MS));
      products.push({
        shopSlug: shop.slug,
        product,
        slug,
        sku: `${skuPrefix}-${String(index + 1).padStart(3, "0")}`,
        stock: product.stock ?? (product.stockTracked ? random.int(3, 40) : 0),
        status: draft ? "DRAFT" : "ACTIVE",
        description: describeProduct(product, shop, catalogue.notes),
        createdAt,
        publishedAt,
        images: productImages(slug, product.title),
      });
    });
  }
  return { shops, products };
}
