"use client";

import { useActionState, useRef } from "react";
import { FormMessage, topErrorOf } from "@/components/ui/form-message";
import { PendingButton } from "@/components/ui/pending-button";
import { SelectField } from "@/components/ui/select-field";
import { primaryButton, secondaryButton } from "@/components/ui/styles";
import { TextField } from "@/components/ui/text-field";
import { useFocusAfterSubmit } from "@/components/ui/use-focus-after-submit";
import { IDLE, type FormState } from "@/lib/forms/form-state";

export type RuleFormValues = { productKind: string; categoryId: string; rate: string };

export type RuleFormState = FormState<{ values?: RuleFormValues }>;

export type RuleFormLabels = {
  productKind: string;
  category: string;
  rate: string;
  submit: string;
  pending: string;
  kinds: { value: string; label: string }[];
  categories: { value: string; label: string }[];
};

type RuleFormProps = {
  id: string;
  action: (previous: RuleFormState, formData: FormData) => Promise<RuleFormState>;
  labels: RuleFormLabels;
  defaults: RuleFormValues;
  /** names the group of fields (an edit form among several) */
  legend?: string;
  secondary?: boolean;
};

/** Adds or edits one commission rule: a product kind and/or a category, and a rate. */
export function RuleForm({ id, action, labels, defaults, legend, secondary = false }: RuleFormProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const [state, formAction, pending] = useActionState<RuleFormState, FormData>(action, IDLE);
  useFocusAfterSubmit(formRef, state);
  const values = state.values ?? defaults;
  const errors = state.fieldErrors;
  return (
    <form
      ref={formRef}
      action={formAction}
      noValidate
      aria-label={legend}
      className="flex flex-col gap-3"
      key={JSON.stringify(values)}
    >
      <FormMessage error={topErrorOf(state)} />
      <div className="grid gap-3 sm:grid-cols-[1fr_2fr_8rem_auto] sm:items-end">
        <SelectField
          id={`${id}-productKind`}
          name="productKind"
          label={labels.productKind}
          defaultValue={values.productKind}
          options={labels.kinds}
          error={errors.productKind}
        />
        <SelectField
          id={`${id}-categoryId`}
          name="categoryId"
          label={labels.category}
          defaultValue={values.categoryId}
          options={labels.categories}
          error={errors.categoryId}
        />
        <TextField
          id={`${id}-rate`}
          name="rate"
          label={labels.rate}
          defaultValue={values.rate}
          inputMode="decimal"
          required
          error={errors.rate}
        />
        <PendingButton
          pending={pending}
          pendingLabel={labels.pending}
          className={secondary ? secondaryButton : primaryButton}
        >
          {labels.submit}
        </PendingButton>
      </div>
    </form>
  );
}
