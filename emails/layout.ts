import { textDirection } from "@/lib/i18n/config";
import type { Translate } from "@/lib/i18n/translate";

/** One block of an e-mail body: a paragraph, or a quotation of what someone wrote. */
export type EmailBlock = { kind: "paragraph"; text: string } | { kind: "quote"; text: string };

export type RenderedEmail = { subject: string; text: string; html: string };

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for HTML: every piece of data reaches the HTML only through this. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => ENTITIES[character]);
}

function htmlBlock(block: EmailBlock): string {
  const body = escapeHtml(block.text).replace(/\r?\n/g, "<br>");
  if (block.kind === "quote") {
    return `<blockquote style="margin:16px 0;padding:8px 16px;border-inline-start:4px solid #d6d3d1;color:#44403c">${body}</blockquote>`;
  }
  return `<p style="margin:0 0 16px">${body}</p>`;
}

function textBlock(block: EmailBlock): string {
  if (block.kind === "quote")
    return block.text
      .split(/\r?\n/)
      .map((line) => `> ${line}`)
      .join("\n");
  return block.text;
}

/** Wraps the blocks in Halle's shared layout, as plain text and as HTML. */
export function renderLayout(subject: string, blocks: EmailBlock[], t: Translate, lang: string): RenderedEmail {
  const footer = [t("emails.layout.footer"), t("emails.layout.automatic")];
  const text = [...blocks.map(textBlock), "--", ...footer].join("\n\n") + "\n";
  const html = [
    "<!doctype html>",
    `<html lang="${escapeHtml(lang)}" dir="${textDirection(lang)}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    `<body style="margin:0;background:#f5f5f4;font-family:system-ui,sans-serif;color:#1c1917" dir="${textDirection(lang)}">`,
    '<div style="max-width:560px;margin:0 auto;padding:24px">',
    `<div style="font-size:22px;font-weight:700;margin-bottom:16px">${escapeHtml(t("emails.layout.brand"))}</div>`,
    '<div style="background:#ffffff;border-radius:12px;padding:24px">',
    ...blocks.map(htmlBlock),
    "</div>",
    ...footer.map((line) => `<p style="font-size:12px;color:#78716c;margin:12px 0 0">${escapeHtml(line)}</p>`),
    "</div></body></html>",
  ].join("\n");
  return { subject, text, html };
}
