import type { Metadata } from "next";
import { MailboxList, MailboxPagination } from "@/components/admin/mailbox-list";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { listMailbox } from "@/lib/notifications/list-mailbox";
import { orNotFound } from "@/lib/or-not-found";

type MailboxPageProps = { searchParams: Promise<{ page?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getT();
  return { title: t("emails.mailbox.title") };
}

export default async function AdminMailboxPage({ searchParams }: MailboxPageProps) {
  const actor = await requireRole("/admin/mailbox", "OPERATOR");
  const { locale, t } = await getT();
  const raw = (await searchParams).page;
  const requested = Number.parseInt(Array.isArray(raw) ? (raw[0] ?? "1") : (raw ?? "1"), 10);
  const mailbox = await orNotFound(listMailbox(actor, { page: Number.isNaN(requested) ? 1 : requested }));
  return (
    <>
      <PageHeader title={t("emails.mailbox.title")} description={t("emails.mailbox.intro")} />
      {mailbox.messages.length > 0 ? (
        <>
          <MailboxList messages={mailbox.messages} locale={locale} t={t} />
          <MailboxPagination page={mailbox.page} pages={mailbox.pages} t={t} />
        </>
      ) : (
        <EmptyState title={t("emails.mailbox.empty")} />
      )}
    </>
  );
}
