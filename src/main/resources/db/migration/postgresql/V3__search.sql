-- Full-text search over articles with PostgreSQL's tsvector (SQLite has FTS5: sqlite/V3__search.sql).
-- The 'simple' configuration, like FTS5's unicode61: words lower-cased, no stemming, no stopwords,
-- whatever the language. The title weighs most (A), then the summary (B), then the body (D).

ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('simple', title), 'A')
  || setweight(to_tsvector('simple', summary), 'B')
  || setweight(to_tsvector('simple', body), 'D')
) STORED;

CREATE INDEX articles_search ON articles USING GIN (search);
