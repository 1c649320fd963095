-- Business models (docs/business-models.md, subscriptions and billing; ambassadors): plan billing (monthly or a fixed
-- term), commission on shipping, premium plans, billing charges (one per shop and period), shops
-- whose plan lapsed or closed, the sale counter taken under a lock for commission-free first
-- sales, VAT on fees, and the ambassador programme.
-- CreateEnum
CREATE TYPE "AmbassadorEntryType" AS ENUM ('AMBASSADOR_SHARE', 'AMBASSADOR_REVERSAL');

-- CreateEnum
CREATE TYPE "PlanBilling" AS ENUM ('MONTHLY', 'FIXED_TERM');

-- CreateEnum
CREATE TYPE "BillingChargeKind" AS ENUM ('MONTHLY_FEE', 'PRORATED_FEE', 'UPGRADE', 'RENT');

-- CreateEnum
CREATE TYPE "BillingChargeStatus" AS ENUM ('PENDING', 'PAID', 'CANCELLED');

-- CreateEnum
CREATE TYPE "BillingPaidWith" AS ENUM ('BALANCE', 'CARD');

-- AlterEnum
ALTER TYPE "LedgerEntryType" ADD VALUE 'FEE_VAT';

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "ShopStatus" ADD VALUE 'LAPSED';
ALTER TYPE "ShopStatus" ADD VALUE 'CLOSED';

-- AlterTable
ALTER TABLE "MarketplaceSettings" ADD COLUMN     "ambassadorCookieDays" INTEGER NOT NULL DEFAULT 30,
ADD COLUMN     "ambassadorShareBps" INTEGER NOT NULL DEFAULT 700,
ADD COLUMN     "ambassadorsEnabled" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "closedShopGraceMonths" INTEGER NOT NULL DEFAULT 3,
ADD COLUMN     "feesVatBps" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "paymentFeePassedOn" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "ambassadorId" TEXT;

