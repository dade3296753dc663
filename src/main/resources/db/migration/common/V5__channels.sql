-- Channels the bot posts to: their pushes carry no callback buttons but a link back to the bot.
ALTER TABLE chat_settings ADD COLUMN channel INTEGER NOT NULL DEFAULT 0;
