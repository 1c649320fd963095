-- A product change that leaves its text alone (stock at checkout, price, status) only updates the
-- copied filter columns of its search document, instead of rebuilding the document and its words.
-- Changes to the title, short description, category or shop still rebuild it in full.
CREATE OR REPLACE FUNCTION search.on_product_update() RETURNS trigger
  LANGUAGE plpgsql
  AS E'DECLARE rebuilt text[]\073
  BEGIN
    rebuilt := ARRAY(
      SELECT n.id FROM changed_products n JOIN previous_products o ON o.id = n.id
      WHERE n.title IS DISTINCT FROM o.title OR n."shortDescription" IS DISTINCT FROM o."shortDescription"
         OR n."categoryId" IS DISTINCT FROM o."categoryId" OR n."shopId" IS DISTINCT FROM o."shopId")\073
    IF cardinality(rebuilt) > 0 THEN
      PERFORM search.refresh_products(rebuilt)\073
    END IF\073
    UPDATE search.product_document d
       SET visible = f.visible, price_amount = f.price_amount, in_stock = f.in_stock, created_at = f.created_at
      FROM (
        SELECT n.id,
               n.status = \'ACTIVE\' AND s.status = \'APPROVED\' AND NOT (n."hideWhenOutOfStock" AND n."stockTracked" AND n.stock <= 0) AS visible,
               n."priceAmount" AS price_amount, (NOT n."stockTracked" OR n.stock > 0) AS in_stock, n."createdAt" AS created_at
        FROM changed_products n JOIN previous_products o ON o.id = n.id JOIN public."Shop" s ON s.id = n."shopId"
        WHERE NOT (n.title IS DISTINCT FROM o.title OR n."shortDescription" IS DISTINCT FROM o."shortDescription"
                   OR n."categoryId" IS DISTINCT FROM o."categoryId" OR n."shopId" IS DISTINCT FROM o."shopId")
      ) f
     WHERE d.product_id = f.id
       AND (d.visible, d.price_amount, d.in_stock, d.created_at) IS DISTINCT FROM (f.visible, f.price_amount, f.in_stock, f.created_at)\073
    RETURN NULL\073
  END';

DROP TRIGGER product_search_update ON public."Product";
CREATE TRIGGER product_search_update AFTER UPDATE ON public."Product"
  REFERENCING NEW TABLE AS changed_products OLD TABLE AS previous_products
  FOR EACH STATEMENT EXECUTE FUNCTION search.on_product_update();
