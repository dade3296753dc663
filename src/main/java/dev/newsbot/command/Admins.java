package dev.newsbot.command;

import dev.newsbot.subscription.ChatId;

/** Who may change a group's sources, filters and settings: its administrators. */
@FunctionalInterface
public interface Admins {
  /** Everyone, for chats without Telegram (the console). */
  Admins EVERYONE = (chat, user) -> true;

  /** Whether {@code user} administers group {@code chat}. */
  boolean isAdmin(ChatId chat, long user);
}
