-- Search filters next to the text: whether a product is visible (online, in an approved shop, not
-- hidden because it ran out), its category, price, stock state, date and its shop delivery modes
-- are copied into its search document, so that a search matches, filters, ranks and counts facets
-- in one table and joins "Product" and "Shop" only for the page of results it shows.
-- Prohibited categories are still checked at query time (a small list of ids).
ALTER TABLE search.product_document
  ADD COLUMN visible boolean NOT NULL DEFAULT false,
  ADD COLUMN category_id text,
  ADD COLUMN price_amount integer NOT NULL DEFAULT 0,
  ADD COLUMN in_stock boolean NOT NULL DEFAULT false,
  ADD COLUMN created_at timestamp(3) NOT NULL DEFAULT now(),
  ADD COLUMN click_and_collect boolean NOT NULL DEFAULT false,
  ADD COLUMN postal boolean NOT NULL DEFAULT false,
  ADD COLUMN courier_radius_m double precision;

CREATE OR REPLACE FUNCTION search.refresh_products(product_ids text[]) RETURNS void
  LANGUAGE plpgsql
  AS E'BEGIN
    INSERT INTO search.product_document (product_id, shop_id, document, title_folded, position,
                                         visible, category_id, price_amount, in_stock, created_at, click_and_collect, postal, courier_radius_m)
    SELECT pr.id, pr."shopId",
           search.build_document(pr.title, s.name, search.category_names(pr."categoryId"), pr."shortDescription"),
           search.fold(pr.title),
           CASE WHEN s.latitude IS NULL OR s.longitude IS NULL THEN NULL ELSE ll_to_earth(s.latitude, s.longitude) END,
           pr.status = \'ACTIVE\' AND s.status = \'APPROVED\' AND NOT (pr."hideWhenOutOfStock" AND pr."stockTracked" AND pr.stock <= 0),
           pr."categoryId", pr."priceAmount", (NOT pr."stockTracked" OR pr.stock > 0), pr."createdAt",
           s."clickAndCollect", s."postalEnabled",
           CASE WHEN s."courierEnabled" AND COALESCE(s."courierRadiusKm", 0) > 0 THEN s."courierRadiusKm" * 1000.0 END
    FROM public."Product" pr JOIN public."Shop" s ON s.id = pr."shopId"
    WHERE pr.id = ANY(product_ids)
    ON CONFLICT (product_id) DO UPDATE
      SET shop_id = EXCLUDED.shop_id, document = EXCLUDED.document, title_folded = EXCLUDED.title_folded, position = EXCLUDED.position,
          visible = EXCLUDED.visible, category_id = EXCLUDED.category_id, price_amount = EXCLUDED.price_amount, in_stock = EXCLUDED.in_stock,
          created_at = EXCLUDED.created_at, click_and_collect = EXCLUDED.click_and_collect, postal = EXCLUDED.postal, courier_radius_m = EXCLUDED.courier_radius_m\073
    INSERT INTO search.vocabulary (word)
    SELECT DISTINCT w.word
    FROM public."Product" pr JOIN public."Shop" s ON s.id = pr."shopId",
         regexp_split_to_table(search.fold(concat_ws(\' \', pr.title, s.name, search.category_names(pr."categoryId"))), \'[^[:alnum:]]+\') AS w(word)
    WHERE pr.id = ANY(product_ids) AND length(w.word) >= 3
    ON CONFLICT (word) DO NOTHING\073
  END';

-- A shop change refreshes its products when what search copies from the shop changed.
CREATE OR REPLACE FUNCTION search.on_shop_change() RETURNS trigger
  LANGUAGE plpgsql
  AS E'BEGIN PERFORM search.refresh_products(ARRAY( SELECT p.id FROM public."Product" p JOIN changed_shops n ON n.id = p."shopId" JOIN previous_shops o ON o.id = n.id WHERE n.name IS DISTINCT FROM o.name OR n.latitude IS DISTINCT FROM o.latitude OR n.longitude IS DISTINCT FROM o.longitude OR n.status IS DISTINCT FROM o.status OR n."clickAndCollect" IS DISTINCT FROM o."clickAndCollect" OR n."postalEnabled" IS DISTINCT FROM o."postalEnabled" OR n."courierEnabled" IS DISTINCT FROM o."courierEnabled" OR n."courierRadiusKm" IS DISTINCT FROM o."courierRadiusKm"))\073 RETURN NULL\073 END';

UPDATE search.product_document d
SET visible = pr.status = 'ACTIVE' AND s.status = 'APPROVED' AND NOT (pr."hideWhenOutOfStock" AND pr."stockTracked" AND pr.stock <= 0),
    category_id = pr."categoryId", price_amount = pr."priceAmount", in_stock = (NOT pr."stockTracked" OR pr.stock > 0), created_at = pr."createdAt",
    click_and_collect = s."clickAndCollect", postal = s."postalEnabled",
    courier_radius_m = CASE WHEN s."courierEnabled" AND COALESCE(s."courierRadiusKm", 0) > 0 THEN s."courierRadiusKm" * 1000.0 END
FROM public."Product" pr JOIN public."Shop" s ON s.id = pr."shopId"
WHERE pr.id = d.product_id;
