package dev.newsbot.delivery;

import dev.newsbot.subscription.ChatId;

/** Sends one message to one chat: Telegram, or standard output in console mode. */
public interface Messenger {
  /** Sends and reports the outcome; never throws for a failed send. */
  SendResult send(ChatId chat, OutgoingMessage message);
}
