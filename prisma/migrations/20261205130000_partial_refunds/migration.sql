-- Partial refunds after the goods left (docs/domain.md, Refund): how many of each line were refunded.

-- AlterTable
ALTER TABLE "OrderLine" ADD COLUMN     "refundedQuantity" INTEGER NOT NULL DEFAULT 0;

-- Never more refunded than bought, nor than paid: a last guard under the domain's conditional updates.
ALTER TABLE "OrderLine" ADD CONSTRAINT "OrderLine_refundedQuantity_check" CHECK ("refundedQuantity" >= 0 AND "refundedQuantity" <= "quantity");
ALTER TABLE "ShopOrder" ADD CONSTRAINT "ShopOrder_refundedAmount_check" CHECK ("refundedAmount" >= 0 AND "refundedAmount" <= "itemsAmount" + "deliveryFeeAmount");
