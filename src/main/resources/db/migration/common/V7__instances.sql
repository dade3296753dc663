-- The bot's instances on this database, each beating every few seconds: the live ones share the
-- send rate, and a dead one's claims go back to the queue.
CREATE TABLE instances (
  id         TEXT   NOT NULL PRIMARY KEY,
  started_at BIGINT NOT NULL,
  beat_at    BIGINT NOT NULL
);
-- The instance sending a delivery in state 'sending'.
ALTER TABLE deliveries ADD COLUMN claimed_by TEXT;
-- A chat is claimed only when none of its deliveries is being sent or was sent within its limit.
CREATE INDEX deliveries_sent_by_chat ON deliveries (chat_id, sent_at);
