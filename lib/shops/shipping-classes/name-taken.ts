import "server-only";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

/** VALIDATION on `name` when another class of the shop has this name (letter case ignored). */
export async function assertShippingClassNameFree(
  tx: Prisma.TransactionClient,
  shopId: string,
  name: string,
  exceptId?: string,
): Promise<void> {
  const taken = await tx.shippingClass.findFirst({
    where: { shopId, name: { equals: name, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (taken) throw nameTaken();
}

export function nameTaken(): AppError {
  return new AppError("VALIDATION", "shipping class name taken", { name: "productList.errors.shippingClassNameTaken" });
}
