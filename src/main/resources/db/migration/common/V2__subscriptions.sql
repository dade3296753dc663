-- Which sources each chat follows, the sources chats added themselves, and their keyword filters.
-- Kept to SQL that SQLite and PostgreSQL share.

CREATE TABLE subscriptions (
  chat_id    BIGINT NOT NULL,
  source_id  TEXT   NOT NULL,
  created_at BIGINT NOT NULL,
  PRIMARY KEY (chat_id, source_id)
);
CREATE INDEX subscriptions_by_source ON subscriptions (source_id);

-- 1 once the chat's sources were set (by /start, or by adopting the defaults for chats that
-- subscribed before sources could be chosen).
ALTER TABLE subscribers ADD COLUMN sources_chosen INTEGER NOT NULL DEFAULT 0;

CREATE TABLE chat_sources (
  source_id TEXT   PRIMARY KEY,
  kind      TEXT   NOT NULL,
  url       TEXT   NOT NULL,
  url_key   TEXT   NOT NULL UNIQUE,
  name      TEXT   NOT NULL,
  zone      TEXT   NOT NULL,
  added_by  BIGINT NOT NULL,
  added_at  BIGINT NOT NULL
);

CREATE TABLE filters (
  chat_id    BIGINT  NOT NULL,
  word       TEXT    NOT NULL,
  include    INTEGER NOT NULL,
  created_at BIGINT  NOT NULL,
  PRIMARY KEY (chat_id, word)
);
