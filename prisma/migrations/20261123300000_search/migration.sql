-- Search (issue 5): full-text search with French and English stemming, accent-insensitive, typo
-- tolerant (trigrams), and distance (earthdistance). Everything lives in the "search" schema, which
-- Prisma does not manage (its diff only reads "public"): the search document of a product is kept up to
-- date by triggers on "Product", "Shop" and "Category". Read it with raw SQL from lib/search/.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS cube;
CREATE EXTENSION IF NOT EXISTS earthdistance;

CREATE SCHEMA IF NOT EXISTS search;

-- Note: the Prisma migration engine (the WASM one used where the native engine cannot be
-- downloaded) splits a script on every semicolon, even inside a dollar-quoted body. The PL/pgSQL
-- trigger bodies below are therefore written as escaped string literals with each semicolon as \073.

-- unaccent() is only STABLE (its dictionary could change), and pinning the dictionary makes an
-- IMMUTABLE wrapper usable in indexes.
CREATE OR REPLACE FUNCTION search.fold(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;

CREATE TABLE search.product_document (
  product_id   text PRIMARY KEY REFERENCES public."Product"(id) ON DELETE CASCADE,
  shop_id      text NOT NULL,
  document     tsvector NOT NULL,
  title_folded text NOT NULL,
  -- the position of the shop (a product is where its shop is), NULL when the shop has none
  position     earth
);

CREATE INDEX product_document_document_idx ON search.product_document USING gin (document);
CREATE INDEX product_document_title_trgm_idx ON search.product_document USING gin (title_folded gin_trgm_ops);
CREATE INDEX product_document_position_idx ON search.product_document USING gist (position);
CREATE INDEX product_document_shop_idx ON search.product_document (shop_id);

-- Text search configurations that fold accents before stemming (the stemmers expect words as
-- typed, with or without accents: "meringuée" and "meringuee" meet at the same stem).
CREATE TEXT SEARCH CONFIGURATION search.french (COPY = pg_catalog.french);
ALTER TEXT SEARCH CONFIGURATION search.french ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, french_stem;
CREATE TEXT SEARCH CONFIGURATION search.english (COPY = pg_catalog.english);
ALTER TEXT SEARCH CONFIGURATION search.english ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, english_stem;
CREATE TEXT SEARCH CONFIGURATION search.simple (COPY = pg_catalog.simple);
ALTER TEXT SEARCH CONFIGURATION search.simple ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, simple;

-- Weights: title A, shop name B, category (and its parent) names C, short description D, each text
-- stemmed in French and in English (accents folded by the configurations above).
CREATE OR REPLACE FUNCTION search.build_document(title text, shop_name text, category_names text, short_description text)
  RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
    SELECT
      setweight(to_tsvector('search.french', coalesce(title, '')), 'A') ||
      setweight(to_tsvector('search.english', coalesce(title, '')), 'A') ||
      setweight(to_tsvector('search.simple', coalesce(shop_name, '')), 'B') ||
      setweight(to_tsvector('search.french', coalesce(category_names, '')), 'C') ||
      setweight(to_tsvector('search.english', coalesce(category_names, '')), 'C') ||
      setweight(to_tsvector('search.french', coalesce(short_description, '')), 'D') ||
      setweight(to_tsvector('search.english', coalesce(short_description, '')), 'D')
  $$;

CREATE OR REPLACE FUNCTION search.category_names(category_id text) RETURNS text
  LANGUAGE sql STABLE
  AS $$
    SELECT coalesce(string_agg(concat_ws(' ', c.names->>'fr', c.names->>'en', p.names->>'fr', p.names->>'en'), ' '), '')
    FROM public."Category" c LEFT JOIN public."Category" p ON p.id = c."parentId"
    WHERE c.id = category_id
  $$;

CREATE OR REPLACE FUNCTION search.refresh_products(product_ids text[]) RETURNS void
  LANGUAGE sql
  AS $$
    INSERT INTO search.product_document (product_id, shop_id, document, title_folded, position)
    SELECT pr.id, pr."shopId",
           search.build_document(pr.title, s.name, search.category_names(pr."categoryId"), pr."shortDescription"),
           search.fold(pr.title),
           CASE WHEN s.latitude IS NULL OR s.longitude IS NULL THEN NULL ELSE ll_to_earth(s.latitude, s.longitude) END
    FROM public."Product" pr JOIN public."Shop" s ON s.id = pr."shopId"
    WHERE pr.id = ANY(product_ids)
    ON CONFLICT (product_id) DO UPDATE
      SET shop_id = EXCLUDED.shop_id, document = EXCLUDED.document, title_folded = EXCLUDED.title_folded, position = EXCLUDED.position
  $$;

CREATE OR REPLACE FUNCTION search.on_product_change() RETURNS trigger
  LANGUAGE plpgsql
  AS E'BEGIN PERFORM search.refresh_products(ARRAY(SELECT id FROM changed_products))\073 RETURN NULL\073 END';

CREATE TRIGGER product_search_insert AFTER INSERT ON public."Product"
  REFERENCING NEW TABLE AS changed_products
  FOR EACH STATEMENT EXECUTE FUNCTION search.on_product_change();
CREATE TRIGGER product_search_update AFTER UPDATE ON public."Product"
  REFERENCING NEW TABLE AS changed_products
  FOR EACH STATEMENT EXECUTE FUNCTION search.on_product_change();

CREATE OR REPLACE FUNCTION search.on_shop_change() RETURNS trigger
  LANGUAGE plpgsql
  AS E'BEGIN PERFORM search.refresh_products(ARRAY( SELECT p.id FROM public."Product" p JOIN changed_shops n ON n.id = p."shopId" JOIN previous_shops o ON o.id = n.id WHERE n.name IS DISTINCT FROM o.name OR n.latitude IS DISTINCT FROM o.latitude OR n.longitude IS DISTINCT FROM o.longitude))\073 RETURN NULL\073 END';

CREATE TRIGGER shop_search_update AFTER UPDATE ON public."Shop"
  REFERENCING NEW TABLE AS changed_shops OLD TABLE AS previous_shops
  FOR EACH STATEMENT EXECUTE FUNCTION search.on_shop_change();

CREATE OR REPLACE FUNCTION search.on_category_change() RETURNS trigger
  LANGUAGE plpgsql
  AS E'BEGIN PERFORM search.refresh_products(ARRAY( SELECT p.id FROM public."Product" p JOIN public."Category" c ON c.id = p."categoryId" WHERE c.id IN (SELECT n.id FROM changed_categories n JOIN previous_categories o ON o.id = n.id WHERE n.names IS DISTINCT FROM o.names) OR c."parentId" IN (SELECT n.id FROM changed_categories n JOIN previous_categories o ON o.id = n.id WHERE n.names IS DISTINCT FROM o.names)))\073 RETURN NULL\073 END';

CREATE TRIGGER category_search_update AFTER UPDATE ON public."Category"
  REFERENCING NEW TABLE AS changed_categories OLD TABLE AS previous_categories
  FOR EACH STATEMENT EXECUTE FUNCTION search.on_category_change();

-- Products that exist already (demo data, earlier imports).
SELECT search.refresh_products(ARRAY(SELECT id FROM public."Product"));
