import { ConfirmActionForm, type ConfirmActionLabels } from "@/components/admin/confirm-action-form";
import type { FormAction } from "@/lib/forms/form-state";

type PresetChoice = { key: string; title: string; description: string; labels: ConfirmActionLabels };

/** The reference models, each with what it creates and a confirm step before creating anything. */
export function PresetPicker({ presets, action }: { presets: PresetChoice[]; action: FormAction }) {
  return (
    <ul className="grid gap-4 md:grid-cols-2">
      {presets.map((preset) => (
        <li key={preset.key} className="flex flex-col gap-3 rounded-xl border border-stone-200 bg-white p-4">
          <h3 className="font-semibold">{preset.title}</h3>
          <p className="text-stone-700">{preset.description}</p>
          <div className="mt-auto">
            <ConfirmActionForm
              id={`preset-${preset.key}`}
              action={action}
              hidden={{ preset: preset.key }}
              labels={preset.labels}
            />
          </div>
        </li>
      ))}
    </ul>
  );
}
