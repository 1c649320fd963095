import type { Metadata } from "next";
import { ConfirmActionForm } from "@/components/admin/confirm-action-form";
import { EmptyState } from "@/components/ui/empty-state";
import { FormMessage } from "@/components/ui/form-message";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { listCategoriesForOperator } from "@/lib/catalog/list-categories-for-operator";
import { getT } from "@/lib/i18n/server";
import { setCategoryProhibitedAction } from "./actions";

type SearchParams = Promise<{ done?: string | string[]; unlisted?: string | string[] }>;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("sellers.categories.title") };
}

const INDENT = ["", "ms-6", "ms-12", "ms-16", "ms-20"];

export default async function AdminCategoriesPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireRole("/admin/categories", "OPERATOR");
  const { locale, t } = await getT();
  const categories = await listCategoriesForOperator(actor, locale);
  const { done, unlisted } = await searchParams;
  const unlistedCount = Number.parseInt(typeof unlisted === "string" ? unlisted : "0", 10) || 0;
  const doneMessage =
    done === "prohibited"
      ? t("sellers.categories.doneProhibited", { count: unlistedCount })
      : done === "allowed"
        ? t("sellers.categories.doneAllowed")
        : undefined;
  const pending = t("sellers.actions.pending");

  return (
    <>
      <PageHeader title={t("sellers.categories.title")} description={t("sellers.categories.intro")} />
      {doneMessage ? (
        <div className="mb-6">
          <FormMessage success={doneMessage} />
        </div>
      ) : null}
      {categories.length === 0 ? (
        <EmptyState title={t("sellers.categories.empty")} />
      ) : (
        <ul className="flex flex-col gap-2">
          {categories.map((category) => (
            <li
              key={category.id}
              className={`${INDENT[Math.min(category.depth, INDENT.length - 1)]} rounded-xl border border-stone-200 bg-white p-4`}
            >
              <div className="flex flex-wrap items-center gap-2">
                {category.depth === 0 ? (
                  <h2 className="text-lg font-semibold">{category.name}</h2>
                ) : (
                  <h3 className="font-medium">{category.name}</h3>
                )}
                {category.prohibited ? (
                  <span className="rounded-full bg-red-100 px-2.5 py-0.5 text-sm font-medium text-red-900">
                    {t("sellers.categories.prohibited")}
                  </span>
                ) : category.prohibitedByAncestor ? (
                  <span className="rounded-full bg-stone-200 px-2.5 py-0.5 text-sm font-medium text-stone-800">
                    {t("sellers.categories.prohibitedByParent")}
                  </span>
                ) : null}
                <span className="text-sm text-stone-600">
                  {t("sellers.categories.activeProducts", { count: category.activeProducts })}
                </span>
              </div>
              <div className="mt-3">
                {category.prohibited ? (
                  <ConfirmActionForm
                    id={`allow-${category.id}`}
                    action={setCategoryProhibitedAction}
                    hidden={{ categoryId: category.id, prohibited: "false" }}
                    labels={{
                      open: t("sellers.categories.allow", { name: category.name }),
                      confirmText: t("sellers.categories.allowConfirm"),
                      submit: t("sellers.categories.allowSubmit"),
                      pending,
                    }}
                  />
                ) : (
                  <ConfirmActionForm
                    id={`prohibit-${category.id}`}
                    tone="danger"
                    action={setCategoryProhibitedAction}
                    hidden={{ categoryId: category.id, prohibited: "true" }}
                    labels={{
                      open: t("sellers.categories.prohibit", { name: category.name }),
                      confirmText: t("sellers.categories.prohibitConfirm", { count: category.activeProducts }),
                      submit: t("sellers.categories.prohibitSubmit"),
                      pending,
                    }}
                  />
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
