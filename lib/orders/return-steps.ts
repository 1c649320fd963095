import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ReturnKind, ShopOrderStatus } from "@/lib/generated/prisma/enums";
import type { StoredFile } from "./attachments";
import { canEscalate, RETURN_KINDS, RETURN_LIMITS, returnRequestRefusal } from "./rules/returns";
import type { ShopOrderAction } from "./rules/transitions";

// What the return steps of the transition table (docs/domain.md, returns and escalations) add to
// the engine (lib/orders/transition-shop-order.ts): their input, the rules the table cannot know
// (the window, one request per part, the business buyer's withdrawal), and the ReturnRequest row
// they write in the transition's transaction.

/** What the engine reads of a part for the return steps, besides its own fields. */
export const RETURN_FIELDS = {
  returnBy: true,
  returnRequest: { select: { id: true, kind: true } },
} as const satisfies Prisma.ShopOrderSelect;

export const RETURN_ERRORS = {
  kindRequired: "orders.returns.errors.kindRequired",
  instructionsRequired: "orders.returns.errors.instructionsRequired",
  instructionsTooLong: "orders.returns.errors.instructionsTooLong",
  windowClosed: "orders.returns.errors.windowClosed",
  alreadyRequested: "orders.returns.errors.alreadyRequested",
  notEscalatable: "orders.returns.errors.notEscalatable",
} as const;

const blankToUndefined = (value: unknown) =>
  typeof value === "string" ? (value.trim() === "" ? undefined : value.trim()) : value;

/** The input of REQUEST_RETURN (a kind and the table's required reason) and ACCEPT_RETURN (instructions). */
export function returnStepSchema(action: "REQUEST_RETURN" | "ACCEPT_RETURN", reason: z.ZodType) {
  if (action === "REQUEST_RETURN")
    return z.object({
      returnKind: z.preprocess(blankToUndefined, z.enum(RETURN_KINDS, { error: RETURN_ERRORS.kindRequired })),
      reason,
    });
  return z.object({
    instructions: z.preprocess(
      blankToUndefined,
      z
        .string({ error: RETURN_ERRORS.instructionsRequired })
        .max(RETURN_LIMITS.instructions, RETURN_ERRORS.instructionsTooLong),
    ),
  });
}

type ReturnPart = {
  id: string;
  status: ShopOrderStatus;
  returnBy: Date | null;
  order: { buyerIsBusiness: boolean };
  returnRequest: { id: string; kind: ReturnKind } | null;
};

/**
 * The rules of lib/orders/rules/returns.ts, after the table found the row: a return asked for
 * after the window or a second time: CONFLICT; a business buyer's refused withdrawal taken to the
 * marketplace: FORBIDDEN (their withdrawal was at the vendor's discretion).
 */
export function checkReturnStep(action: ShopOrderAction, part: ReturnPart, now: Date): void {
  if (action === "REQUEST_RETURN") {
    const refusal = returnRequestRefusal(
      {
        status: part.status,
        returnBy: part.returnBy,
        buyerIsBusiness: part.order.buyerIsBusiness,
        request: part.returnRequest,
      },
      now,
    );
    if (refusal === "WINDOW_CLOSED") throw new AppError("CONFLICT", RETURN_ERRORS.windowClosed);
    if (refusal === "ALREADY_REQUESTED") throw new AppError("CONFLICT", RETURN_ERRORS.alreadyRequested);
  }
  if (action === "ESCALATE" && (!part.returnRequest || !canEscalate(part.returnRequest, part.order.buyerIsBusiness)))
    throw new AppError("FORBIDDEN", RETURN_ERRORS.notEscalatable);
}

/**
 * The ReturnRequest side of a return step, in the transition's transaction after its conditional
 * update: the request and its photos (REQUEST_RETURN; its unique shopOrderId keeps it one per part),
 * the vendor's instructions or refusal, the escalation.
 */
export async function recordReturnStep(
  tx: Prisma.TransactionClient,
  part: { id: string },
  action: ShopOrderAction,
  step: {
    actorId: string | null;
    input: { reason?: string; returnKind?: ReturnKind; instructions?: string };
    now: Date;
    attachments: readonly StoredFile[];
  },
): Promise<void> {
  const { actorId, input, now } = step;
  switch (action) {
    case "REQUEST_RETURN": {
      const request = await tx.returnRequest.create({
        data: { shopOrderId: part.id, kind: input.returnKind!, reason: input.reason! },
        select: { id: true },
      });
      if (step.attachments.length > 0)
        await tx.orderAttachment.createMany({
          data: step.attachments.map((file) => ({
            ...file,
            shopOrderId: part.id,
            returnRequestId: request.id,
            uploadedById: actorId,
          })),
        });
      return;
    }
    case "ACCEPT_RETURN":
      await tx.returnRequest.update({ where: { shopOrderId: part.id }, data: { instructions: input.instructions } });
      return;
    case "REFUSE_RETURN":
      await tx.returnRequest.update({ where: { shopOrderId: part.id }, data: { refusalReason: input.reason } });
      return;
    case "ESCALATE":
      await tx.returnRequest.update({
        where: { shopOrderId: part.id },
        data: { escalatedAt: now, escalationNote: input.reason ?? null },
      });
      return;
  }
}
