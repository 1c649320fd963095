-- Moderation holds, payout account changes under review, and the e-mail outbox leases
-- (docs/security.md, moderation, payout details and the outbox).

-- The operator who put a product on hold
ALTER TABLE "Product" ADD COLUMN "moderatedById" TEXT;

-- A payout account change waiting for an operator (the approved account stays in use)
ALTER TABLE "Shop" ADD COLUMN "pendingPayoutHolderName" TEXT,
  ADD COLUMN "pendingPayoutIban" TEXT,
  ADD COLUMN "payoutChangeRequestedAt" TIMESTAMP(3);

-- The outbox: a claimed message carries a lease, a failed one a time before its next attempt
ALTER TABLE "EmailMessage" ADD COLUMN "claimedUntil" TIMESTAMP(3),
  ADD COLUMN "nextAttemptAt" TIMESTAMP(3);
