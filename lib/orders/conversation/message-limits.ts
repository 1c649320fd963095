import { z } from "zod";

/** A message's text, trimmed (docs/domain.md, conversation). */
export const MESSAGE_MAX_LENGTH = 4000;

export const messageBodySchema = z
  .string({ error: "conversation.errors.bodyInvalid" })
  .trim()
  .max(MESSAGE_MAX_LENGTH, "conversation.errors.bodyTooLong");

/** The text fields of a message; its files are checked by storeOrderAttachments. */
export const messageTextSchema = z.object({ body: messageBodySchema });

/** The few first words of a message, for e-mails: whole words, an ellipsis when cut. */
export function messageExcerpt(body: string, max = 280): string {
  const flat = body.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
