import { renderMarkdown } from "@/lib/catalog/render-markdown";
import { markdownClasses } from "./markdown-classes";

/** A vendor's Markdown, rendered safely (HTML shown as text, checked links, no images). */
export function Markdown({ source, className = "" }: { source: string; className?: string }) {
  // renderMarkdown escapes raw HTML and filters link targets: the string is safe to insert.
  return (
    <div className={`${markdownClasses} ${className}`} dangerouslySetInnerHTML={{ __html: renderMarkdown(source) }} />
  );
}
