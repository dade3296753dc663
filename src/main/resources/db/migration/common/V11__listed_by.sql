-- The name a source had when it listed the article: what its followers see next to the article.
-- Listings recorded before this column take the name of the source that stored the article, or
-- of the chat's source; the others (a configured source listing another's article) show its id.
ALTER TABLE source_items ADD COLUMN source_name TEXT;

UPDATE source_items SET source_name =
  (SELECT a.source_name FROM articles a
   WHERE a.id = source_items.article_id AND a.source_id = source_items.source_id);

UPDATE source_items SET source_name =
  (SELECT c.name FROM chat_sources c WHERE c.source_id = source_items.source_id)
  WHERE source_name IS NULL;

-- Which sources list an article: /latest and /search of a chat's sources ask it of each article.
CREATE INDEX source_items_by_article ON source_items (article_id, source_id);

-- The source through which the chat gets the article when that is not the source that stored it
-- (another feed listing the same story): its name is shown, and its Mute button offered.
ALTER TABLE deliveries ADD COLUMN listed_by TEXT;
