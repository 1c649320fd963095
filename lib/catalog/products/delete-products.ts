import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { getDb } from "@/lib/db";
import { lockOwnedProducts, type ProductIdsInput } from "./owned-products";

export type DeleteProductsResult = { deleted: string[]; archived: string[] };

/**
 * Deletes the vendor's products for good when they were never ordered; a product that appears on
 * an order is archived instead (past orders keep their snapshot and their link). All or nothing
 * on ownership. Photos' files stay on disk for now (a clean-up job can sweep unreferenced files).
 */
export async function deleteProducts(actor: Actor | null, input: ProductIdsInput): Promise<DeleteProductsResult> {
  return getDb().$transaction(async (tx) => {
    const products = await lockOwnedProducts(tx, actor, input, {
      id: true,
      title: true,
      _count: { select: { orderLines: true } },
    });
    const ordered = products.filter((product) => product._count.orderLines > 0).map((product) => product.id);
    const neverOrdered = products.filter((product) => product._count.orderLines === 0).map((product) => product.id);
    if (ordered.length > 0)
      await tx.product.updateMany({ where: { id: { in: ordered } }, data: { status: "ARCHIVED" } });
    if (neverOrdered.length > 0) await tx.product.deleteMany({ where: { id: { in: neverOrdered } } });
    await recordAudit(tx, {
      actorId: actor!.id,
      action: "products.deleted",
      entityType: "Product",
      entityId: products.length === 1 ? products[0].id : "bulk",
      data: { deleted: neverOrdered, archived: ordered, titles: products.map((product) => product.title) },
    });
    return { deleted: neverOrdered, archived: ordered };
  });
}
