package dev.newsbot.command;

import dev.newsbot.subscription.ChatId;

/**
 * A press of an inline button, as Telegram reported it; {@code data} came from a client and is
 * checked before it is used.
 *
 * @param chat where the message with the button is
 * @param messageId that message
 * @param data the button's callback data, unverified
 * @param user who pressed it (0 when unknown)
 */
public record ButtonPress(ChatId chat, int messageId, String data, long user) {
  public ButtonPress(ChatId chat, int messageId, String data) {
    this(chat, messageId, data, 0);
  }
}
