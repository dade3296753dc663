-- The newest Telegram update an instance took to answer: the instance that polls next starts after
-- it, so that an update is answered once also when its poller died before confirming it.
CREATE TABLE update_offset (
  id             INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
  last_update_id BIGINT  NOT NULL
);
