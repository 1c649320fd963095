-- The vendor's order list without a status filter reads a shop's parts newest first: this index
-- gives them in order (scanned backwards), so a page no longer sorts every part of the shop.

-- CreateIndex
CREATE INDEX "ShopOrder_shopId_createdAt_id_idx" ON "ShopOrder"("shopId", "createdAt", "id");
