import Link from "next/link";
import { describedByOf, FieldError } from "@/components/ui/field-parts";
import { SelectField } from "@/components/ui/select-field";
import { inputBase, primaryButton, secondaryButton, textLink } from "@/components/ui/styles";
import type { MessageKey, Translate } from "@/lib/i18n/translate";

export type LedgerFilterValues = { type: string; state: string; from: string; to: string };

/**
 * The ledger's filters as a GET form (works without JavaScript; the URL keeps them, so the export
 * link and the pages carry them too): type, state, and a range of days.
 */
export function LedgerFiltersForm({
  values,
  errors,
  exportHref,
  types,
  states,
  t,
}: {
  values: LedgerFilterValues;
  errors: Record<string, string>;
  exportHref: string;
  /** the entry types and states to choose from */
  types: readonly string[];
  states: readonly string[];
  t: Translate;
}) {
  const dateField = (name: "from" | "to") => {
    const id = `ledger-${name}`;
    return (
      <div className="flex flex-col gap-1">
        <label htmlFor={id} className="font-medium">
          {t(`money.ledger.${name}`)}
        </label>
        <input
          id={id}
          name={name}
          type="date"
          defaultValue={values[name]}
          aria-invalid={errors[name] ? true : undefined}
          aria-describedby={describedByOf(id, undefined, errors[name])}
          className={inputBase}
        />
        <FieldError id={id} error={errors[name]} />
      </div>
    );
  };
  return (
    <form
      method="get"
      action="/dashboard/money/ledger"
      className="mb-6 rounded-xl border border-stone-200 bg-white p-4"
    >
      <fieldset className="grid min-w-0 gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <legend className="mb-2 font-semibold">{t("money.ledger.filters")}</legend>
        <SelectField
          id="ledger-type"
          name="type"
          label={t("money.ledger.type")}
          defaultValue={values.type}
          error={errors.type}
          options={[
            { value: "", label: t("money.ledger.anyType") },
            ...types.map((type) => ({ value: type, label: t(`payouts.entryType.${type}` as MessageKey) })),
          ]}
        />
        <SelectField
          id="ledger-state"
          name="state"
          label={t("money.ledger.state")}
          defaultValue={values.state}
          error={errors.state}
          options={[
            { value: "", label: t("money.ledger.anyState") },
            ...states.map((state) => ({ value: state, label: t(`money.state.${state}` as MessageKey) })),
          ]}
        />
        {dateField("from")}
        {dateField("to")}
      </fieldset>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <button type="submit" className={primaryButton}>
          {t("money.ledger.apply")}
        </button>
        <Link href="/dashboard/money/ledger" className={secondaryButton}>
          {t("money.ledger.reset")}
        </Link>
        <a href={exportHref} className={`${textLink} py-2`} download>
          {t("money.ledger.export")}
        </a>
      </div>
    </form>
  );
}
