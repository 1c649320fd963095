import "server-only";
import { queryRows } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { normalizeSearchText } from "./search-query";

const MAX_WORDS = 8;
const ALTERNATIVES = 3;

/**
 * The words of a search as the vocabulary holds them: letters and digits, Persian letter forms
 * normalised, lower case (accents are folded in SQL).
 */
export function searchWords(query: string): string[] {
  return normalizeSearchText(query)
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => [...word].length >= 2)
    .slice(0, MAX_WORDS);
}

type WordRow = { word: string; known: boolean; close: { word: string; similarity: number }[] | null };

/** Close spellings within this much similarity of the closest one are kept ("biere" for "bierre", not "pierre"). */
const SIMILARITY_BAND = 0.1;

/**
 * Typo tolerance: the words of `query` that no product, shop or category uses are looked up in
 * the vocabulary (search.vocabulary, trigram index) and each is widened to itself or its closest
 * spellings. Returns a tsquery text ("(chocolt | chocolat) & noir") for a second search, or null
 * when every word is known (nothing nearby is not a typo) or nothing close exists.
 */
export async function closeSpellingsQuery(query: string): Promise<string | null> {
  const words = searchWords(query);
  if (words.length === 0) return null;
  const rows = await queryRows<WordRow>(Prisma.sql`
    SELECT q.word,
           EXISTS (SELECT 1 FROM search.vocabulary v WHERE v.word = q.word) AS known,
           (SELECT json_agg(json_build_object('word', c.word, 'similarity', c.similarity))
            FROM (SELECT v.word, similarity(v.word, q.word) AS similarity FROM search.vocabulary v
                  WHERE v.word % q.word ORDER BY 2 DESC, v.word LIMIT ${ALTERNATIVES}::int) c) AS close
    FROM unnest(${words}::text[]) WITH ORDINALITY AS typed(word, ord),
         LATERAL (SELECT search.fold(typed.word) AS word) q
    ORDER BY typed.ord`);
  let widened = false;
  const parts = rows.map((row) => {
    // Only letters and digits reach the tsquery text: the vocabulary is split on anything else.
    const word = row.word.replace(/[^\p{L}\p{N}]/gu, "");
    if (row.known || [...word].length < 3 || !row.close?.length) return word;
    const best = row.close[0].similarity;
    const close = row.close
      .filter((candidate) => candidate.similarity >= best - SIMILARITY_BAND)
      .map((candidate) => candidate.word.replace(/[^\p{L}\p{N}]/gu, ""))
      .filter((candidate) => candidate && candidate !== word);
    if (close.length === 0) return word;
    widened = true;
    return `(${[word, ...close].join(" | ")})`;
  });
  return widened ? parts.filter(Boolean).join(" & ") : null;
}
