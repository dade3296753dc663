package dev.newsbot.subscription;

/** A Telegram chat: positive for private chats, negative for groups and channels. */
public record ChatId(long value) {
  /** The single chat of console mode; Telegram never uses 0. */
  public static final ChatId CONSOLE = new ChatId(0);

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
