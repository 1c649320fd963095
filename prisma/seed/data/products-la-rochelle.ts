// Catalogues of the La Rochelle shops, keyed by shop key.
import { digital, item, perKg, service, type ShopCatalogue } from "./product-types";

const repair = "entretien-et-reparation";
const course = "formations-en-ligne";
const cheese = "fromages-et-cremerie";
const ceramics = "ceramique-et-vaisselle";
const wood = "jouets-en-bois";
const games = "jeux-de-societe";

export const LA_ROCHELLE_CATALOGUES: Record<string, ShopCatalogue> = {
  velo: {
    notes: ["Mécaniciens diplômés, vélos classiques et à assistance électrique", "Devis gratuit avant toute pièce supplémentaire", "Vélo rendu le jour même dans la plupart des cas"],
    products: [
      service("Révision complète", 6900, repair, "Contrôle et réglage des freins, vitesses, roues et jeu de direction ; nettoyage de la transmission."),
      service("Réparation de crevaison", 1500, repair, "Démontage, réparation ou remplacement de la chambre à air (pièce en sus), remontage et gonflage."),
      service("Réglage des freins", 1800, repair, "Réglage des étriers ou des freins à disque et contrôle de l'usure des plaquettes."),
      service("Réglage des vitesses", 2000, repair, "Réglage des dérailleurs avant et arrière, contrôle de la patte et des câbles."),
      service("Entretien vélo à assistance électrique", 8900, repair, "Révision complète, diagnostic du moteur et de la batterie, mise à jour du logiciel si nécessaire.", { was: 9900 }),
      service("Dévoilage de roue", 2500, repair, "Remise en tension des rayons et dévoilage sur le banc, pour une roue."),
      service("Marquage antivol Bicycode", 1500, repair, "Gravure d'un numéro unique sur le cadre et inscription au fichier national des vélos marqués."),
      service("Remplacement de chaîne (main-d'œuvre)", 1500, repair, "Contrôle de l'usure de la cassette, dépose et pose de la chaîne neuve (pièce en sus)."),
      item("Chambre à air 700x35 valve presta", 790, "pieces-detachees", "Pour vélos de ville et gravel, valve presta de 48 mm.", { w: 130 }),
      item("Kit de réparation crevaison", 890, "pieces-detachees", "Rustines, colle, démonte-pneus et papier de verre dans une boîte de poche.", { w: 80 }),
      item("Éclairage LED avant et arrière rechargeable", 2990, "accessoires-velo", "Kit rechargeable en USB-C, quatre modes, 6 à 12 h d'autonomie, fixation sans outil.", { w: 180, cls: 1 }),
      item("Antivol en U avec support", 3990, "accessoires-velo", "Antivol en U en acier trempé de 16 mm, deux clés, support de cadre fourni.", { w: 1200, cls: 1, stock: 0 }),
    ],
  },
  formation: {
    notes: ["Formatrice et ancienne commerçante rochelaise", "Exemples tirés de vrais commerces de Charente-Maritime", "Questions par la conversation de commande, réponse sous 48 h"],
    products: [
      digital("Vendre en ligne quand on est commerçant (formation vidéo)", 14900, course, "Six modules vidéo pour ouvrir sa boutique en ligne, fixer ses prix et expédier sereinement. Accès à vie."),
      digital("Photographier ses produits au smartphone", 4900, course, "Lumière, fond, cadrage et retouche : des photos produits nettes et homogènes avec votre téléphone."),
      digital("Réseaux sociaux pour les commerces de proximité", 7900, course, "Instagram et Facebook pour faire venir du monde en boutique : calendrier, formats, publicités locales."),
      digital("Rédiger des fiches produits qui donnent envie", 3900, course, "Méthode et modèles pour écrire titres, descriptions courtes et détails qui répondent aux questions."),
      digital("Tenir la comptabilité de sa micro-entreprise", 5900, course, "Recettes, factures, déclarations : les bons gestes, avec des tableurs prêts à l'emploi."),
      digital("Pack trois formations du commerçant connecté", 19900, course, "Vendre en ligne, photo produit et réseaux sociaux réunis, mises à jour incluses.", { was: 23700 }),
      digital("Modèles d'affiches de vitrine à personnaliser", 1900, course, "Vingt modèles d'affiches et d'étiquettes prix en A4 et A3, à modifier dans un logiciel gratuit."),
      digital("Calendrier éditorial 2027 à imprimer (PDF)", 900, course, "Un an de dates clés du commerce et d'idées de publications, mois par mois.", { draft: true }),
      service("Coaching individuel d'une heure en visio", 6000, "ateliers-et-cours", "Une heure pour travailler votre boutique en ligne, vos photos ou vos réseaux. Rendez-vous fixé ensemble."),
      service("Atelier collectif à La Rochelle (demi-journée)", 9000, "ateliers-et-cours", "Atelier pratique de trois heures en petit groupe, huit personnes au plus, café offert.", { stock: 8 }),
      item("Cahier d'exercices imprimé : vendre en ligne", 1900, "livres", "120 pages d'exercices et de listes de contrôle pour accompagner la formation vidéo, reliure spirale.", { w: 450 }),
      item("Le petit guide du commerce local connecté", 2200, "livres", "180 pages de cas concrets de commerçants et de méthodes pas à pas.", { w: 380 }),
    ],
  },
  fromagerie: {
    notes: ["Affinage dans nos caves, sous la boutique", "Fromages au lait cru de producteurs fermiers", "Colis réfrigéré pour les envois postaux"],
    products: [
      item("Chabichou du Poitou AOP", 690, cheese, "Petit chèvre en bonde au lait cru, croûte fine et pâte dense, légèrement noisettée. Environ 150 g.", { w: 150 }),
      item("Mothais sur feuille", 590, cheese, "Chèvre des Deux-Sèvres affiné sur feuille de châtaignier, crémeux sous la croûte.", { w: 200 }),
      perKg("Comté AOP 18 mois", 3290, cheese, "À la coupe : notes de noisette et de beurre, cristaux croquants. Morceau d'environ 300 g."),
      perKg("Tomme de brebis des Pyrénées", 2890, cheese, "Pâte souple et parfumée, affinée quatre mois. Morceau d'environ 300 g."),
      item("Brie de Meaux AOP (part de 250 g)", 650, cheese, "Coupé à cœur dans une meule affinée à point : crémeux, arômes de sous-bois.", { w: 260 }),
      item("Camembert de Normandie AOP au lait cru", 490, cheese, "Moulé à la louche et affiné quatre semaines.", { w: 250 }),
      item("Roquefort AOP (200 g)", 590, cheese, "Persillé de brebis affiné dans les caves de Combalou, puissant et fondant.", { w: 200, stock: 0 }),
      item("Faisselle de chèvre fraîche", 290, cheese, "Fromage frais égoutté, à déguster salé ou sucré avec un filet de miel.", { w: 250 }),
      item("Beurre AOP Charentes-Poitou demi-sel (250 g)", 390, cheese, "Beurre de baratte aux cristaux de sel de l'île de Ré.", { w: 250, cls: 1 }),
      item("Crème fraîche épaisse (25 cl)", 320, cheese, "Crème crue épaisse d'une laiterie coopérative charentaise.", { w: 260, cls: 1 }),
      item("Plateau de fromages pour 6 personnes", 3900, cheese, "Cinq fromages affinés à point, présentés sur ardoise avec noix et confiture de figues.", { w: 1300 }),
      item("Coffret découverte : quatre fromages de l'Ouest", 2900, cheese, "Chabichou, Mothais, tomme de chèvre et tomme de vache charentaise, avec une fiche de dégustation.", { w: 900, was: 3300 }),
    ],
  },
  ceramique: {
    notes: ["Grès tourné et émaillé à la main dans notre atelier", "Chaque pièce est unique : teintes et dimensions varient légèrement", "Envoi en port dû, soigneusement emballé"],
    products: [
      item("Bol en grès émaillé bleu océan", 2800, ceramics, "Bol tourné de 14 cm, émail bleu profond qui coule sur les bords. Va au lave-vaisselle.", { w: 400 }),
      item("Tasse à café sans anse", 1800, ceramics, "Petite tasse de 10 cl en grès chamotté, émail blanc sel à l'intérieur.", { w: 150 }),
      item("Mug en grès « marais salants »", 2200, ceramics, "Mug de 30 cl, émail gris perle moucheté comme le sel des marais.", { w: 350 }),
      item("Assiette plate 27 cm", 3200, ceramics, "Assiette en grès au bord légèrement relevé, émail vert algue.", { w: 700, cls: 1 }),
      item("Service de quatre assiettes à dessert", 9900, ceramics, "Quatre assiettes de 20 cm aux émaux assortis : océan, sable, algue et écume.", { w: 1900, cls: 1, was: 11200 }),
      item("Saladier en grès (28 cm)", 6500, ceramics, "Grand saladier tourné, intérieur émaillé blanc, extérieur brut à la cendre.", { w: 1800, cls: 1 }),
      item("Théière en grès (1 L)", 8900, ceramics, "Théière avec filtre intégré et bec verseur qui ne goutte pas. Pièce signée.", { w: 1200, cls: 1, stock: 1 }),
      item("Pichet à eau", 4500, ceramics, "Pichet d'un litre, émail bleu nuit, bec pincé à la main.", { w: 1000, cls: 1 }),
      item("Vase soliflore", 2400, ceramics, "Petit vase de 15 cm pour une fleur ou une branche, émail craquelé.", { w: 300 }),
      item("Beurrier en grès", 3500, ceramics, "Beurrier à cloche pour garder le beurre demi-sel à bonne température.", { w: 600 }),
      item("Photophore ajouré", 2600, "bougies-et-senteurs", "Photophore percé à la main pour bougie chauffe-plat : de jolies ombres garanties.", { w: 450 }),
      service("Initiation au tour de potier (2 h)", 5500, "ateliers-et-cours", "Deux heures à l'atelier pour centrer la terre et tourner vos premiers bols ; cuisson comprise.", { stock: 6 }),
    ],
  },
  jouets: {
    notes: ["Jouets choisis pour durer, souvent fabriqués en France ou en Europe", "Conseils par âge en boutique et par message", "Emballage cadeau gratuit"],
    products: [
      item("Puzzle 1000 pièces : le Vieux-Port de La Rochelle", 2490, games, "Les tours du Vieux-Port au coucher du soleil, pièces en carton recyclé épais.", { w: 700 }),
      item("Toupie en bois de hêtre", 690, wood, "Toupie tournée dans du hêtre français, peinture à l'eau. Dès 3 ans.", { w: 60 }),
      item("Voilier en bois à faire naviguer", 3490, wood, "Coque en pin et voile en coton : il flotte vraiment. Dès 4 ans.", { w: 600, cls: 1 }),
      item("Planchettes de construction (200 pièces)", 3990, wood, "Planchettes en pin des Landes pour bâtir tours, ponts et châteaux. Dès 3 ans.", { w: 1600, cls: 1 }),
      item("Jeu de quilles en bois", 2990, "jeux-de-plein-air", "Six quilles peintes et deux boules, dans un sac en coton. Dès 2 ans.", { w: 1200, cls: 1 }),
      item("Dînette en bois avec légumes à découper", 4490, wood, "Légumes à scratch, couteau et planche en bois pour jouer au marché. Dès 3 ans.", { w: 1400, cls: 1, stock: 0 }),
      item("Peluche phoque tout doux", 1990, "eveil-et-peluches", "Peluche de 30 cm en coton bio, lavable en machine. Dès la naissance.", { w: 250 }),
      item("Hochet en bois et anneau de dentition", 1290, "eveil-et-peluches", "Hêtre non traité et anneau en caoutchouc naturel. Dès la naissance.", { w: 80 }),
      item("Loto des animaux de la mer", 1590, games, "Jeu d'observation et de vocabulaire pour les 3-6 ans, planches illustrées.", { w: 500 }),
      item("Jeu coopératif : les Pirates de l'île d'Aix", 2990, games, "Tous ensemble pour rapporter le trésor avant la marée haute. De 2 à 5 joueurs, dès 6 ans.", { w: 900 }),
      item("Cerf-volant pilotable deux lignes", 2490, "jeux-de-plein-air", "Cerf-volant acrobatique de 1,20 m, lignes et poignées fournies. Dès 8 ans.", { w: 400, cls: 1 }),
      item("Seau et pelle de plage en bioplastique", 990, "jeux-de-plein-air", "Seau, pelle, râteau et moule en plastique végétal, fabriqués en France.", { w: 300, was: 1190 }),
    ],
  },
  brulerie: {
    notes: ["Torréfaction chaque semaine sur le Vieux-Port", "Grains ou moulu selon votre cafetière"],
    products: [
      item("Café d'Éthiopie Sidamo en grains (250 g)", 990, "cafes-et-thes", "Café de spécialité aux notes florales et d'agrumes, torréfaction claire.", { w: 270, draft: true }),
      item("Assemblage maison « Vieux-Port » (1 kg)", 3290, "cafes-et-thes", "Brésil et Colombie, torréfaction moyenne : rond, chocolaté, pour l'espresso.", { w: 1050, draft: true }),
      item("Thé noir fumé Lapsang Souchong (100 g)", 890, "cafes-et-thes", "Thé noir fumé au bois de pin, notes boisées et de feu de camp.", { w: 120, draft: true }),
    ],
  },
};
