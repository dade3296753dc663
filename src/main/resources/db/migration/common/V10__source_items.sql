-- Which sources list each article: the source that stored it, and any other whose feed or listing
-- lists it too (two feeds of one site, or the same story under another address). The followers of
-- a source get an article the first time the source lists it, even when another source stored it
-- first.
CREATE TABLE source_items (
  source_id  TEXT   NOT NULL,
  article_id BIGINT NOT NULL REFERENCES articles (id),
  PRIMARY KEY (source_id, article_id)
);

INSERT INTO source_items (source_id, article_id) SELECT source_id, id FROM articles;

-- The articles stored before this table were listed by sources it cannot know: none of them is
-- queued for another source's followers, which would push them all at the next polls.
CREATE TABLE source_items_start (first_article BIGINT NOT NULL);

INSERT INTO source_items_start (first_article) SELECT COALESCE(MAX(id), 0) + 1 FROM articles;

-- The source whose poll staged a delivery, which queues it when the poll ends; null for others.
ALTER TABLE deliveries ADD COLUMN staged_for TEXT;

-- A link remembered because it leads to a stored article (another address of it, or the same text):
-- which article, so that another source listing the link reaches its followers too.
ALTER TABLE seen_links ADD COLUMN article_id BIGINT;
