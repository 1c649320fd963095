-- Persian search (docs/i18n.md, search in Persian): the same word typed with Arabic or Persian
-- letter forms, with or without diacritics, tatweel or a zero-width non-joiner (ZWNJ), and with
-- Persian, Arabic-Indic or Latin digits, is the same word for search. The normalisation lives in
-- immutable SQL functions used when documents are built and on what the shopper typed (the
-- full-text, close-spelling and type-ahead paths all go through search.normalize or search.fold),
-- and lib/search/normalize-persian.ts does the same on the query side (a test checks they agree).
-- PostgreSQL has no Persian stemmer: Arabic-script words go through search.persian, the simple
-- dictionary over the normalised text (no stemming, no stop words: see docs/i18n.md).
-- No semicolon may appear inside a statement below (the migration engine splits on every one).

-- Letter forms, digits, tatweel, diacritics and invisible marks, with the ZWNJ kept (the document
-- builder splits words at it, see search.zwnj_parts).
--   removed: tatweel U+0640, diacritics U+064B-U+065F (the hamza above of "خانهٔ" included) and
--            U+0670, the lone hamza U+0621 ("اجزاء" = "اجزا"), soft hyphen, zero-width space and
--            joiner, direction marks, word joiner, byte order mark
--   ي ى → ی, ك → ک, ة ۀ ھ → ه, ؤ → و, أ إ آ ٱ → ا (a shopper often types ا for آ),
--   ۰-۹ and ٠-٩ → 0-9, the Arabic decimal mark ٫ → "." and grouping mark ٬ → ","
CREATE OR REPLACE FUNCTION search.normalize_letters(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$
    SELECT translate(
      regexp_replace($1, '[\u0640\u064B-\u065F\u0670\u0621\u00AD\u200B\u200D\u200E\u200F\u2060\uFEFF]', '', 'g'),
      U&'\064A\0649\0643\0629\06C0\06BE\0624\0623\0625\0622\0671\06F0\06F1\06F2\06F3\06F4\06F5\06F6\06F7\06F8\06F9\0660\0661\0662\0663\0664\0665\0666\0667\0668\0669\066B\066C',
      U&'\06CC\06CC\06A9\0647\0647\0647\0648\0627\0627\0627\0627' || '01234567890123456789.,')
  $$;

-- The normalised text as one searches it: a ZWNJ joins ("می‌شود" = "میشود"), as the shopper who
-- has no ZWNJ key types the word.
CREATE OR REPLACE FUNCTION search.normalize(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT replace(search.normalize_letters($1), U&'\200C', '') $$;

-- The folded form (trigram title, vocabulary, type-ahead): normalised, accents folded, lower case.
CREATE OR REPLACE FUNCTION search.fold(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, search.normalize($1))) $$;

-- The words of a (normalised) text that hold a ZWNJ, split at it ("کتاب‌ها" → "کتاب ها"), or "".
-- Indexed next to the joined form, so that a title written "کتاب‌ها" is found by "کتابها",
-- "کتاب‌ها", "کتاب ها" and "کتاب".
CREATE OR REPLACE FUNCTION search.zwnj_parts(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$
    SELECT coalesce(string_agg(replace(m[1], U&'\200C', ' '), ' '), '')
    FROM regexp_matches($1, '(\S*\u200C\S*)', 'g') AS m
  $$;

-- Persian text: the simple dictionary (every word as it is, lower case) over the normalised text.
CREATE TEXT SEARCH CONFIGURATION search.persian (COPY = pg_catalog.simple);

-- The tsvector of a text: without Arabic script exactly as before (French and English stemming),
-- otherwise its Latin-script words stemmed in French and English and its Arabic-script words in
-- search.persian, words holding a ZWNJ both joined and split.
CREATE OR REPLACE FUNCTION search.text_vector(body text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
    SELECT CASE
      WHEN j.joined !~ '[\u0600-\u06FF]'
        THEN to_tsvector('search.french', j.joined) || to_tsvector('search.english', j.joined)
      ELSE to_tsvector('search.french', s.latin) || to_tsvector('search.english', s.latin)
        || to_tsvector('search.persian', s.arabic || ' ' || search.zwnj_parts(j.kept))
    END
    FROM (SELECT k.kept, replace(k.kept, U&'\200C', '') AS joined
          FROM (SELECT search.normalize_letters(coalesce(body, '')) AS kept) k) j,
         LATERAL (SELECT regexp_replace(j.joined, '[\u0600-\u06FF]+', ' ', 'g') AS latin,
                         regexp_replace(j.joined, '[^\u0600-\u06FF]+', ' ', 'g') AS arabic) s
  $$;

-- Weights as before: title A, shop name B (unstemmed), category names C, short description D.
CREATE OR REPLACE FUNCTION search.build_document(title text, shop_name text, category_names text, short_description text)
  RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
    SELECT
      setweight(search.text_vector(title), 'A') ||
      setweight(to_tsvector('search.simple',
        search.normalize(coalesce(shop_name, '')) || ' ' || search.zwnj_parts(search.normalize_letters(coalesce(shop_name, '')))), 'B') ||
      setweight(search.text_vector(category_names), 'C') ||
      setweight(search.text_vector(short_description), 'D')
  $$;

-- Category names in Persian too (Category.names may hold "fa").
CREATE OR REPLACE FUNCTION search.category_names(category_id text) RETURNS text
  LANGUAGE sql STABLE
  AS $$
    SELECT coalesce(string_agg(concat_ws(' ', c.names->>'fr', c.names->>'en', c.names->>'fa',
                                         p.names->>'fr', p.names->>'en', p.names->>'fa'), ' '), '')
    FROM public."Category" c LEFT JOIN public."Category" p ON p.id = c."parentId"
    WHERE c.id = category_id
  $$;

-- Existing products are indexed again (documents, folded titles) and the vocabulary is rebuilt
-- from them with the new folding.
TRUNCATE search.vocabulary;
SELECT search.refresh_products(ARRAY(SELECT id FROM public."Product"));
