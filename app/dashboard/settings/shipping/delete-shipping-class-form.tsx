"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { primaryButton } from "@/components/ui/styles";
import { IDLE, type FormState } from "@/lib/forms/form-state";
import { useLocale, useT } from "@/lib/i18n/client";
import { pluralForm } from "../../products/plural";

type DeleteShippingClassFormProps = {
  action: (previous: FormState) => Promise<FormState>;
  /** the class's name and how many products use it (they lose their class) */
  name: string;
  productCount: number;
};

/** Delete asks first (a second step in a <details>, which works without JavaScript). */
export function DeleteShippingClassForm({ action, name, productCount }: DeleteShippingClassFormProps) {
  const t = useT();
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <details>
      <summary className="inline-flex min-h-11 cursor-pointer items-center rounded-lg font-medium text-red-800 underline underline-offset-2">
        {t("productList.shipping.deleteFor", { name })}
      </summary>
      <form action={formAction} className="mt-2 flex flex-col gap-3 rounded-lg border border-red-200 bg-red-50 p-3">
        <FormMessage error={state.fieldErrors.form} />
        <p>
          {productCount === 0
            ? t("productList.shipping.deleteUnused")
            : t(`productList.shipping.deleteConfirmText.${pluralForm(locale, productCount)}`, { count: productCount })}
        </p>
        <button type="submit" disabled={pending} className={`${primaryButton} w-fit`}>
          {t("productList.shipping.deleteConfirm")}
        </button>
      </form>
    </details>
  );
}
