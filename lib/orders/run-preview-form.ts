import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runFormAction, type FormState } from "@/lib/forms/form-state";
import { formText } from "@/lib/forms/form-text";
import type { Translate } from "@/lib/i18n/translate";
import { conflictOverride } from "./order-form-errors";

/**
 * What a money decision's form gets back (a refund, the decision on an escalation): what was typed,
 * kept after an error and carried into the confirm step, whether it asks to confirm, and the exact
 * amount the domain's preview computed.
 */
export type PreviewFormState = FormState<{ values?: Record<string, string>; confirming?: boolean; amount?: number }>;

/**
 * The one shape of the money decisions' form actions (docs/domain.md, Refund; returns and
 * escalations): the first post runs the domain function's preview (everything checked, nothing
 * written) and asks to confirm with the amount; "confirm" acts, revalidates and shows the page
 * again with `?done=<done>`; "back" returns to the fields. Works without JavaScript: the state
 * carries what was typed into the confirm step.
 */
export async function runPreviewForm({
  t,
  context,
  formData,
  values,
  fields,
  preview,
  act,
  page,
  alsoRevalidate = [],
  done,
}: {
  t: Translate;
  /** the domain call, for the log of an unexpected error */
  context: string;
  formData: FormData;
  values: Record<string, string>;
  /** the fields the form shows */
  fields: readonly string[];
  /** the domain function's preview: the amount it would refund */
  preview: () => Promise<number>;
  act: () => Promise<unknown>;
  /** the page the form is on, shown again after the action */
  page: string;
  alsoRevalidate?: string[];
  done: string;
}): Promise<PreviewFormState> {
  const intent = formText(formData, "intent");
  if (intent === "back") return { status: "idle", fieldErrors: {}, values };
  const options = { fields, overrides: conflictOverride(t) };
  if (intent !== "confirm") {
    let amount = 0;
    const state = await runFormAction(
      t,
      `${context} preview`,
      async () => {
        amount = await preview();
      },
      options,
    );
    if (state.status !== "success") return { ...state, values, confirming: false };
    return { status: "idle", fieldErrors: {}, values, confirming: true, amount };
  }
  const state = await runFormAction(
    t,
    context,
    async () => {
      await act();
    },
    options,
  );
  for (const path of [page, ...alsoRevalidate]) revalidatePath(path);
  if (state.status === "success") redirect(`${page}?done=${done}`);
  return { ...state, values, confirming: false };
}
