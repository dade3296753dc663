-- Times are epoch milliseconds; booleans are 0/1 integers. Kept to SQL that SQLite and PostgreSQL share.

CREATE TABLE source_state (
  source_id            TEXT PRIMARY KEY,
  feed_url             TEXT,
  etag                 TEXT,
  last_modified        TEXT,
  primed               INTEGER NOT NULL DEFAULT 0,
  last_success_at      BIGINT,
  last_error           TEXT,
  last_error_at        BIGINT,
  consecutive_failures INTEGER NOT NULL DEFAULT 0,
  next_poll_at         BIGINT
);

CREATE TABLE articles (
  id            INTEGER PRIMARY KEY,
  source_id     TEXT    NOT NULL,
  source_name   TEXT    NOT NULL,
  url           TEXT    NOT NULL,
  url_key       TEXT    NOT NULL UNIQUE,
  content_hash  TEXT,
  title         TEXT    NOT NULL,
  author        TEXT,
  published_at  BIGINT,
  discovered_at BIGINT  NOT NULL,
  standfirst    TEXT    NOT NULL,
  image_url     TEXT,
  body          TEXT    NOT NULL,
  summary       TEXT    NOT NULL
);
CREATE INDEX articles_by_time ON articles (discovered_at);
-- The same story under two addresses is stored once.
CREATE UNIQUE INDEX articles_by_content ON articles (content_hash) WHERE content_hash IS NOT NULL;

-- Links found on listing pages that were not articles, so that they are not fetched again.
CREATE TABLE seen_links (
  url_key       TEXT   PRIMARY KEY,
  source_id     TEXT   NOT NULL,
  first_seen_at BIGINT NOT NULL
);

CREATE TABLE subscribers (
  chat_id         BIGINT  PRIMARY KEY,
  active          INTEGER NOT NULL,
  subscribed_at   BIGINT  NOT NULL,
  updated_at      BIGINT  NOT NULL,
  inactive_reason TEXT
);

CREATE TABLE deliveries (
  id              INTEGER PRIMARY KEY,
  article_id      BIGINT  NOT NULL REFERENCES articles (id),
  chat_id         BIGINT  NOT NULL,
  -- pending, sending, sent, failed, or skipped (left out of a backlog larger than the limit)
  state           TEXT    NOT NULL,
  attempts        INTEGER NOT NULL DEFAULT 0,
  next_attempt_at BIGINT  NOT NULL,
  created_at      BIGINT  NOT NULL,
  sent_at         BIGINT,
  last_error      TEXT,
  -- how many older articles this chat's backlog left out; the message says so
  more_count      INTEGER NOT NULL DEFAULT 0,
  UNIQUE (article_id, chat_id)
);
CREATE INDEX deliveries_due ON deliveries (state, next_attempt_at);
CREATE INDEX deliveries_by_chat ON deliveries (chat_id, state);
