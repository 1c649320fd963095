// Catalogues of the Rochefort shops, keyed by shop key.
import { item, perKg, type ShopCatalogue } from "./product-types";

const bakery = "boulangerie-patisserie";
const veg = "fruits-et-legumes";
const fish = "poissons-et-coquillages";
const flowers = "fleurs-et-plantes";

export const ROCHEFORT_CATALOGUES: Record<string, ShopCatalogue> = {
  boulangerie: {
    notes: ["Farines de meuniers charentais, levain naturel", "Cuit chaque matin dans notre fournil, rue de la République", "Beurre AOP Charentes-Poitou"],
    products: [
      item("Baguette de tradition française", 130, bakery, "Farine Label Rouge, pétrissage lent et 24 h de fermentation : croûte craquante, mie alvéolée.", { w: 250, stock: 60 }),
      item("Pain de campagne au levain (800 g)", 480, bakery, "Levain naturel entretenu depuis 2009, farine bise et seigle, cuit sur la sole du four.", { w: 800, stock: 18 }),
      item("Pain aux céréales et graines", 390, bakery, "Lin, tournesol, sésame et millet dans une pâte au levain. Se garde trois jours.", { w: 500 }),
      item("Pain de mie complet", 380, bakery, "Moelleux, pour les tartines et les croque-monsieur. Tranché sur demande.", { w: 500 }),
      item("Croissant pur beurre", 125, bakery, "Beurre AOP Charentes-Poitou et feuilletage maison en trois tours.", { w: 60, stock: 48 }),
      item("Pain au chocolat", 140, bakery, "Deux barres de chocolat noir et le même feuilletage pur beurre que nos croissants.", { w: 75, stock: 40 }),
      item("Brioche tressée vendéenne", 690, bakery, "Brioche parfumée à la fleur d'oranger, tressée à la main. Environ 500 g.", { w: 500 }),
      item("Cannelés (boîte de 6)", 900, bakery, "Croûte caramélisée, cœur tendre à la vanille et au rhum, cuits dans des moules en cuivre.", { w: 300, cls: 1 }),
      item("Tarte aux pommes (6 parts)", 1850, bakery, "Pâte brisée maison, compote et fines lamelles de pommes de producteurs charentais.", { w: 900, cls: 1 }),
      item("Éclair au chocolat", 350, bakery, "Pâte à choux, crème pâtissière au chocolat noir 64 % et glaçage brillant.", { w: 110, cls: 1 }),
      item("Flan pâtissier (la part)", 320, bakery, "Le flan de notre enfance : pâte feuilletée et crème vanillée bien prise.", { w: 150, cls: 1, stock: 0 }),
      item("Galette des rois à la frangipane (6 parts)", 2200, bakery, "Feuilletage pur beurre et frangipane aux amandes. Disponible en janvier.", { w: 800, cls: 1, draft: true }),
    ],
  },
  librairie: {
    notes: ["Sélection de nos libraires, conseils sur demande", "Commande de tout livre disponible en 48 h", "Emballage cadeau offert"],
    products: [
      item("Pêcheur d'Islande — Pierre Loti (poche)", 790, "livres", "Le grand roman de l'enfant de Rochefort : la mer, l'attente et l'amour, en édition de poche.", { w: 180 }),
      item("Le Roman d'un enfant — Pierre Loti (poche)", 650, "livres", "Les souvenirs d'enfance de Pierre Loti dans sa maison de Rochefort.", { w: 160 }),
      item("Les Trois Mousquetaires — Alexandre Dumas", 990, "livres", "D'Artagnan et ses amis, jusqu'au siège de La Rochelle. Édition intégrale.", { w: 420 }),
      item("L'Hermione, la frégate de la Liberté", 3500, "livres", "Beau livre illustré sur la reconstruction de la frégate de La Fayette à l'Arsenal de Rochefort.", { w: 1400, cls: 1 }),
      item("Guide nature des marais charentais", 1990, "livres", "Oiseaux, plantes et balades entre Brouage, Yves et l'estuaire de la Charente.", { w: 450 }),
      item("Carnet de voyage : l'estuaire de la Charente en aquarelles", 2400, "livres", "Aquarelles et croquis de Fouras à Port-des-Barques, de Fort Boyard à l'île Madame.", { w: 700, cls: 1 }),
      item("Les Passagers du vent, tome 1 — François Bourgeon", 1495, "bandes-dessinees", "Le classique de la bande dessinée maritime : la marine à voile du XVIIIe siècle, entre Rochefort et l'Afrique.", { w: 450 }),
      item("Coffret jeunesse : trois romans d'aventure en mer (8-11 ans)", 2990, "livres", "Trois romans choisis par nos libraires jeunesse, dans un coffret cadeau.", { w: 900, was: 3270 }),
      item("Petit atlas des oiseaux du littoral atlantique", 1250, "livres", "Cent espèces à reconnaître sur les plages, les vasières et dans les marais.", { w: 300 }),
      item("Carnet de notes A5 en papier recyclé", 890, "papeterie", "96 pages pointillées, couverture kraft illustrée de la Corderie royale.", { w: 180, cls: 2 }),
      item("Cartes postales illustrées de Rochefort (lot de 8)", 600, "papeterie", "Huit illustrations d'artistes rochefortais : Corderie royale, pont transbordeur, Hermione…", { w: 60, cls: 2 }),
      item("Marque-page en cuir gravé", 450, "papeterie", "Cuir au tannage végétal gravé d'une ancre marine, fabriqué à Rochefort.", { w: 15, cls: 2, stock: 0 }),
    ],
  },
  fleuriste: {
    notes: ["Fleurs de saison, cultivées en France autant que possible", "Bouquets composés à la commande", "Emballage sans plastique"],
    products: [
      item("Bouquet de saison", 3500, flowers, "Composé chaque matin avec les fleurs du moment. Environ 40 cm de haut.", { w: 900 }),
      item("Bouquet champêtre", 2800, flowers, "Fleurs des champs, graminées et feuillages pour un bouquet libre et léger.", { w: 700 }),
      item("Douze roses rouges", 4200, flowers, "Roses à longue tige, feuillage et ruban naturel : le classique des déclarations.", { w: 1000, was: 4800 }),
      item("Bouquet de tulipes (15 tiges)", 2200, flowers, "Tulipes de saison, coloris au choix de la fleuriste selon l'arrivage.", { w: 700, stock: 0 }),
      item("Pivoines (botte de 10)", 3900, flowers, "Pivoines en boutons, disponibles de mai à juin.", { w: 900, draft: true }),
      item("Composition de deuil", 6500, flowers, "Composition en coupe aux tons blancs et verts, livrée au funérarium ou à domicile.", { w: 2500 }),
      item("Orchidée phalaenopsis", 3200, flowers, "Deux hampes fleuries dans un cache-pot en céramique blanche. Fleurit plusieurs mois.", { w: 1500, cls: 1 }),
      item("Olivier en pot (60 cm)", 4900, flowers, "Jeune olivier en pot de terre cuite, pour une terrasse ou un balcon ensoleillé.", { w: 6000, cls: 1 }),
      item("Lavande en pot", 890, flowers, "Lavande vraie en pot de 13 cm, rustique et parfumée.", { w: 800, cls: 1 }),
      item("Plante grasse en pot de terre cuite", 1290, flowers, "Une succulente facile à vivre, qui demande peu d'eau et beaucoup de lumière.", { w: 500, cls: 1 }),
      item("Bouquet de fleurs séchées", 2900, flowers, "Fleurs et graminées séchées aux tons naturels, qui durent des mois sans eau.", { w: 300 }),
      item("Couronne de porte en fleurs séchées", 4500, flowers, "Couronne de 30 cm en eucalyptus, lavande et immortelles, montée à la main.", { w: 600 }),
    ],
  },
  maraicher: {
    notes: ["Cultivé sans pesticides de synthèse, à Rochefort", "Récolté la veille ou le matin même", "Prix au kilo estimé : ajusté à la pesée, la différence est réglée à la remise"],
    products: [
      perKg("Tomates anciennes", 490, veg, "Cœur de bœuf, noire de Crimée, ananas : un mélange de variétés cueillies à maturité."),
      perKg("Pommes de terre Charlotte", 250, veg, "Chair ferme, idéale en salade ou sautée. Non lavées pour mieux se conserver."),
      perKg("Carottes des sables", 220, veg, "Carottes sucrées cultivées en sol sableux, avec leurs fanes quand la saison le permet."),
      perKg("Courgettes vertes", 290, veg, "Courgettes jeunes et fermes, à poêler, farcir ou croquer crues en tagliatelles."),
      perKg("Poireaux", 320, veg, "Poireaux d'hiver au fût bien blanc, parfaits en fondue ou en vinaigrette."),
      perKg("Courge butternut", 280, veg, "Chair orange, douce et noisettée, pour les soupes et les gratins. Se conserve tout l'hiver."),
      perKg("Oignons rosés", 350, veg, "Oignons doux à la peau cuivrée, à croquer crus en salade."),
      perKg("Haricots verts extra-fins", 750, veg, "Cueillis à la main tous les deux jours, fins et sans fils.", { stock: 0 }),
      item("Salade batavia", 130, veg, "Batavia croquante cueillie le matin même.", { w: 400 }),
      item("Panier de légumes de saison (5 kg)", 2200, veg, "La sélection de la semaine : six à huit légumes selon la récolte, avec une idée de recette.", { w: 5000, was: 2500 }),
      item("Fraises gariguette (barquette de 500 g)", 550, veg, "Fraises parfumées cueillies à maturité, d'avril à juin.", { w: 500, draft: true }),
      item("Œufs de poules plein air (boîte de 6)", 330, veg, "Œufs de nos poules élevées en plein air sur la ferme.", { w: 380 }),
    ],
  },
  poissonnerie: {
    notes: ["Arrivages quotidiens des criées de La Cotinière et de La Rochelle", "Huîtres en direct des claires de Marennes-Oléron", "Poisson vidé, écaillé ou levé en filets à la demande"],
    products: [
      item("Huîtres fines de claire Marennes-Oléron n°3 (bourriche de 24)", 2400, fish, "Affinées en claire, goût iodé et équilibré. Ouvertes sur demande pour un retrait en boutique.", { w: 2000 }),
      item("Huîtres spéciales de claire n°2 (la douzaine)", 1650, fish, "Chair charnue et croquante, affinage long en claire à faible densité.", { w: 1100 }),
      perKg("Moules de bouchot", 590, fish, "Moules de bouchot de la baie d'Yves, lavées et prêtes à cuire."),
      perKg("Bar de ligne", 3290, fish, "Bar sauvage pêché à la ligne, vidé et écaillé à la commande. Pièce d'environ 800 g."),
      perKg("Sole", 3890, fish, "Soles des petits bateaux de La Cotinière, pelées sur demande."),
      perKg("Sardines de l'Atlantique", 1290, fish, "Sardines fraîches pour la plancha, écaillées à la demande."),
      perKg("Dos de cabillaud", 2490, fish, "Dos épais sans arêtes, découpé en pavés à la commande."),
      item("Crevettes grises cuites (250 g)", 890, fish, "Petites crevettes grises cuites au court-bouillon chaque matin.", { w: 250, stock: 0 }),
      item("Plateau de fruits de mer pour 2", 6900, fish, "Huîtres, crevettes, bulots, langoustines et bigorneaux, avec pain de seigle, beurre et citron.", { w: 3000, was: 7500 }),
      item("Soupe de poissons maison (1 L)", 890, "conserves-et-condiments", "Soupe de roche aux poissons de la criée, à servir avec croûtons et rouille.", { w: 1100, cls: 1 }),
      item("Rillettes de maquereau (180 g)", 650, "conserves-et-condiments", "Maquereaux de l'Atlantique, crème fraîche et citron, en bocal.", { w: 250, cls: 1 }),
      item("Sardines à l'huile d'olive millésimées", 790, "conserves-et-condiments", "Sardines pêchées dans l'Atlantique, en boîte : elles se bonifient avec les années.", { w: 150, cls: 1 }),
    ],
  },
};