-- AlterTable
ALTER TABLE "OrderLine" ADD COLUMN     "ambassadorShareAmount" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Plan" ADD COLUMN     "billing" "PlanBilling" NOT NULL DEFAULT 'MONTHLY',
ADD COLUMN     "commissionOnShipping" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "position" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "premium" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "presetKey" TEXT,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "Shop" ADD COLUMN     "dashboardClosesAt" TIMESTAMP(3),
ADD COLUMN     "paidSalesCount" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "ShopOrder" ADD COLUMN     "ambassadorShareAmount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "feesVatAmount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "saleNumber" INTEGER,
ADD COLUMN     "shippingCommissionAmount" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Subscription" ADD COLUMN     "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "nextPlanId" TEXT,
ADD COLUMN     "reminder1SentAt" TIMESTAMP(3),
ADD COLUMN     "reminder7SentAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "Ambassador" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Ambassador_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AmbassadorClick" (
    "id" TEXT NOT NULL,
    "ambassadorId" TEXT NOT NULL,
    "productId" TEXT,
    "shopId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AmbassadorClick_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AmbassadorEntry" (
    "id" TEXT NOT NULL,
    "ambassadorId" TEXT NOT NULL,
    "shopOrderId" TEXT NOT NULL,
    "orderLineId" TEXT,
    "type" "AmbassadorEntryType" NOT NULL,
    "amount" INTEGER NOT NULL,
    "currency" TEXT NOT NULL DEFAULT 'EUR',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AmbassadorEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BillingCharge" (
    "id" TEXT NOT NULL,
    "shopId" TEXT NOT NULL,
    "subscriptionId" TEXT,
    "planId" TEXT NOT NULL,
    "kind" "BillingChargeKind" NOT NULL,
    "periodKey" TEXT NOT NULL,
    "periodStart" TIMESTAMP(3) NOT NULL,
    "periodEnd" TIMESTAMP(3) NOT NULL,
    "amountExclVat" INTEGER NOT NULL,
    "vatRateBps" INTEGER NOT NULL DEFAULT 0,
    "vatAmount" INTEGER NOT NULL DEFAULT 0,
    "totalAmount" INTEGER NOT NULL,
    "currency" TEXT NOT NULL DEFAULT 'EUR',
    "status" "BillingChargeStatus" NOT NULL DEFAULT 'PAID',
    "paidWith" "BillingPaidWith" NOT NULL DEFAULT 'BALANCE',
    "paymentProvider" TEXT,
    "paymentReference" TEXT,
    "ledgerEntryId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BillingCharge_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Ambassador_userId_key" ON "Ambassador"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Ambassador_code_key" ON "Ambassador"("code");

-- CreateIndex
CREATE INDEX "AmbassadorClick_ambassadorId_createdAt_idx" ON "AmbassadorClick"("ambassadorId", "createdAt");

-- CreateIndex
CREATE INDEX "AmbassadorEntry_ambassadorId_createdAt_idx" ON "AmbassadorEntry"("ambassadorId", "createdAt");

-- CreateIndex
CREATE INDEX "AmbassadorEntry_shopOrderId_idx" ON "AmbassadorEntry"("shopOrderId");

-- CreateIndex
CREATE UNIQUE INDEX "BillingCharge_paymentReference_key" ON "BillingCharge"("paymentReference");

-- CreateIndex
CREATE UNIQUE INDEX "BillingCharge_ledgerEntryId_key" ON "BillingCharge"("ledgerEntryId");

-- CreateIndex
CREATE INDEX "BillingCharge_createdAt_idx" ON "BillingCharge"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "BillingCharge_shopId_periodKey_key" ON "BillingCharge"("shopId", "periodKey");

-- CreateIndex
CREATE INDEX "Subscription_status_endsAt_idx" ON "Subscription"("status", "endsAt");

-- AddForeignKey
ALTER TABLE "Ambassador" ADD CONSTRAINT "Ambassador_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AmbassadorClick" ADD CONSTRAINT "AmbassadorClick_ambassadorId_fkey" FOREIGN KEY ("ambassadorId") REFERENCES "Ambassador"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AmbassadorEntry" ADD CONSTRAINT "AmbassadorEntry_ambassadorId_fkey" FOREIGN KEY ("ambassadorId") REFERENCES "Ambassador"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AmbassadorEntry" ADD CONSTRAINT "AmbassadorEntry_shopOrderId_fkey" FOREIGN KEY ("shopOrderId") REFERENCES "ShopOrder"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_ambassadorId_fkey" FOREIGN KEY ("ambassadorId") REFERENCES "Ambassador"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Subscription" ADD CONSTRAINT "Subscription_nextPlanId_fkey" FOREIGN KEY ("nextPlanId") REFERENCES "Plan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BillingCharge" ADD CONSTRAINT "BillingCharge_shopId_fkey" FOREIGN KEY ("shopId") REFERENCES "Shop"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BillingCharge" ADD CONSTRAINT "BillingCharge_subscriptionId_fkey" FOREIGN KEY ("subscriptionId") REFERENCES "Subscription"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BillingCharge" ADD CONSTRAINT "BillingCharge_planId_fkey" FOREIGN KEY ("planId") REFERENCES "Plan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- The sales each shop already had count towards its commission-free first sales.
UPDATE "Shop" s SET "paidSalesCount" = c.n
FROM (SELECT "shopId", count(*)::int AS n FROM "ShopOrder" WHERE status <> 'AWAITING_PAYMENT' GROUP BY "shopId") c
WHERE c."shopId" = s.id;
UPDATE "ShopOrder" SET "saleNumber" = n FROM (
  SELECT id, row_number() OVER (PARTITION BY "shopId" ORDER BY "createdAt", id)::int AS n
  FROM "ShopOrder" WHERE status <> 'AWAITING_PAYMENT'
) numbered WHERE numbered.id = "ShopOrder".id;
