"use client";

import { useState } from "react";
import { secondaryButton } from "@/components/ui/styles";
import { useT } from "@/lib/i18n/client";
import type { ImportErrorLine } from "./import-state";

const PAGE_SIZE = 50;

/** The rows' errors, a page at a time; `shown` says when only the first ones are listed. */
export function ErrorsTable({ errors, total }: { errors: ImportErrorLine[]; total: number }) {
  const t = useT();
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(errors.length / PAGE_SIZE));
  const visible = errors.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
  return (
    <div className="flex flex-col gap-3">
      {total > errors.length ? (
        <p className="text-sm text-stone-700">
          {t("catalogImport.preview.errorsShown", { shown: errors.length, total })}
        </p>
      ) : null}
      <div className="overflow-x-auto rounded-lg border border-stone-200">
        <table className="w-full min-w-[32rem] border-collapse bg-white text-sm">
          <caption className="sr-only">{t("catalogImport.preview.errorsTitle")}</caption>
          <thead className="bg-stone-100 text-start">
            <tr>
              <th scope="col" className="px-3 py-2 text-start font-semibold">
                {t("catalogImport.preview.line")}
              </th>
              <th scope="col" className="px-3 py-2 text-start font-semibold">
                {t("catalogImport.preview.column")}
              </th>
              <th scope="col" className="px-3 py-2 text-start font-semibold">
                {t("catalogImport.preview.message")}
              </th>
            </tr>
          </thead>
          <tbody>
            {visible.map((error, index) => (
              <tr key={`${error.line}-${error.column}-${index}`} className="border-t border-stone-200">
                <td className="px-3 py-2 tabular-nums">{error.line}</td>
                <td className="px-3 py-2 font-mono">{error.column || t("catalogImport.preview.wholeRow")}</td>
                <td className="px-3 py-2">{error.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pages > 1 ? (
        <nav aria-label={t("catalogImport.preview.errorsTitle")} className="flex flex-wrap items-center gap-3">
          <button type="button" className={secondaryButton} disabled={page === 0} onClick={() => setPage(page - 1)}>
            {t("catalogImport.preview.previousPage")}
          </button>
          <span aria-live="polite">{t("catalogImport.preview.page", { page: page + 1, pages })}</span>
          <button
            type="button"
            className={secondaryButton}
            disabled={page >= pages - 1}
            onClick={() => setPage(page + 1)}
          >
            {t("catalogImport.preview.nextPage")}
          </button>
        </nav>
      ) : null}
    </div>
  );
}
