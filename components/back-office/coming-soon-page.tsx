import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

/** A section that is not built yet says so, rather than showing a dead end. */
export function ComingSoonPage({ title, emptyTitle, text }: { title: string; emptyTitle: string; text: string }) {
  return (
    <>
      <PageHeader title={title} />
      <EmptyState title={emptyTitle} text={text} />
    </>
  );
}
