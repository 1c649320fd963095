import en from "./messages/en.json";
import fr from "./messages/fr.json";
import type { Locale } from "./config";
import { createTranslator, type Messages, type Translate } from "./translate";

const CATALOGUES: Record<Locale, Messages> = { fr, en };

export function getMessages(locale: Locale): Messages {
  return CATALOGUES[locale];
}

export function getTranslator(locale: Locale): Translate {
  return createTranslator(CATALOGUES[locale], CATALOGUES.fr);
}
