package dev.newsbot.delivery;

import dev.newsbot.subscription.ChatId;

/** Sends rich messages (Bot API 10.1 {@code sendRichMessage}) to one chat. */
public interface RichMessenger {
  /**
   * Sends and reports the outcome; never throws for a failed send. A server that does not know rich
   * messages answers {@link SendResult.Unsupported}.
   */
  SendResult sendRich(ChatId chat, RichMessage message);
}
