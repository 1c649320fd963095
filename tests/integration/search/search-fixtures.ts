// A small marketplace at real places for the search tests: shops in Saintes, La Rochelle (about
// 65 km away) and Paris, products in a category tree, and products that must never be found.
import { randomBytes } from "node:crypto";
import { getDb } from "@/lib/db";
import type { Prisma, ShopStatus } from "@/lib/generated/prisma/client";

const unique = () => randomBytes(4).toString("hex");

export const SAINTES = { latitude: 45.7464, longitude: -0.6333 };
export const LA_ROCHELLE = { latitude: 46.1603, longitude: -1.1511 };
export const PARIS = { latitude: 48.8566, longitude: 2.3522 };

async function category(
  slug: string,
  names: { fr: string; en: string },
  parentId: string | null = null,
  prohibited = false,
) {
  return getDb().category.create({ data: { slug: `${slug}-${unique()}`, names, parentId, prohibited } });
}

async function shop(
  name: string,
  place: { latitude: number; longitude: number } | null,
  data: Partial<Prisma.ShopUncheckedCreateInput>,
  status: ShopStatus = "APPROVED",
) {
  const db = getDb();
  const owner = await db.user.create({
    data: { email: `v-${unique()}@example.test`, name: "Vendor", passwordHash: "x", role: "VENDOR" },
  });
  return db.shop.create({
    data: {
      slug: `shop-${unique()}`,
      name,
      trade: "Épicerie",
      status,
      ownerId: owner.id,
      latitude: place?.latitude ?? null,
      longitude: place?.longitude ?? null,
      ...data,
    },
  });
}

type ProductSeed = {
  title: string;
  priceAmount: number;
  categoryId: string | null;
  stock?: number;
} & Partial<Prisma.ProductUncheckedCreateInput>;

async function product(shopId: string, { title, priceAmount, categoryId, stock = 10, ...rest }: ProductSeed) {
  return getDb().product.create({
    data: {
      shopId,
      title,
      slug: `p-${unique()}`,
      priceAmount,
      categoryId,
      stock,
      status: "ACTIVE",
      shortDescription: "",
      ...rest,
    },
  });
}

export async function createSearchMarketplace() {
  const food = await category("alimentation", { fr: "Alimentation", en: "Food" });
  const honey = await category("miels", { fr: "Miels", en: "Honey" }, food.id);
  const home = await category("maison", { fr: "Maison", en: "Home" });
  const banned = await category("interdit", { fr: "Interdit", en: "Banned" }, null, true);
  const bannedChild = await category("interdit-enfant", { fr: "Sous-rayon", en: "Sub-aisle" }, banned.id);

  const saintes = await shop("Le Rucher de Saintonge", SAINTES, {
    clickAndCollect: true,
    courierEnabled: true,
    courierRadiusKm: 10,
  });
  const rochelle = await shop("Épicerie du Port", LA_ROCHELLE, {
    courierEnabled: true,
    courierRadiusKm: 5,
    postalEnabled: true,
  });
  const paris = await shop("Comptoir de Paris", PARIS, { postalEnabled: true });
  const suspended = await shop("Boutique suspendue", SAINTES, { clickAndCollect: true }, "SUSPENDED");
  const nowhere = await shop("Boutique sans adresse", null, { postalEnabled: true });

  const visible = {
    saintesHoney: await product(saintes.id, { title: "Miel de fleurs", priceAmount: 1200, categoryId: honey.id }),
    saintesCream: await product(saintes.id, { title: "Crème fraîche épaisse", priceAmount: 350, categoryId: food.id }),
    saintesChocolate: await product(saintes.id, {
      title: "Tablette de chocolat noir",
      priceAmount: 500,
      categoryId: food.id,
      stock: 0,
    }),
    saintesCandle: await product(saintes.id, {
      title: "Bougie parfumée",
      priceAmount: 1500,
      categoryId: home.id,
      shortDescription: "Cire d'abeille",
    }),
    saintesSoap: await product(saintes.id, { title: "Savon au lavandin", priceAmount: 450, categoryId: home.id }),
    rochelleHoney: await product(rochelle.id, { title: "Miel de fleurs", priceAmount: 1100, categoryId: honey.id }),
    rochelleAcacia: await product(rochelle.id, { title: "Miel d'acacia", priceAmount: 900, categoryId: honey.id }),
    parisLavender: await product(paris.id, { title: "Miel de lavande", priceAmount: 2000, categoryId: honey.id }),
    nowhereHoney: await product(nowhere.id, { title: "Miel de montagne", priceAmount: 1300, categoryId: honey.id }),
    untracked: await product(paris.id, {
      title: "Savon au lait d'ânesse",
      priceAmount: 800,
      categoryId: home.id,
      stockTracked: false,
      stock: 0,
    }),
  };
  const hidden = {
    draft: await product(saintes.id, {
      title: "Miel brouillon",
      priceAmount: 1000,
      categoryId: honey.id,
      status: "DRAFT",
    }),
    archived: await product(saintes.id, {
      title: "Miel archivé",
      priceAmount: 1000,
      categoryId: honey.id,
      status: "ARCHIVED",
    }),
    suspendedShop: await product(suspended.id, { title: "Miel suspendu", priceAmount: 1000, categoryId: honey.id }),
    prohibited: await product(saintes.id, { title: "Miel interdit", priceAmount: 1000, categoryId: bannedChild.id }),
    hiddenWhenOut: await product(saintes.id, {
      title: "Miel épuisé",
      priceAmount: 1000,
      categoryId: honey.id,
      stock: 0,
      hideWhenOutOfStock: true,
    }),
  };
  return {
    categories: { food, honey, home, banned, bannedChild },
    shops: { saintes, rochelle, paris, suspended, nowhere },
    visible,
    hidden,
  };
}

/** Many products sharing a word, spread over shops, for pagination. */
export async function createJams(shopIds: string[], count: number) {
  const ids: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const created = await product(shopIds[index % shopIds.length], {
      title: `Confiture maison n° ${index % 5}`,
      priceAmount: 400 + (index % 7) * 50,
      categoryId: null,
    });
    ids.push(created.id);
  }
  return ids;
}
