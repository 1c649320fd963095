"use client";

import { useActionState, useRef } from "react";
import { FormMessage, topErrorOf } from "@/components/ui/form-message";
import { PendingButton } from "@/components/ui/pending-button";
import { SelectField } from "@/components/ui/select-field";
import { primaryButton, secondaryButton } from "@/components/ui/styles";
import { TextField } from "@/components/ui/text-field";
import { useFocusAfterSubmit } from "@/components/ui/use-focus-after-submit";
import { IDLE, type FormState } from "@/lib/forms/form-state";
import { PRODUCT_KINDS } from "@/lib/catalog/product-schema";
import { useT } from "@/lib/i18n/client";

export type RuleFormValues = { productKind: string; categoryId: string; rate: string };

export type RuleFormState = FormState<{ values?: RuleFormValues }>;

type RuleFormProps = {
  id: string;
  action: (previous: RuleFormState, formData: FormData) => Promise<RuleFormState>;
  /** "add" a rule, or "save" an existing one */
  mode: "add" | "save";
  /** the categories a rule may name, in tree order */
  categories: { id: string; name: string; depth: number }[];
  defaults: RuleFormValues;
  /** names the group of fields (an edit form among several) */
  legend?: string;
  secondary?: boolean;
};

/** Adds or edits one commission rule: a product kind and/or a category, and a rate. */
export function RuleForm({ id, action, mode, categories, defaults, legend, secondary = false }: RuleFormProps) {
  const t = useT();
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
          label={t("plans.rules.productKind")}
          defaultValue={values.productKind}
          options={[
            { value: "", label: t("plans.rules.anyKind") },
            ...PRODUCT_KINDS.map((kind) => ({ value: kind, label: t(`plans.kinds.${kind}`) })),
          ]}
          error={errors.productKind}
        />
        <SelectField
          id={`${id}-categoryId`}
          name="categoryId"
          label={t("plans.rules.category")}
          defaultValue={values.categoryId}
          options={[
            { value: "", label: t("plans.rules.anyCategory") },
            ...categories.map((category) => ({
              value: category.id,
              label: `${"— ".repeat(category.depth)}${category.name}`,
            })),
          ]}
          error={errors.categoryId}
        />
        <TextField
          id={`${id}-rate`}
          name="rate"
          label={t("plans.rules.rate")}
          defaultValue={values.rate}
          inputMode="decimal"
          required
          error={errors.rate}
        />
        <PendingButton
          pending={pending}
          pendingLabel={t("plans.rules.pending")}
          className={secondary ? secondaryButton : primaryButton}
        >
          {mode === "add" ? t("plans.rules.add") : t("plans.rules.save")}
        </PendingButton>
      </div>
    </form>
  );
}
