// The demo category tree: top-level categories, each with its children. Slugs are French
// kebab-case and unique across the whole tree; `prohibited` marks what may never be sold.

export type CategoryNames = { fr: string; en: string };

export type CategorySeed = {
  slug: string;
  names: CategoryNames;
  prohibited?: boolean;
  children: { slug: string; names: CategoryNames }[];
};

const n = (fr: string, en: string): CategoryNames => ({ fr, en });

export const CATEGORIES: CategorySeed[] = [
  {
    slug: "alimentation",
    names: n("Alimentation", "Food"),
    children: [
      { slug: "boulangerie-patisserie", names: n("Boulangerie et pâtisserie", "Bakery and pastry") },
      { slug: "fruits-et-legumes", names: n("Fruits et légumes", "Fruit and vegetables") },
      { slug: "fromages-et-cremerie", names: n("Fromages et crèmerie", "Cheese and dairy") },
      { slug: "boucherie-charcuterie", names: n("Boucherie et charcuterie", "Butcher and delicatessen") },
      { slug: "poissons-et-coquillages", names: n("Poissons et coquillages", "Fish and shellfish") },
    ],
  },
  {
    slug: "epicerie-fine",
    names: n("Épicerie fine", "Fine foods"),
    children: [
      { slug: "miels-et-confitures", names: n("Miels et confitures", "Honey and jams") },
      { slug: "chocolats-et-confiseries", names: n("Chocolats et confiseries", "Chocolate and sweets") },
      { slug: "cafes-et-thes", names: n("Cafés et thés", "Coffee and tea") },
      { slug: "conserves-et-condiments", names: n("Conserves et condiments", "Preserves and condiments") },
    ],
  },
  {
    slug: "boissons",
    names: n("Boissons", "Drinks"),
    children: [
      { slug: "vins", names: n("Vins", "Wine") },
      { slug: "spiritueux", names: n("Spiritueux", "Spirits") },
      { slug: "bieres-cidres-hydromels", names: n("Bières, cidres et hydromels", "Beer, cider and mead") },
      { slug: "jus-et-sans-alcool", names: n("Jus et boissons sans alcool", "Juices and soft drinks") },
    ],
  },
  {
    slug: "maison-et-bien-etre",
    names: n("Maison et bien-être", "Home and well-being"),
    children: [
      { slug: "ceramique-et-vaisselle", names: n("Céramique et vaisselle", "Ceramics and tableware") },
      { slug: "fleurs-et-plantes", names: n("Fleurs et plantes", "Flowers and plants") },
      { slug: "savons-et-soins", names: n("Savons et soins", "Soap and body care") },
      { slug: "bougies-et-senteurs", names: n("Bougies et senteurs", "Candles and fragrances") },
    ],
  },
  {
    slug: "livres-et-papeterie",
    names: n("Livres et papeterie", "Books and stationery"),
    children: [
      { slug: "livres", names: n("Livres", "Books") },
      { slug: "bandes-dessinees", names: n("Bandes dessinées", "Comics") },
      { slug: "papeterie", names: n("Papeterie", "Stationery") },
    ],
  },
  {
    slug: "enfants-et-jouets",
    names: n("Enfants et jouets", "Children and toys"),
    children: [
      { slug: "jouets-en-bois", names: n("Jouets en bois", "Wooden toys") },
      { slug: "jeux-de-societe", names: n("Jeux de société", "Board games") },
      { slug: "eveil-et-peluches", names: n("Éveil et peluches", "Baby toys and plush") },
      { slug: "jeux-de-plein-air", names: n("Jeux de plein air", "Outdoor games") },
    ],
  },
  {
    slug: "velo-et-mobilite",
    names: n("Vélo et mobilité", "Bikes and mobility"),
    children: [
      { slug: "accessoires-velo", names: n("Accessoires vélo", "Bike accessories") },
      { slug: "pieces-detachees", names: n("Pièces détachées", "Spare parts") },
    ],
  },
  {
    slug: "services-et-formations",
    names: n("Services et formations", "Services and training"),
    children: [
      { slug: "entretien-et-reparation", names: n("Entretien et réparation", "Servicing and repair") },
      { slug: "ateliers-et-cours", names: n("Ateliers et cours", "Workshops and lessons") },
      { slug: "formations-en-ligne", names: n("Formations en ligne", "Online courses") },
    ],
  },
  {
    slug: "armes",
    names: n("Armes", "Weapons"),
    prohibited: true,
    children: [
      { slug: "armes-a-feu", names: n("Armes à feu", "Firearms") },
      { slug: "armes-blanches", names: n("Armes blanches", "Bladed weapons") },
    ],
  },
];
