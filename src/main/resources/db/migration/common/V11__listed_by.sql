-- The name a source had when it listed the article: what its followers see next to the article.
-- Listings recorded before this column keep no name when another source stored the article; the
-- source's id is shown for those.
ALTER TABLE source_items ADD COLUMN source_name TEXT;

UPDATE source_items SET source_name =
  (SELECT a.source_name FROM articles a
   WHERE a.id = source_items.article_id AND a.source_id = source_items.source_id);

-- The source through which the chat gets the article when that is not the source that stored it
-- (another feed listing the same story): its name is shown, and its Mute button offered.
ALTER TABLE deliveries ADD COLUMN listed_by TEXT;
