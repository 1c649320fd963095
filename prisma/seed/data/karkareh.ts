// The Karkareh demo (HALLE_DEMO=karkareh, docs/i18n.md): an online bazaar of traditional shops in
// Iran, in Persian, prices in Iranian rials (shown in toman). Shops, categories and products are
// written in Persian by hand; slugs stay Latin so addresses are easy to share.
import { week, type OpeningHours } from "./shop-types";

export type KarkarehCategory = {
  slug: string;
  names: { fa: string; en: string; fr: string };
  children: { slug: string; names: { fa: string; en: string; fr: string } }[];
};

const n = (fa: string, en: string, fr: string) => ({ fa, en, fr });

export const KARKAREH_CATEGORIES: KarkarehCategory[] = [
  {
    slug: "handicrafts",
    names: n("صنایع دستی", "Handicrafts", "Artisanat"),
    children: [
      { slug: "metalwork", names: n("قلم‌زنی و مس", "Metalwork and copper", "Dinanderie et cuivre") },
      { slug: "enamel", names: n("میناکاری", "Enamel", "Émail") },
      { slug: "pottery", names: n("سفال و سرامیک", "Pottery and ceramics", "Poterie et céramique") },
      { slug: "khatam", names: n("خاتم‌کاری", "Khatam marquetry", "Marqueterie khatam") },
    ],
  },
  {
    slug: "textiles",
    names: n("فرش و پارچه", "Carpets and textiles", "Tapis et textiles"),
    children: [
      { slug: "kilims", names: n("گلیم و گبه", "Kilims and gabbehs", "Kilims et gabbehs") },
      { slug: "termeh", names: n("ترمه", "Termeh", "Termeh") },
    ],
  },
  {
    slug: "food",
    names: n("خوراکی", "Food", "Alimentation"),
    children: [
      { slug: "saffron-spices", names: n("زعفران و ادویه", "Saffron and spices", "Safran et épices") },
      { slug: "sweets", names: n("شیرینی سنتی", "Traditional sweets", "Douceurs traditionnelles") },
      { slug: "nuts", names: n("آجیل و خشکبار", "Nuts and dried fruit", "Fruits secs") },
    ],
  },
  {
    slug: "books",
    names: n("کتاب و خوشنویسی", "Books and calligraphy", "Livres et calligraphie"),
    children: [{ slug: "calligraphy", names: n("خوشنویسی", "Calligraphy", "Calligraphie") }],
  },
];

export type KarkarehProduct = {
  slug: string;
  title: string;
  short: string;
  /** Markdown, in Persian */
  description: string;
  /** Iranian rials (the currency has no minor unit) */
  price: number;
  category: string;
  stock: number;
  weight: number;
};

export type KarkarehShop = {
  key: string;
  slug: string;
  name: string;
  trade: string;
  /** who owns it: the demo vendor, or a vendor account `<key>@halle.test` with this name */
  owner: "vendor" | string;
  addressLine: string;
  postalCode: string;
  city: string;
  latitude: number;
  longitude: number;
  description: string;
  phone: string;
  email: string;
  openingHours: OpeningHours;
  joinedDaysAgo: number;
  products: KarkarehProduct[];
};

// Bazaar hours: mornings and late afternoons, closed on Friday (Monday first).
const BAZAAR = week(
  "09:00-13:00 16:00-20:00",
  "09:00-13:00 16:00-20:00",
  "09:00-13:00 16:00-20:00",
  "09:00-13:00 16:00-20:00",
  "09:00-13:00",
  "",
  "09:00-13:00 16:00-20:00",
);

