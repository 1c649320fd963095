-- CreateEnum
CREATE TYPE "LegalEntityType" AS ENUM ('INDIVIDUAL', 'COMPANY');

-- CreateEnum
CREATE TYPE "EmailStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- AlterEnum
ALTER TYPE "ShopStatus" ADD VALUE 'DRAFT';

-- AlterTable
ALTER TABLE "Shop" ADD COLUMN     "changesRequestedMessage" TEXT,
ADD COLUMN     "identityDocumentKey" TEXT,
ADD COLUMN     "identityDocumentName" TEXT,
ADD COLUMN     "identityDocumentType" TEXT,
ADD COLUMN     "legalName" TEXT,
ADD COLUMN     "legalType" "LegalEntityType",
ADD COLUMN     "onboardingStep" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "payoutHolderName" TEXT,
ADD COLUMN     "payoutIban" TEXT,
ADD COLUMN     "registrationNumber" TEXT,
ADD COLUMN     "reviewPending" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "stripeAccountId" TEXT,
ADD COLUMN     "submittedAt" TIMESTAMP(3),
ADD COLUMN     "vatNumber" TEXT,
ALTER COLUMN "addressLine" DROP NOT NULL,
ALTER COLUMN "postalCode" DROP NOT NULL,
ALTER COLUMN "city" DROP NOT NULL,
ALTER COLUMN "latitude" DROP NOT NULL,
ALTER COLUMN "longitude" DROP NOT NULL;

-- CreateTable
CREATE TABLE "EmailMessage" (
    "id" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'fr',
    "template" TEXT NOT NULL,
    "data" JSONB NOT NULL DEFAULT '{}',
    "subject" TEXT,
    "text" TEXT,
    "html" TEXT,
    "status" "EmailStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EmailMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContactRequest" (
    "id" TEXT NOT NULL,
    "shopId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContactRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EmailMessage_status_createdAt_idx" ON "EmailMessage"("status", "createdAt");

-- CreateIndex
CREATE INDEX "EmailMessage_to_createdAt_idx" ON "EmailMessage"("to", "createdAt");

-- CreateIndex
CREATE INDEX "ContactRequest_ip_createdAt_idx" ON "ContactRequest"("ip", "createdAt");

-- CreateIndex
CREATE INDEX "ContactRequest_shopId_createdAt_idx" ON "ContactRequest"("shopId", "createdAt");

-- AddForeignKey
ALTER TABLE "ContactRequest" ADD CONSTRAINT "ContactRequest_shopId_fkey" FOREIGN KEY ("shopId") REFERENCES "Shop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

