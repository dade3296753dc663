package dev.newsbot.subscription;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Each chat's settings, and when it last got a digest. */
public interface SettingsStore {
  /** The chat's settings; {@link ChatSettings#DEFAULT} when it never changed them. */
  ChatSettings of(ChatId chat);

  /** The settings of each of {@code chats} that has any. */
  Map<ChatId, ChatSettings> of(Collection<ChatId> chats);

  /** Saves the chat's settings. */
  void save(ChatId chat, ChatSettings settings);

  /** The active chats that get digests, with their settings. */
  Map<ChatId, ChatSettings> digestChats();

  /** When the chat's last digest was due (sent, or found empty); empty for never. */
  Optional<Instant> lastDigest(ChatId chat);

  void digestDone(ChatId chat, Instant due);

  /** Marks the chat as a channel the bot posts to. */
  void markChannel(ChatId chat);

  /** Remembers the language Telegram says the chat's user has, for chats that chose none. */
  void rememberTelegramLanguage(ChatId chat, String languageCode);

  /** The language Telegram last gave for the chat, if any. */
  Optional<String> telegramLanguage(ChatId chat);
}
