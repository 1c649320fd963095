import { describedByOf, FieldError, FieldHint } from "@/components/ui/field-parts";

export type Choice = { value: string; label: string; hint?: string };

type ChoiceGroupProps = {
  id: string;
  name: string;
  legend: string;
  choices: Choice[];
  /** "radio": one of them; "checkbox": any of them */
  type: "radio" | "checkbox";
  /** the values checked when the form is shown */
  checked: readonly string[];
  hint?: string;
  error?: string;
};

/**
 * A fieldset of radio buttons or checkboxes, each with its own explanation; the legend names the
 * group, the hint and error are tied to it. Arrow keys move between radios, Tab between checkboxes.
 */
export function ChoiceGroup({ id, name, legend, choices, type, checked, hint, error }: ChoiceGroupProps) {
  return (
    <fieldset
      id={id}
      aria-describedby={describedByOf(id, hint, error)}
      aria-invalid={error ? true : undefined}
      tabIndex={error ? -1 : undefined}
      className="flex flex-col gap-2"
    >
      <legend className="mb-1 font-medium">{legend}</legend>
      {choices.map((choice) => {
        const choiceId = `${id}-${choice.value}`;
        return (
          <div key={choice.value} className="flex items-start gap-3">
            <input
              id={choiceId}
              type={type}
              name={name}
              value={choice.value}
              defaultChecked={checked.includes(choice.value)}
              aria-describedby={choice.hint ? `${choiceId}-hint` : undefined}
              className="mt-1 size-5 shrink-0 accent-brand-700"
            />
            <div className="flex flex-col">
              <label htmlFor={choiceId}>{choice.label}</label>
              {choice.hint ? (
                <p id={`${choiceId}-hint`} className="text-sm text-stone-600">
                  {choice.hint}
                </p>
              ) : null}
            </div>
          </div>
        );
      })}
      <FieldHint id={id} hint={hint} />
      <FieldError id={id} error={error} />
    </fieldset>
  );
}
