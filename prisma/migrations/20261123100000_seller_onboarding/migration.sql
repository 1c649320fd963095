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
ADD COLUMN     "vatNumber" TEXT;

