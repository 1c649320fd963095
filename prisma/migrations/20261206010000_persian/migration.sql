-- Persian (docs/i18n.md): prices in toman where the marketplace says so; amounts stay in rials.
ALTER TABLE "MarketplaceSettings" ADD COLUMN "tomanDisplay" BOOLEAN NOT NULL DEFAULT false;
