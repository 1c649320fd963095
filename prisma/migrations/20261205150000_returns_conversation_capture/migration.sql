-- Returns (ReturnRequest, states RETURN_ACCEPTED, RETURN_REFUSED, ESCALATED), the conversation of
-- each ShopOrder (OrderMessage, OrderAttachment, ConversationRead), capture on acceptance
-- (CaptureMode, Order's authorization and capture), business buyers, estimated-price lines' final
-- amount and the refund retry's backoff. See docs/domain.md.

-- CreateEnum
CREATE TYPE "ReturnKind" AS ENUM ('WITHDRAWAL', 'PROBLEM');

-- CreateEnum
CREATE TYPE "ReturnDecision" AS ENUM ('REFUND_ALL', 'REFUND_PART', 'SIDE_WITH_VENDOR');

-- CreateEnum
CREATE TYPE "CaptureMode" AS ENUM ('AT_CHECKOUT', 'ON_ACCEPTANCE');

-- AlterEnum
-- (The new values are not used in this migration, so adding them inside its transaction is fine.)


ALTER TYPE "ShopOrderStatus" ADD VALUE 'RETURN_ACCEPTED';
ALTER TYPE "ShopOrderStatus" ADD VALUE 'RETURN_REFUSED';
ALTER TYPE "ShopOrderStatus" ADD VALUE 'ESCALATED';

-- AlterTable
ALTER TABLE "MarketplaceSettings" ADD COLUMN     "captureMode" "CaptureMode" NOT NULL DEFAULT 'AT_CHECKOUT',
ADD COLUMN     "estimatedPriceMarginBps" INTEGER NOT NULL DEFAULT 1000;

-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "authorizationExpiresAt" TIMESTAMP(3),
ADD COLUMN     "authorizationReleasedAt" TIMESTAMP(3),
ADD COLUMN     "buyerCompanyName" TEXT,
ADD COLUMN     "buyerIsBusiness" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "buyerVatNumber" TEXT,
ADD COLUMN     "captureMode" "CaptureMode" NOT NULL DEFAULT 'AT_CHECKOUT',
ADD COLUMN     "capturedAmount" INTEGER,
ADD COLUMN     "capturedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "OrderLine" ADD COLUMN     "finalLineAmount" INTEGER;

-- AlterTable
ALTER TABLE "Refund" ADD COLUMN     "nextAttemptAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "ShopOrder" ADD COLUMN     "escalatedAt" TIMESTAMP(3),
ADD COLUMN     "lastMessageAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "companyName" TEXT,
ADD COLUMN     "isBusiness" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "vatNumber" TEXT;

-- CreateTable
CREATE TABLE "ReturnRequest" (
    "id" TEXT NOT NULL,
    "shopOrderId" TEXT NOT NULL,
    "kind" "ReturnKind" NOT NULL,
    "reason" TEXT NOT NULL,
    "instructions" TEXT,
    "refusalReason" TEXT,
    "escalatedAt" TIMESTAMP(3),
    "escalationNote" TEXT,
    "decision" "ReturnDecision",
    "decisionNote" TEXT,
    "decidedAt" TIMESTAMP(3),
    "decidedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReturnRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrderMessage" (
    "id" TEXT NOT NULL,
    "shopOrderId" TEXT NOT NULL,
    "authorId" TEXT,
    "authorKind" "ActorKind" NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OrderMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrderAttachment" (
    "id" TEXT NOT NULL,
    "shopOrderId" TEXT NOT NULL,
    "messageId" TEXT,
    "returnRequestId" TEXT,
    "storageKey" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "uploadedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OrderAttachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConversationRead" (
    "shopOrderId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "lastReadAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConversationRead_pkey" PRIMARY KEY ("shopOrderId","userId")
);

-- CreateIndex
CREATE UNIQUE INDEX "ReturnRequest_shopOrderId_key" ON "ReturnRequest"("shopOrderId");

-- CreateIndex
CREATE INDEX "OrderMessage_shopOrderId_createdAt_idx" ON "OrderMessage"("shopOrderId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "OrderAttachment_storageKey_key" ON "OrderAttachment"("storageKey");

-- CreateIndex
CREATE INDEX "OrderAttachment_shopOrderId_idx" ON "OrderAttachment"("shopOrderId");

-- CreateIndex
CREATE INDEX "OrderAttachment_messageId_idx" ON "OrderAttachment"("messageId");

-- CreateIndex
CREATE INDEX "OrderAttachment_returnRequestId_idx" ON "OrderAttachment"("returnRequestId");

-- CreateIndex
CREATE INDEX "ConversationRead_userId_idx" ON "ConversationRead"("userId");

-- CreateIndex
CREATE INDEX "Order_captureMode_capturedAt_authorizationExpiresAt_idx" ON "Order"("captureMode", "capturedAt", "authorizationExpiresAt");

-- AddForeignKey
ALTER TABLE "ReturnRequest" ADD CONSTRAINT "ReturnRequest_shopOrderId_fkey" FOREIGN KEY ("shopOrderId") REFERENCES "ShopOrder"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderMessage" ADD CONSTRAINT "OrderMessage_shopOrderId_fkey" FOREIGN KEY ("shopOrderId") REFERENCES "ShopOrder"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderMessage" ADD CONSTRAINT "OrderMessage_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderAttachment" ADD CONSTRAINT "OrderAttachment_shopOrderId_fkey" FOREIGN KEY ("shopOrderId") REFERENCES "ShopOrder"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderAttachment" ADD CONSTRAINT "OrderAttachment_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "OrderMessage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderAttachment" ADD CONSTRAINT "OrderAttachment_returnRequestId_fkey" FOREIGN KEY ("returnRequestId") REFERENCES "ReturnRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConversationRead" ADD CONSTRAINT "ConversationRead_shopOrderId_fkey" FOREIGN KEY ("shopOrderId") REFERENCES "ShopOrder"("id") ON DELETE CASCADE ON UPDATE CASCADE;

