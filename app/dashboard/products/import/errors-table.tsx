"use client";

import { useState } from "react";
import { secondaryButton } from "@/components/ui/styles";
import type { ImportErrorLine } from "./import-state";

export type ErrorsTableLabels = {
  title: string;
  line: string;
  column: string;
  message: string;
  wholeRow: string;
  shown: string;
  page: string;
  previousPage: string;
  nextPage: string;
};

const PAGE_SIZE = 50;

/** The rows' errors, a page at a time; `shown` says when only the first ones are listed. */
export function ErrorsTable({
  errors,
  total,
  labels,
}: {
  errors: ImportErrorLine[];
  total: number;
  labels: ErrorsTableLabels;
}) {
  const [page, setPage] = useState(0);
  const pages = Math.max(1, Math.ceil(errors.length / PAGE_SIZE));
  const visible = errors.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
  return (
    <div className="flex flex-col gap-3">
      {total > errors.length ? <p className="text-sm text-stone-700">{labels.shown}</p> : null}
      <div className="overflow-x-auto rounded-lg border border-stone-200">
        <table className="w-full min-w-[32rem] border-collapse bg-white text-sm">
          <caption className="sr-only">{labels.title}</caption>
          <thead className="bg-stone-100 text-start">
            <tr>
              <th scope="col" className="px-3 py-2 text-start font-semibold">
                {labels.line}
              </th>
              <th scope="col" className="px-3 py-2 text-start font-semibold">
                {labels.column}
              </th>
              <th scope="col" className="px-3 py-2 text-start font-semibold">
                {labels.message}
              </th>
            </tr>
          </thead>
          <tbody>
            {visible.map((error, index) => (
              <tr key={`${error.line}-${error.column}-${index}`} className="border-t border-stone-200">
                <td className="px-3 py-2 tabular-nums">{error.line}</td>
                <td className="px-3 py-2 font-mono">{error.column || labels.wholeRow}</td>
                <td className="px-3 py-2">{error.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pages > 1 ? (
        <nav aria-label={labels.title} className="flex flex-wrap items-center gap-3">
          <button type="button" className={secondaryButton} disabled={page === 0} onClick={() => setPage(page - 1)}>
            {labels.previousPage}
          </button>
          <span aria-live="polite">
            {labels.page.replace("{page}", String(page + 1)).replace("{pages}", String(pages))}
          </span>
          <button
            type="button"
            className={secondaryButton}
            disabled={page >= pages - 1}
            onClick={() => setPage(page + 1)}
          >
            {labels.nextPage}
          </button>
        </nav>
      ) : null}
    </div>
  );
}
