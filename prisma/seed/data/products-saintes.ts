// Catalogues of the Saintes shops, keyed by shop key. The honey producer's titles contain "miel"
// (searched for by tests).
import { item, perKg, type ShopCatalogue } from "./product-types";

const honey = "miels-et-confitures";
const sweets = "chocolats-et-confiseries";
const meat = "boucherie-charcuterie";
const care = "savons-et-soins";

export const SAINTES_CATALOGUES: Record<string, ShopCatalogue> = {
  miellerie: {
    notes: ["Miels récoltés et mis en pot par nos soins, en Saintonge", "Extraction à froid, sans chauffage ni filtration fine", "Ruches conduites sans traitement chimique de synthèse"],
    products: [
      item("Miel de fleurs de Saintonge (500 g)", 890, honey, "Miel toutes fleurs de printemps, doux et fruité, récolté autour de nos ruchers saintongeais.", { w: 650 }),
      item("Miel d'acacia (500 g)", 1090, honey, "Miel très clair et liquide au goût délicat de vanille, idéal pour sucrer les boissons.", { w: 650 }),
      item("Miel de tournesol (1 kg)", 1290, honey, "Miel crémeux d'un jaune lumineux, récolté en plein été dans les plaines charentaises.", { w: 1250 }),
      item("Miel de châtaignier (500 g)", 990, honey, "Miel ambré et corsé, légèrement amer, pour les amateurs de caractère.", { w: 650 }),
      item("Miel de bruyère (250 g)", 790, honey, "Miel épais au parfum boisé, issu des landes de bruyère.", { w: 350, stock: 0 }),
      item("Miel crémeux de printemps (500 g)", 920, honey, "Cristallisation fine et contrôlée : une texture qui se tartine comme du beurre.", { w: 650 }),
      item("Pain d'épices au miel", 650, honey, "Pain d'épices moelleux à 50 % de miel, farine de seigle et épices douces. Environ 350 g.", { w: 380 }),
      item("Bonbons au miel et à la propolis", 450, sweets, "Bonbons durs fabriqués avec notre miel, pour adoucir la gorge. Sachet de 100 g.", { w: 110 }),
      item("Nougat tendre au miel et aux amandes", 590, sweets, "Barre de 100 g : amandes grillées, blancs d'œufs et miel de lavande.", { w: 120 }),
      item("Bougie en cire d'abeille", 1290, "bougies-et-senteurs", "Coulée à la main dans la cire de nos ruches ; brûle sans fumée pendant environ 30 heures.", { w: 250 }),
      item("Coffret découverte : quatre miels de saison", 3200, honey, "Acacia, tournesol, châtaignier et fleurs de Saintonge en pots de 250 g, coffret en carton recyclé.", { w: 1300, cls: 1, was: 3600 }),
      item("Hydromel traditionnel au miel de Saintonge (75 cl)", 1490, "bieres-cidres-hydromels", "Vin de miel fermenté et élevé en fût, à servir frais à l'apéritif.", { w: 1300 }),
    ],
  },
  boucherie: {
    notes: ["Bêtes élevées en Poitou-Charentes et en Limousin, choisies sur pied", "Découpe à la commande par nos bouchers", "Prix au kilo estimé : ajusté à la pesée, la différence est réglée à la remise"],
    products: [
      perKg("Entrecôte de bœuf limousin", 3290, meat, "Persillée et tendre, maturée dix jours. Comptez environ 350 g par personne."),
      perKg("Côte de bœuf maturée", 3990, meat, "Race parthenaise maturée trois semaines sur os. Environ 1,2 kg pour 3 à 4 personnes."),
      perKg("Bœuf bourguignon", 1690, meat, "Paleron et macreuse coupés en cubes, pour les plats mijotés."),
      perKg("Poulet fermier Label Rouge", 1190, meat, "Élevé en plein air au moins 81 jours, prêt à cuire. Environ 1,8 kg."),
      perKg("Gigot d'agneau de Poitou-Charentes", 2890, meat, "Gigot entier ou raccourci, paré et ficelé sur demande."),
      perKg("Saucisses de Toulouse maison", 1390, meat, "Pur porc, embossées en boyau naturel, assaisonnées au poivre."),
      perKg("Merguez maison", 1490, meat, "Bœuf et agneau, harissa douce et cumin, pour la plancha.", { stock: 0 }),
      perKg("Rôti de porc dans l'échine", 1590, meat, "Rôti moelleux, bardé et ficelé. Environ 1 kg pour cinq personnes."),
      item("Jambon blanc cuit maison (4 tranches)", 690, meat, "Jambon cuit au torchon dans notre laboratoire, sans polyphosphates.", { w: 200 }),
      item("Pâté de campagne maison (250 g)", 490, meat, "Porc, foie et une touche de cognac, cuit en terrine.", { w: 250 }),
      item("Grillon charentais (200 g)", 550, meat, "La spécialité charentaise : morceaux de porc confits lentement dans leur graisse, à tartiner.", { w: 200 }),
      item("Colis famille (5 kg)", 8900, meat, "Steaks hachés, rôti de bœuf, poulet fermier, côtes de porc et saucisses pour une semaine à quatre.", { w: 5000, cls: 1, was: 9900 }),
    ],
  },
  caviste: {
    notes: ["Vins et spiritueux de vignerons indépendants", "Dégustations le samedi en cave", "L'abus d'alcool est dangereux pour la santé, à consommer avec modération"],
    products: [
      item("Pineau des Charentes blanc (75 cl)", 1650, "vins", "Moût de raisin et cognac vieillis en fût : notes de miel et de fruits secs. À servir frais.", { w: 1300 }),
      item("Pineau des Charentes rosé (75 cl)", 1650, "vins", "Fruits rouges et gourmandise, parfait à l'apéritif ou sur un melon charentais.", { w: 1300 }),
      item("Cognac VSOP de petit producteur (70 cl)", 4900, "spiritueux", "Au moins quatre ans de fût : vanille, abricot sec et une pointe d'épices.", { w: 1300 }),
      item("Cognac XO Grande Champagne (70 cl)", 8900, "spiritueux", "Eaux-de-vie de plus de dix ans, premier cru du cognac : long, rancio, fruits confits.", { w: 1400, stock: 4 }),
      item("Vin de pays charentais blanc (75 cl)", 790, "vins", "Colombard et ugni blanc : un blanc sec, vif et fruité, pour les huîtres.", { w: 1300 }),
      item("Bordeaux supérieur rouge 2022 (75 cl)", 1290, "vins", "Merlot et cabernet élevés douze mois en barrique, souple et fruité.", { w: 1300 }),
      item("Champagne brut de vigneron (75 cl)", 3490, "vins", "Champagne de récoltant-manipulant, bulles fines et notes de brioche.", { w: 1600, was: 3890 }),
      item("Cidre fermier brut (75 cl)", 590, "bieres-cidres-hydromels", "Pommes à cidre de vergers hautes tiges, fermentation naturelle.", { w: 1300 }),
      item("Bière blonde artisanale de Saintonge (33 cl)", 350, "bieres-cidres-hydromels", "Blonde légère et houblonnée d'une microbrasserie voisine.", { w: 550, cls: 2 }),
      item("Caisse découverte : six vins de l'Ouest", 7900, "vins", "Six bouteilles choisies par la cave, du Muscadet au Bordeaux, avec fiches d'accords.", { w: 8000, cls: 1, was: 8700 }),
      item("Coffret Cognac VS et deux verres", 3900, "spiritueux", "Un cognac VS fruité de 35 cl et deux verres à dégustation gravés.", { w: 1900 }),
      item("Jus de pomme artisanal (1 L)", 420, "jus-et-sans-alcool", "Pur jus de pommes charentaises, non filtré, sans sucre ajouté.", { w: 1500, cls: 2 }),
    ],
  },
  chocolaterie: {
    notes: ["Fabriqué dans notre laboratoire, place Bassompierre", "Fèves sélectionnées, chocolat de couverture pur beurre de cacao", "Sans huile de palme ni arôme artificiel"],
    products: [
      item("Ballotin de pralinés (250 g)", 2200, sweets, "Pralinés amandes et noisettes, feuilletés et à l'ancienne, dans un ballotin doré.", { w: 300 }),
      item("Tablette de chocolat noir 70 %", 550, sweets, "Tablette de 100 g, cacao du Pérou aux notes de fruits rouges.", { w: 110 }),
      item("Tablette de chocolat au lait et noisettes entières", 590, sweets, "Chocolat au lait 40 % et noisettes du Piémont torréfiées. 120 g.", { w: 130 }),
      item("Mendiants chocolat noir et lait", 1200, sweets, "Disques de chocolat garnis d'amandes, noisettes, pistaches et raisins. Sachet de 200 g.", { w: 210 }),
      item("Orangettes (150 g)", 1150, sweets, "Écorces d'orange confites maison enrobées de chocolat noir.", { w: 160 }),
      item("Truffes nature (200 g)", 1400, sweets, "Ganache fondante roulée dans le cacao, fabriquée dans la semaine.", { w: 210 }),
      item("Caramels au beurre salé (200 g)", 750, sweets, "Caramels tendres au beurre AOP Charentes-Poitou et à la fleur de sel de l'île de Ré.", { w: 210 }),
      item("Bouchées au cognac (boîte de 12)", 1600, sweets, "Chocolat noir fourré d'une ganache au cognac fine champagne.", { w: 180 }),
      item("Guimauves artisanales à la vanille (sachet de 10)", 690, sweets, "Guimauves moelleuses à la vanille de Madagascar.", { w: 120, stock: 0 }),
      item("Chocolat chaud à l'ancienne (250 g)", 950, sweets, "Copeaux de chocolat noir à fondre dans le lait, onctueux comme autrefois.", { w: 260 }),
      item("Calendrier de l'Avent chocolaté", 2900, sweets, "Vingt-quatre chocolats de la maison à découvrir chaque jour de décembre.", { w: 400 }),
      item("Œufs de Pâques en chocolat noir (lot de 3)", 1290, sweets, "Trois œufs garnis de petites fritures, disponibles au printemps.", { w: 250, draft: true }),
    ],
  },
  savonnerie: {
    notes: ["Saponification à froid dans notre atelier de Saintes", "Huiles végétales bio, sans parfum de synthèse", "Emballages en papier, zéro plastique"],
    products: [
      item("Savon surgras au lait d'ânesse", 690, care, "Saponifié à froid, 8 % de surgraissage, pour les peaux sèches et sensibles. 100 g.", { w: 110 }),
      item("Savon lavande et huile d'olive", 590, care, "Huile d'olive bio et huile essentielle de lavande fine. 100 g.", { w: 110 }),
      item("Savon exfoliant au marc de café", 620, care, "Marc de café recyclé, pour les mains des jardiniers et des mécaniciens. 100 g.", { w: 110 }),
      item("Shampoing solide à l'argile verte", 990, care, "Pour cheveux gras ; il remplace deux flacons de shampoing. 80 g.", { w: 90 }),
      item("Baume à lèvres à la cire d'abeille", 550, care, "Cire d'abeille de Saintonge, beurre de karité et huile d'amande douce.", { w: 20 }),
      item("Déodorant solide sans bicarbonate", 890, care, "Doux pour les peaux sensibles, à l'argile blanche et au beurre de cacao.", { w: 60, stock: 0 }),
      item("Crème pour les mains au calendula (50 ml)", 1190, care, "Crème riche et non grasse pour les mains abîmées par le froid ou le jardin.", { w: 80 }),
      item("Huile de massage relaxante (100 ml)", 1490, care, "Huile de tournesol et d'amande douce, lavande et petit grain bigarade.", { w: 160 }),
      item("Sel de bain aux fleurs de lavande (400 g)", 790, care, "Gros sel marin de l'île de Ré, fleurs de lavande et huiles essentielles.", { w: 450 }),
      item("Bougie parfumée au figuier", 1890, "bougies-et-senteurs", "Cire de colza française et parfum de figuier, environ 40 heures de combustion.", { w: 350 }),
      item("Porte-savon en bois d'olivier", 490, care, "Porte-savon rainuré pour que le savon sèche bien entre deux usages.", { w: 90 }),
      item("Coffret trois savons de la maison", 1690, care, "Lait d'ânesse, lavande et marc de café, dans une boîte en carton illustrée.", { w: 400, cls: 1, was: 1870 }),
    ],
  },
};
