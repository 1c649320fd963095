-- Typo tolerance through a vocabulary: every word of the product titles, shop names and category
-- names (accents folded, lower case, three letters or more), with a trigram index. A search whose
-- words find nothing looks its unknown words up here (a few thousand rows, not the whole catalogue)
-- and searches again with the close spellings found.
-- Words are only added (a word no product uses any more still corrects to a search that finds
-- nothing, which is harmless), never removed by the triggers.
CREATE TABLE search.vocabulary (
  word text PRIMARY KEY
);
CREATE INDEX vocabulary_word_trgm_idx ON search.vocabulary USING gin (word gin_trgm_ops);

-- The product refresh (called by the triggers on Product, Shop and Category) now also adds the
-- words of what it refreshed. Written as an escaped string: see the search migration for why.
CREATE OR REPLACE FUNCTION search.refresh_products(product_ids text[]) RETURNS void
  LANGUAGE plpgsql
  AS E'BEGIN
    INSERT INTO search.product_document (product_id, shop_id, document, title_folded, position)
    SELECT pr.id, pr."shopId",
           search.build_document(pr.title, s.name, search.category_names(pr."categoryId"), pr."shortDescription"),
           search.fold(pr.title),
           CASE WHEN s.latitude IS NULL OR s.longitude IS NULL THEN NULL ELSE ll_to_earth(s.latitude, s.longitude) END
    FROM public."Product" pr JOIN public."Shop" s ON s.id = pr."shopId"
    WHERE pr.id = ANY(product_ids)
    ON CONFLICT (product_id) DO UPDATE
      SET shop_id = EXCLUDED.shop_id, document = EXCLUDED.document, title_folded = EXCLUDED.title_folded, position = EXCLUDED.position\073
    INSERT INTO search.vocabulary (word)
    SELECT DISTINCT w.word
    FROM public."Product" pr JOIN public."Shop" s ON s.id = pr."shopId",
         regexp_split_to_table(search.fold(concat_ws(\' \', pr.title, s.name, search.category_names(pr."categoryId"))), \'[^[:alnum:]]+\') AS w(word)
    WHERE pr.id = ANY(product_ids) AND length(w.word) >= 3
    ON CONFLICT (word) DO NOTHING\073
  END';

INSERT INTO search.vocabulary (word)
SELECT DISTINCT w.word
FROM public."Product" pr JOIN public."Shop" s ON s.id = pr."shopId",
     regexp_split_to_table(search.fold(concat_ws(' ', pr.title, s.name, search.category_names(pr."categoryId"))), '[^[:alnum:]]+') AS w(word)
WHERE length(w.word) >= 3
ON CONFLICT (word) DO NOTHING;
