-- The newest Telegram update an instance took to answer, and when: the instance that polls next
-- starts after it, so that an update is answered once also when its poller died before confirming
-- it. Kept per bot (the token's number), as a new token starts its own sequence of updates.
CREATE TABLE update_offset (
  bot_id         BIGINT NOT NULL PRIMARY KEY,
  last_update_id BIGINT NOT NULL,
  taken_at       BIGINT NOT NULL
);
