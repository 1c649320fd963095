-- CreateEnum
CREATE TYPE "ActorKind" AS ENUM ('SHOPPER', 'VENDOR', 'OPERATOR', 'JOB');

-- CreateEnum
CREATE TYPE "RefundStatus" AS ENUM ('PENDING', 'SUCCEEDED', 'FAILED');

-- AlterTable
ALTER TABLE "MarketplaceSettings" ADD COLUMN     "holidayCountry" TEXT NOT NULL DEFAULT 'FR',
ADD COLUMN     "returnWindowDays" INTEGER NOT NULL DEFAULT 14,
ADD COLUMN     "shipDeadlineBusinessDays" INTEGER NOT NULL DEFAULT 2,
ADD COLUMN     "trackingRequiredForPost" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "ShopOrder" ADD COLUMN     "acceptBy" TIMESTAMP(3),
ADD COLUMN     "acceptanceRemindedAt" TIMESTAMP(3),
ADD COLUMN     "autoConfirmAt" TIMESTAMP(3),
ADD COLUMN     "availabilityNote" TEXT,
ADD COLUMN     "carrier" TEXT,
ADD COLUMN     "deliveredAt" TIMESTAMP(3),
ADD COLUMN     "lateFlaggedAt" TIMESTAMP(3),
ADD COLUMN     "pickupCode" TEXT,
ADD COLUMN     "refundedAmount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "remindAt" TIMESTAMP(3),
ADD COLUMN     "returnBy" TIMESTAMP(3),
ADD COLUMN     "shipBy" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "ShopOrderEvent" (
    "id" TEXT NOT NULL,
    "shopOrderId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "fromStatus" "ShopOrderStatus",
    "toStatus" "ShopOrderStatus",
    "actorId" TEXT,
    "actorKind" "ActorKind" NOT NULL,
    "reason" TEXT,
    "data" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ShopOrderEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Refund" (
    "id" TEXT NOT NULL,
    "shopOrderId" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,
    "currency" TEXT NOT NULL DEFAULT 'EUR',
    "reason" TEXT,
    "status" "RefundStatus" NOT NULL DEFAULT 'PENDING',
    "providerReference" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processedAt" TIMESTAMP(3),

    CONSTRAINT "Refund_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ShopOrderEvent_shopOrderId_createdAt_idx" ON "ShopOrderEvent"("shopOrderId", "createdAt");

-- CreateIndex
CREATE INDEX "Refund_status_createdAt_idx" ON "Refund"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Refund_shopOrderId_idx" ON "Refund"("shopOrderId");

-- CreateIndex
CREATE INDEX "ShopOrder_status_acceptBy_idx" ON "ShopOrder"("status", "acceptBy");

-- CreateIndex
CREATE INDEX "ShopOrder_status_remindAt_idx" ON "ShopOrder"("status", "remindAt");

-- CreateIndex
CREATE INDEX "ShopOrder_status_shipBy_idx" ON "ShopOrder"("status", "shipBy");

-- CreateIndex
CREATE INDEX "ShopOrder_status_autoConfirmAt_idx" ON "ShopOrder"("status", "autoConfirmAt");

-- AddForeignKey
ALTER TABLE "ShopOrderEvent" ADD CONSTRAINT "ShopOrderEvent_shopOrderId_fkey" FOREIGN KEY ("shopOrderId") REFERENCES "ShopOrder"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Refund" ADD CONSTRAINT "Refund_shopOrderId_fkey" FOREIGN KEY ("shopOrderId") REFERENCES "ShopOrder"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

