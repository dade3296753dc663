package dev.newsbot.delivery;

import dev.newsbot.subscription.ChatId;
import java.time.Duration;
import java.util.Objects;

/** What became of one send, translated from the Bot API's answer by the transport adapter. */
public sealed interface SendResult {
  /** Telegram accepted the message. */
  record Sent() implements SendResult {}

  /** Flood control: wait this long before sending again. */
  record RetryAfter(Duration delay) implements SendResult {
    public RetryAfter {
      Objects.requireNonNull(delay, "delay == null");
    }
  }

  /** The chat cannot be reached any more: the user blocked the bot, or the chat is gone. */
  record Blocked(String description) implements SendResult {}

  /** The group became a supergroup with a new id. */
  record Migrated(ChatId newChat) implements SendResult {}

  /**
   * Telegram refused this message itself (bad entities, too long); sending it again will not help.
   */
  record Rejected(String description) implements SendResult {}

  /**
   * The Bot API server does not know this method or one of its fields (an older server); another
   * kind of message may work. Only {@link RichMessenger#sendRich} answers this.
   */
  record Unsupported(String description) implements SendResult {}

  /** A network error, time-out or 5xx; sending again later may work. */
  record Transient(String description) implements SendResult {}
}
