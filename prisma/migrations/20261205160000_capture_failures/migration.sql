-- Capture on acceptance (docs/domain.md, capture): a capture the provider refuses is tried again
-- later, then given up (the authorization lapsed, or too many failures) and the operators told once.
ALTER TABLE "Order" ADD COLUMN     "captureAttempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "captureFailedAt" TIMESTAMP(3),
ADD COLUMN     "captureLastError" TEXT,
ADD COLUMN     "captureNextAttemptAt" TIMESTAMP(3);
