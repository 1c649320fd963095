import { TextField } from "@/components/ui/text-field";
import { secondaryButton } from "@/components/ui/styles";
import { CopyField } from "./copy-field";

export type LinkBuilderLabels = {
  url: string;
  hint: string;
  submit: string;
  result: string;
  copy: { copy: string; copied: string; failed: string; fallback: string };
};

/**
 * Paste a page's address, get the ambassador link: a GET form to the page itself, so the link is
 * made on the server and the builder works without JavaScript; the result can then be copied.
 */
export function LinkBuilder({
  action,
  pasted,
  link,
  error,
  labels,
}: {
  /** the page the form submits to (with #builder, to come back to this section) */
  action: string;
  pasted: string;
  link: string | null;
  error?: string;
  labels: LinkBuilderLabels;
}) {
  return (
    <div className="flex max-w-2xl flex-col gap-4">
      <form method="get" action={action} noValidate className="flex flex-col gap-3">
        <TextField
          id="ambassador-url"
          name="url"
          label={labels.url}
          hint={labels.hint}
          error={error}
          defaultValue={pasted}
          inputMode="url"
          autoComplete="off"
          maxLength={2000}
        />
        <div>
          <button type="submit" className={secondaryButton}>
            {labels.submit}
          </button>
        </div>
      </form>
      {link ? (
        <CopyField key={link} id="ambassador-link" label={labels.result} value={link} labels={labels.copy} />
      ) : null}
    </div>
  );
}
