import { describe, expect, it } from "vitest";
import { LOCALES } from "./config";
import { getMessages, getTranslator } from "./catalogues";

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): Map<string, unknown> {
  const found = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = `${prefix}${key}`;
    if (value !== null && typeof value === "object") {
      for (const [leaf, text] of leaves(value, `${path}.`)) found.set(leaf, text);
    } else {
      found.set(path, value);
    }
  }
  return found;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

const reference = leaves(getMessages("fr") as Tree);

describe("message catalogues", () => {
  it.each(LOCALES)("%s has exactly the French keys", (locale) => {
    const keys = [...leaves(getMessages(locale) as Tree).keys()].sort();
    expect(keys).toEqual([...reference.keys()].sort());
  });

  it.each(LOCALES)("%s has a non-empty string for every key", (locale) => {
    for (const [key, text] of leaves(getMessages(locale) as Tree)) {
      expect(typeof text, key).toBe("string");
      expect((text as string).trim(), key).not.toBe("");
    }
  });

  it.each(LOCALES)("%s uses the same {placeholders} as French", (locale) => {
    const messages = leaves(getMessages(locale) as Tree);
    for (const [key, french] of reference) {
      expect(placeholders(String(messages.get(key))), key).toEqual(placeholders(String(french)));
    }
  });

  it("translates through getTranslator in each locale", () => {
    expect(getTranslator("fr")("header.signIn")).toBe("Se connecter");
    expect(getTranslator("en")("header.signIn")).toBe("Sign in");
    expect(getTranslator("fr")("errors.forbiddenTitle")).toBe("Accès refusé");
  });

  // Persian is written in Persian (docs/i18n.md): a message with Latin words and no Persian letter
  // is English left behind, except names that are the same in every language.
  const SAME_IN_EVERY_LANGUAGE = new Set(["Halle", "Français", "English", "IBAN", "Stripe", "GMV"]);
  it("fa has Persian text wherever French has words", () => {
    const untranslated = [...leaves(getMessages("fa") as Tree)]
      .filter(([, text]) => {
        const words = String(text).replace(/\{[^{}]*\}/g, "");
        return /[A-Za-z]{2}/.test(words) && !/[\u0600-\u06FF]/.test(words) && !SAME_IN_EVERY_LANGUAGE.has(words);
      })
      .map(([key]) => key);
    expect(untranslated).toEqual([]);
  });

  it("fa uses the Persian letters ی and ک, never the Arabic ي and ك", () => {
    const arabic = [...leaves(getMessages("fa") as Tree)].filter(([, text]) => /[\u064A\u0643]/.test(String(text)));
    expect(arabic.map(([key]) => key)).toEqual([]);
  });
});
