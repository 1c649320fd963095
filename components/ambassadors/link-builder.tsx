import { TextField } from "@/components/ui/text-field";
import { secondaryButton } from "@/components/ui/styles";
import type { Translate } from "@/lib/i18n/translate";
import { CopyField } from "./copy-field";

/**
 * Paste a page's address, get the ambassador link: a GET form to the page itself, so the link is
 * made on the server and the builder works without JavaScript; the result can then be copied.
 */
export function LinkBuilder({
  action,
  pasted,
  link,
  error,
  example,
  t,
}: {
  /** the page the form submits to (with #builder, to come back to this section) */
  action: string;
  pasted: string;
  link: string | null;
  error?: string;
  /** an address to paste, in the hint */
  example: string;
  t: Translate;
}) {
  return (
    <div className="flex max-w-2xl flex-col gap-4">
      <form method="get" action={action} noValidate className="flex flex-col gap-3">
        <TextField
          id="ambassador-url"
          name="url"
          label={t("ambassadors.builder.urlLabel")}
          hint={t("ambassadors.builder.urlHint", { example })}
          error={error}
          defaultValue={pasted}
          inputMode="url"
          autoComplete="off"
          maxLength={2000}
        />
        <div>
          <button type="submit" className={secondaryButton}>
            {t("ambassadors.builder.submit")}
          </button>
        </div>
      </form>
      {link ? (
        <CopyField key={link} id="ambassador-link" label={t("ambassadors.builder.resultLabel")} value={link} />
      ) : null}
    </div>
  );
}
