import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MessagesProvider } from "@/lib/i18n/client";
import { getTranslator } from "@/lib/i18n/catalogues";
import { pickMessages } from "@/lib/i18n/pick-messages";
import { OrderConversationForm } from "./order-conversation-form";
import {
  CONVERSATION_FORM_WORDS,
  ORDER_CONVERSATION_FORM_MESSAGES,
  SUPPORT_REPLY_FORM_MESSAGES,
} from "./order-conversation-form-words";

// The reply form translates for itself (docs/i18n.md) with only the keys its page sends: an
// order's conversation and a support request's thread each find their own words.

const action = async () => ({ status: "idle" as const, fieldErrors: {} });

describe("the reply form's words", () => {
  for (const [kind, namespaces] of [
    ["order", ORDER_CONVERSATION_FORM_MESSAGES],
    ["support", SUPPORT_REPLY_FORM_MESSAGES],
  ] as const) {
    it(`shows the ${kind} words in French and Persian`, () => {
      for (const locale of ["fr", "fa"] as const) {
        const t = getTranslator(locale);
        const form = createElement(OrderConversationForm, { id: "reply", action, kind, maxLength: 2000 });
        // children in the props object: MessagesProvider's type requires them there
        const provider = { locale, messages: pickMessages(locale, namespaces), children: form };
        const html = renderToStaticMarkup(createElement(MessagesProvider, provider));
        const words = CONVERSATION_FORM_WORDS[kind];
        for (const key of [words.body, words.files, words.submit]) expect(html).toContain(`>${t(key)}<`);
        expect(html).not.toMatch(/conversation\.form\.|support\.(thread|form)\./);
      }
    });
  }
});
