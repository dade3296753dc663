-- Each chat's settings (digests, quiet hours, zone, summaries, language), forum topics, digests.
-- Kept to SQL that SQLite and PostgreSQL share.

CREATE TABLE chat_settings (
  chat_id            BIGINT  PRIMARY KEY,
  -- NULL for instant pushes; 'HH:MM' or 'HH:MM,HH:MM' for daily digests
  digest_times       TEXT,
  quiet_from         TEXT,
  quiet_to           TEXT,
  zone               TEXT,
  summaries          INTEGER NOT NULL DEFAULT 1,
  language           TEXT,
  telegram_language  TEXT,
  last_digest_at     BIGINT,
  updated_at         BIGINT  NOT NULL
);

-- A delivery in state 'digest' waits for the chat's digest; one of them carries each part of the
-- digest as its text when the digest is made, the others become 'digested'.
ALTER TABLE deliveries ADD COLUMN digest_text TEXT;

-- The forum topic of a group that /start was sent in; pushes go there.
ALTER TABLE subscribers ADD COLUMN thread_id BIGINT;

-- The numbered list a chat was shown last (/latest, /search, a digest), for /summary n.
CREATE TABLE chat_lists (
  chat_id    BIGINT NOT NULL,
  position   INTEGER NOT NULL,
  article_id BIGINT NOT NULL,
  PRIMARY KEY (chat_id, position)
);
