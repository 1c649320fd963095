-- Orders placed in the visible test mode (docs/security.md, production mode and configuration)
ALTER TABLE "Order" ADD COLUMN "testMode" BOOLEAN NOT NULL DEFAULT false;
