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