export const KARKAREH_SHOPS: KarkarehShop[] = [
  {
    key: "mesgari",
    slug: "mesgari-naqsh-e-jahan",
    name: "مسگری نقش جهان",
    trade: "قلم‌زنی و ظروف مسی",
    owner: "vendor",
    addressLine: "بازار قیصریه، راسته مسگرها، پلاک ۱۲",
    postalCode: "8134985111",
    city: "اصفهان",
    latitude: 32.6612,
    longitude: 51.6779,
    description:
      "سه نسل است که در راسته مسگرهای بازار اصفهان مس را چکش می‌زنیم. هر ظرف با دست شکل می‌گیرد و نقش‌هایش با قلم روی فلز کنده می‌شود؛ سفارش نقش و اندازه دلخواه هم می‌پذیریم.",
    phone: "+98 31 3222 4510",
    email: "salam@mesgari-naqsh.test",
    openingHours: BAZAAR,
    joinedDaysAgo: 380,
    products: [
      {
        slug: "kaseh-mesi-ghalamzani",
        title: "کاسه مسی قلم‌زنی شده",
        short: "کاسه مس خالص با نقش اسلیمی، قطر ۱۸ سانتی‌متر، داخل قلع‌اندود.",
        description:
          "کاسه‌ای از مس خالص که با چکش شکل گرفته و نقش اسلیمی آن با قلم کنده شده است.\n\n- داخل کاسه قلع‌اندود است و برای خوراکی مناسب است\n- قطر ۱۸ و ارتفاع ۸ سانتی‌متر\n- برای براق ماندن، با آب‌لیمو و نمک بشویید",
        price: 18_500_000,
        category: "metalwork",
        stock: 7,
        weight: 650,
      },
      {
        slug: "sini-mesi-bozorg",
        title: "سینی مسی بزرگ",
        short: "سینی گرد مسی با نقش شکارگاه، قطر ۴۵ سانتی‌متر.",
        description:
          "سینی بزرگ مسی با نقش شکارگاه به سبک صفوی، کار دست استاد رضایی.\n\n- قطر ۴۵ سانتی‌متر\n- مناسب پذیرایی یا آویز دیوار",
        price: 42_000_000,
        category: "metalwork",
        stock: 3,
        weight: 1800,
      },
      {
        slug: "ghandan-mesi",
        title: "قندان مسی درب‌دار",
        short: "قندان کوچک مسی با درپوش و دستگیره برنجی.",
        description: "قندانی کوچک برای سفره چای، با درپوش قلم‌زنی شده و دستگیره برنجی.",
        price: 9_800_000,
        category: "metalwork",
        stock: 12,
        weight: 400,
      },
      {
        slug: "goldan-minakari",
        title: "گلدان میناکاری فیروزه‌ای",
        short: "گلدان مسی با لعاب مینا، رنگ فیروزه‌ای و نقش گل و مرغ.",
        description:
          "گلدان مسی که با لعاب مینا پوشانده و در کوره پخته شده است. نقش گل و مرغ با قلم‌موی ظریف کشیده شده.\n\n- ارتفاع ۲۰ سانتی‌متر\n- هر قطعه یکتاست و رنگ‌ها کمی با عکس تفاوت دارند",
        price: 35_000_000,
        category: "enamel",
        stock: 4,
        weight: 700,
      },
      {
        slug: "boshghab-minakari",
        title: "بشقاب میناکاری دیواری",
        short: "بشقاب تزئینی میناکاری با پایه، قطر ۲۰ سانتی‌متر.",
        description: "بشقاب تزئینی میناکاری برای دیوار یا ویترین، همراه با پایه چوبی.",
        price: 24_000_000,
        category: "enamel",
        stock: 6,
        weight: 500,
      },
    ],
  },
  {
    key: "zaferan",
    slug: "zaferan-va-advieh-tajrish",
    name: "عطاری و زعفران تجریش",
    trade: "زعفران، ادویه و گیاهان دارویی",
    owner: "vendor",
    addressLine: "بازار تجریش، دالان عطارها، پلاک ۴",
    postalCode: "1964734511",
    city: "تهران",
    latitude: 35.8052,
    longitude: 51.4262,
    description:
      "زعفران را مستقیم از کشاورزان تربت‌حیدریه می‌خریم و ادویه‌ها را هر هفته خودمان آسیاب می‌کنیم. همه بسته‌ها در همان روز سفارش بسته‌بندی می‌شوند.",
    phone: "+98 21 2271 3090",
    email: "salam@zaferan-tajrish.test",
    openingHours: BAZAAR,
    joinedDaysAgo: 260,
    products: [
      {
        slug: "zaferan-sargol-yek-mesghal",
        title: "زعفران سرگل یک مثقالی",
        short: "زعفران سرگل درجه یک از تربت‌حیدریه، یک مثقال (۴٫۶ گرم) در قوطی فلزی.",
        description:
          "زعفران سرگل، تنها کلاله قرمز گل زعفران، از برداشت امسال.\n\n- وزن: یک مثقال (۴٫۶ گرم)\n- در قوطی فلزی دربسته، دور از نور نگه دارید\n- برای دم کردن، چند رشته را با یک حبه یخ بسایید",
        price: 6_900_000,
        category: "saffron-spices",
        stock: 40,
        weight: 30,
      },
      {
        slug: "advieh-polo",
        title: "ادویه پلویی خانگی",
        short: "مخلوط دارچین، هل، گل محمدی و زیره، ۱۰۰ گرم.",
        description: "ادویه پلویی که هر هفته با دستور خانوادگی آسیاب می‌کنیم؛ برای عدس‌پلو و زرشک‌پلو.",
        price: 1_250_000,
        category: "saffron-spices",
        stock: 55,
        weight: 120,
      },
      {
        slug: "gol-mohammadi-khoshk",
        title: "گل محمدی خشک کاشان",
        short: "غنچه گل محمدی خشک از گلاب‌گیری قمصر، ۵۰ گرم.",
        description: "غنچه‌های گل محمدی قمصر کاشان که در سایه خشک شده‌اند؛ برای دمنوش و تزئین شیرینی.",
        price: 980_000,
        category: "saffron-spices",
        stock: 30,
        weight: 70,
      },
      {
        slug: "pesteh-akbari",
        title: "پسته اکبری شور",
        short: "پسته اکبری رفسنجان، برشته و کم‌نمک، ۵۰۰ گرم.",
        description: "پسته اکبری درشت از باغ‌های رفسنجان که همین هفته برشته شده است.",
        price: 8_400_000,
        category: "nuts",
        stock: 25,
        weight: 520,
      },
      {
        slug: "chai-lahijan",
        title: "چای سیاه لاهیجان",
        short: "چای سیاه بهاره قلم درجه یک از باغ‌های لاهیجان، ۴۵۰ گرم.",
        description: "چای بهاره‌ای که برگ‌هایش در اردیبهشت چیده شده است؛ رنگ روشن و عطر ملایم دارد.",
        price: 3_600_000,
        category: "saffron-spices",
        stock: 35,
        weight: 480,
      },
    ],
  },
  {
    key: "sofal",
    slug: "sofal-e-lalejin",
    name: "سفال لالجین",
    trade: "سفال و سرامیک دست‌ساز",
    owner: "Maryam Ahmadi",
    addressLine: "بازار وکیل، سرای مشیر، حجره ۷",
    postalCode: "7134838111",
    city: "شیراز",
    latitude: 29.6158,
    longitude: 52.5431,
    description:
      "ظروف سفالی لالجین همدان که با لعاب فیروزه‌ای و نقش‌های قدیمی پخته می‌شوند. هر ظرف را پیش از ارسال در کاغذ و کارتن دولایه می‌پیچیم.",
    phone: "+98 71 3224 6618",
    email: "salam@sofal-lalejin.test",
    openingHours: BAZAAR,
    joinedDaysAgo: 190,
    products: [
      {
        slug: "kuzeh-firoozei",
        title: "کوزه سفالی فیروزه‌ای",
        short: "کوزه لعاب‌دار فیروزه‌ای، ارتفاع ۲۵ سانتی‌متر، کار لالجین.",
        description: "کوزه‌ای با لعاب فیروزه‌ای براق که آب را خنک نگه می‌دارد؛ ارتفاع ۲۵ سانتی‌متر.",
        price: 7_500_000,
        category: "pottery",
        stock: 9,
        weight: 1400,
      },
      {
        slug: "bashgab-sofali-naghsh-mahi",
        title: "بشقاب سفالی نقش ماهی",
        short: "بشقاب سرامیکی با نقش ماهی، قطر ۲۶ سانتی‌متر.",
        description: "بشقاب سرامیکی با نقش سه ماهی به سبک سفال‌های نیشابور؛ مناسب سفره یا دیوار.",
        price: 5_200_000,
        category: "pottery",
        stock: 14,
        weight: 900,
      },
      {
        slug: "fenjan-sofali",
        title: "فنجان سفالی دسته‌دار (جفت)",
        short: "دو فنجان سفالی با لعاب لاجوردی، ۲۰۰ میلی‌لیتر.",
        description: "جفت فنجان سفالی لعاب‌دار، مناسب چای و قهوه؛ در ماشین ظرف‌شویی نشویید.",
        price: 4_300_000,
        category: "pottery",
        stock: 20,
        weight: 600,
      },
      {
        slug: "gabbeh-ghashghaei",
        title: "گبه دستباف قشقایی",
        short: "گبه پشمی با رنگ‌های گیاهی، ۱۰۰ × ۱۵۰ سانتی‌متر.",
        description:
          "گبه‌ای که زنان قشقایی با پشم گوسفند و رنگ‌های گیاهی بافته‌اند.\n\n- اندازه ۱۰۰ × ۱۵۰ سانتی‌متر\n- هر گبه نقشی یکتا دارد",
        price: 185_000_000,
        category: "kilims",
        stock: 2,
        weight: 6000,
      },
    ],
  },
  {
    key: "termeh",
    slug: "termeh-yazd",
    name: "ترمه‌سرای یزد",
    trade: "ترمه و پارچه دستباف",
    owner: "Reza Karimi",
    addressLine: "بازار خان، راسته پارچه‌فروشان، پلاک ۳۱",
    postalCode: "8915813511",
    city: "یزد",
    latitude: 31.8986,
    longitude: 54.3689,
    description:
      "ترمه یزد را از کارگاه‌های کوچک شهر می‌آوریم: سفره، رومیزی و کیف با نقش بته‌جقه. برای هدیه، بسته‌بندی پارچه‌ای رایگان است.",
    phone: "+98 35 3626 4402",
    email: "salam@termeh-yazd.test",
    openingHours: BAZAAR,
    joinedDaysAgo: 150,
    products: [
      {
        slug: "sofreh-termeh",
        title: "سفره ترمه بته‌جقه",
        short: "سفره ترمه زرشکی با نقش بته‌جقه، ۱۴۰ × ۱۴۰ سانتی‌متر.",
        description: "سفره ترمه‌ای برای هفت‌سین و مهمانی، با حاشیه دوخته و نقش بته‌جقه.",
        price: 28_000_000,
        category: "termeh",
        stock: 8,
        weight: 900,
      },
      {
        slug: "rumizi-termeh",
        title: "رومیزی ترمه کوچک",
        short: "رومیزی ترمه سرمه‌ای، ۵۰ × ۵۰ سانتی‌متر.",
        description: "رومیزی کوچک ترمه برای میز کنار مبل یا زیر گلدان.",
        price: 6_800_000,
        category: "termeh",
        stock: 15,
        weight: 200,
      },
      {
        slug: "kif-termeh",
        title: "کیف پول ترمه",
        short: "کیف پول زیپ‌دار با رویه ترمه و آستر ساتن.",
        description: "کیف پول کوچک با رویه ترمه و آستر ساتن؛ هدیه‌ای سبک و یادگاری از یزد.",
        price: 2_900_000,
        category: "termeh",
        stock: 30,
        weight: 80,
      },
      {
        slug: "baghlava-yazdi",
        title: "باقلوای یزدی",
        short: "باقلوای بادامی و پسته‌ای با گلاب، جعبه ۵۰۰ گرمی.",
        description: "باقلوای تازه یزد با مغز بادام و پسته و عطر گلاب؛ تا دو هفته تازه می‌ماند.",
        price: 4_800_000,
        category: "sweets",
        stock: 18,
        weight: 600,
      },
      {
        slug: "ghottab",
        title: "قطاب یزدی",
        short: "قطاب با مغز گردو و هل، جعبه ۵۰۰ گرمی.",
        description: "قطاب سنتی یزد با خمیر ترد، مغز گردو و هل، غلتیده در پودر قند.",
        price: 3_900_000,
        category: "sweets",
        stock: 22,
        weight: 600,
      },
    ],
  },
  {
    key: "khatam",
    slug: "khatam-tabriz",
    name: "خاتم و خوشنویسی تبریز",
    trade: "خاتم‌کاری و خوشنویسی",
    owner: "Ali Rahimi",
    addressLine: "بازار تبریز، تیمچه امیر، حجره ۱۸",
    postalCode: "5137739111",
    city: "تبریز",
    latitude: 38.0805,
    longitude: 46.2916,
    description:
      "قاب‌ها و جعبه‌های خاتم، و قطعه‌های خوشنویسی نستعلیق که در همین حجره نوشته می‌شوند. نوشتن شعر یا نام دلخواه را هم سفارش می‌گیریم.",
    phone: "+98 41 3552 7781",
    email: "salam@khatam-tabriz.test",
    openingHours: BAZAAR,
    joinedDaysAgo: 95,
    products: [
      {
        slug: "jabeh-khatam",
        title: "جعبه جواهر خاتم",
        short: "جعبه خاتم با آستر مخمل، ۱۵ × ۱۰ سانتی‌متر.",
        description: "جعبه‌ای با روکش خاتم از استخوان، برنج و چوب‌های رنگی، با آستر مخمل سرخ.",
        price: 16_500_000,
        category: "khatam",
        stock: 6,
        weight: 450,
      },
      {
        slug: "ghab-aks-khatam",
        title: "قاب عکس خاتم",
        short: "قاب عکس رومیزی خاتم برای عکس ۱۳ × ۱۸.",
        description: "قاب عکس رومیزی با حاشیه خاتم‌کاری و پایه پشت.",
        price: 11_000_000,
        category: "khatam",
        stock: 10,
        weight: 350,
      },
      {
        slug: "tablo-nastaliq",
        title: "تابلو خوشنویسی نستعلیق",
        short: "بیتی از حافظ به خط نستعلیق، روی کاغذ دست‌ساز با قاب چوبی.",
        description:
          "بیتی از حافظ که با مرکب سنتی روی کاغذ آهارمهره نوشته شده است.\n\n- اندازه ۳۰ × ۴۰ سانتی‌متر\n- می‌توانید شعر دیگری را در پیام سفارش بنویسید",
        price: 22_000_000,
        category: "calligraphy",
        stock: 5,
        weight: 900,
      },
      {
        slug: "divan-hafez-nafis",
        title: "دیوان حافظ نفیس",
        short: "دیوان حافظ با جلد چرمی و تذهیب، چاپ وزیری.",
        description: "دیوان حافظ به تصحیح قزوینی و غنی، با جلد چرمی، تذهیب و قاب مقوایی.",
        price: 14_500_000,
        category: "calligraphy",
        stock: 12,
        weight: 1200,
      },
    ],
  },
];
