import type { FormState } from "@/lib/forms/form-state";

/** What the bulk action returns (kept out of actions.ts: a "use server" file exports only actions). */
export type BulkState = FormState<{
  /** one line per product that could not be published: "Miel : ajoutez au moins une photo" */
  refused: string[];
  /** delete was asked without confirmation (no JavaScript): the ids to confirm on a second step */
  confirmDelete: string[];
}>;

export const BULK_IDLE: BulkState = { status: "idle", fieldErrors: {}, refused: [], confirmDelete: [] };
