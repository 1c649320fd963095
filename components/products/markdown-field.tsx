"use client";

import { useId, useState, useTransition } from "react";
import { describedByOf, FieldError, FieldHint } from "@/components/ui/field-parts";
import { inputBase } from "@/components/ui/styles";
import { useT } from "@/lib/i18n/client";
import { markdownClasses } from "./markdown-classes";

type MarkdownFieldProps = {
  id: string;
  name: string;
  label: string;
  hint: string;
  defaultValue: string;
  maxLength: number;
  error?: string;
  /** renders the text on the server with the product page's own renderer */
  preview: (source: string) => Promise<string>;
};

/** A Markdown textarea with a "Preview" tab. The textarea stays in the form while previewing. */
export function MarkdownField({ id, name, label, hint, defaultValue, maxLength, error, preview }: MarkdownFieldProps) {
  const t = useT();
  const tabsId = useId();
  const [tab, setTab] = useState<"write" | "preview">("write");
  const [html, setHtml] = useState<string | null>(null);
  const [loading, startLoading] = useTransition();

  function showPreview() {
    setTab("preview");
    const source = (document.getElementById(id) as HTMLTextAreaElement | null)?.value ?? "";
    startLoading(async () => setHtml(source.trim() === "" ? "" : await preview(source)));
  }

  const tabClass = (active: boolean) =>
    `min-h-11 rounded-t-lg border border-b-0 px-4 py-2 font-medium ${active ? "border-stone-300 bg-white" : "border-transparent text-stone-600 hover:text-stone-900"}`;

  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      <div role="tablist" aria-label={label} className="flex gap-1">
        <button
          type="button"
          role="tab"
          id={`${tabsId}-write`}
          aria-selected={tab === "write"}
          aria-controls={`${tabsId}-write-panel`}
          onClick={() => setTab("write")}
          className={tabClass(tab === "write")}
        >
          {t("products.form.write")}
        </button>
        <button
          type="button"
          role="tab"
          id={`${tabsId}-preview`}
          aria-selected={tab === "preview"}
          aria-controls={`${tabsId}-preview-panel`}
          onClick={showPreview}
          className={tabClass(tab === "preview")}
        >
          {t("products.form.preview")}
        </button>
      </div>
      <div role="tabpanel" id={`${tabsId}-write-panel`} aria-labelledby={`${tabsId}-write`} hidden={tab !== "write"}>
        <textarea
          id={id}
          name={name}
          rows={10}
          defaultValue={defaultValue}
          maxLength={maxLength}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedByOf(id, hint, error)}
          className={`${inputBase} font-mono text-sm`}
        />
      </div>
      <div
        role="tabpanel"
        id={`${tabsId}-preview-panel`}
        aria-labelledby={`${tabsId}-preview`}
        hidden={tab !== "preview"}
        aria-busy={loading}
        className="min-h-32 rounded-lg border border-stone-300 bg-white p-3"
      >
        {loading || html === null ? (
          <p className="text-stone-600">{t("products.form.previewLoading")}</p>
        ) : html === "" ? (
          <p className="text-stone-600">{t("products.form.previewEmpty")}</p>
        ) : (
          // Rendered by renderMarkdown on the server: raw HTML escaped, links checked, no images.
          <div className={markdownClasses} dangerouslySetInnerHTML={{ __html: html }} />
        )}
      </div>
      <FieldHint id={id} hint={hint} />
      <FieldError id={id} error={error} />
    </div>
  );
}
